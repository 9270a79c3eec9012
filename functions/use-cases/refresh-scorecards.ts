/**
 * The incremental refresh (DESIGN §10, "Freshness"): latest pointers changed (a submission, a
 * review), so their quarters' scorecard inputs take those units' reports, read again by key. A
 * batch of changes is one refresh per plan and quarter, never one per change. Per refresh: one
 * Query for the stored inputs, ⌈units ÷ 100⌉ BatchGetItem, one conditional PutItem (+ parts).
 * Running it twice changes nothing but the revision, so a retried batch loses nothing.
 */
import { logger } from '../runtime/logger.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';
import type { PointerChange, QuarterInputsStore } from './ports/quarter-inputs.port.js';
import type { ReportStore } from './ports/reports.port.js';
import { untilWritten, withChangedUnits } from './quarter-inputs.js';

/** Refreshes every plan-quarter the changes touch; answers the changes whose refresh failed (to retry them). */
export async function refreshScorecards<C extends PointerChange>(store: ReportStore & QuarterInputsStore, changes: readonly C[], now: () => Date): Promise<C[]> {
  const groups = new Map<string, C[]>();
  for (const change of changes) {
    const key = JSON.stringify([change.planId, change.quarter]);
    groups.set(key, [...(groups.get(key) ?? []), change]);
  }
  const failed = await Promise.all(
    [...groups.values()].map(async (group) => {
      const { planId, quarter } = group[0]!;
      try {
        await refreshQuarter(store, planId, quarter, [...new Set(group.map((c) => c.unitId))], now);
        metrics.addMetric('ScorecardRefreshed', MetricUnit.Count, 1);
        return [];
      } catch (error) {
        logger.error('scorecard refresh failed', { planId, quarter, units: group.length, error: error as Error });
        metrics.addMetric('ScorecardRefreshFailed', MetricUnit.Count, 1);
        return group;
      }
    }),
  );
  return failed.flat();
}

/** The quarter's inputs with these units' rows read again. */
export async function refreshQuarter(store: ReportStore & QuarterInputsStore, planId: string, quarter: string, unitIds: readonly string[], now: () => Date): Promise<void> {
  await untilWritten(`${planId}/${quarter}`, async () => {
    // The inputs first, then the reports: what is written is at least as new as what it replaces.
    const stored = await store.quarterInputs(planId, quarter);
    const changed = await store.latestReportsOfUnits(planId, quarter, unitIds);
    return store.putQuarterInputs(planId, { quarter, ...withChangedUnits(stored, unitIds, changed) }, stored?.revision ?? 0, now().toISOString());
  });
}
