/**
 * The nightly run: for every plan, the full recompute of the live quarters (the current one and
 * the one that just closed) compared with the stored scorecard inputs row by row. A drift (rows
 * the incremental refresh missed or got wrong) is logged, counted in the `ScorecardDrift` metric
 * (alarmed on) and repaired by writing the full rows; no drift, nothing written. One plan's
 * failure is logged and the rest go on; the run still fails at the end, so the schedule's retry
 * and dead-letter queue see it.
 */
import { planPeriods, previousQuarterId, quarterAt } from '../../shared/calendar.js';
import type { Plan } from '../../shared/plans/plan.js';
import type { PlanStore } from './ports/plans.port.js';
import type { QuarterInputsStore } from './ports/quarter-inputs.port.js';
import type { ReportStore } from './ports/reports.port.js';
import { logger } from '../runtime/logger.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';
import { driftedUnits, inOrder, untilWritten } from './quarter-inputs.js';

type NightlyStore = PlanStore & ReportStore & QuarterInputsStore;

function liveQuarters(plan: Plan, now: Date): string[] {
  const current = quarterAt(now, plan.timezone);
  const ofPlan = new Set(planPeriods(plan).filter((p) => !p.derived).map((p) => p.id));
  return [previousQuarterId(current), current].filter((q) => ofPlan.has(q));
}

export async function runScheduledAggregation(store: NightlyStore, now: Date): Promise<{ checked: string[]; repaired: string[]; failed: string[] }> {
  const checked: string[] = [];
  const repaired: string[] = [];
  const failed: string[] = [];
  for (const { plan } of await store.listPlans()) {
    for (const quarter of liveQuarters(plan, now)) {
      const name = `${plan.id}/${quarter}`;
      try {
        if (await repairDrift(store, plan.id, quarter, now)) repaired.push(name);
        checked.push(name);
      } catch (error) {
        logger.error('drift check failed', { planId: plan.id, quarter, error: error as Error });
        failed.push(name);
      }
    }
  }
  if (failed.length) throw new Error(`drift check failed for ${failed.join(', ')}`);
  return { checked, repaired, failed };
}

/** true when the stored inputs had drifted and were rewritten. */
export async function repairDrift(store: NightlyStore, planId: string, quarter: string, now: Date): Promise<boolean> {
  let repaired = false;
  await untilWritten(`${planId}/${quarter}`, async () => {
    const stored = await store.quarterInputs(planId, quarter);
    const full = inOrder(await store.latestReportsOfQuarter(planId, quarter));
    const unitIds = driftedUnits(full, stored ?? { reports: [], corrupt: [] });
    if (unitIds.length === 0) return true;
    if (!(await store.putQuarterInputs(planId, { quarter, ...full }, stored?.revision ?? 0, now.toISOString()))) return false;
    logger.warn('scorecard inputs drifted from the full recompute; repaired', { planId, quarter, unitIds });
    metrics.addMetric('ScorecardDrift', MetricUnit.Count, unitIds.length);
    repaired = true;
    return true;
  });
  return repaired;
}
