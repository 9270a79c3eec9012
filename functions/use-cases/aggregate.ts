/**
 * Aggregation: read a year of latest reports with one paginated Query, compute the period's
 * scorecard with the shared engine, store it. Called by the compute route and by the schedule;
 * running it again over the same reports stores the same scorecard (but for `computedAt`).
 */
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { Plan } from '../../shared/plans/plan.js';
import type { Period } from '../../shared/calendar.js';
import type { ScorecardFigures, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import type { ReportStore } from './ports/reports.port.js';
import type { ScorecardStore } from './ports/scorecards.port.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';

export async function aggregate(store: ReportStore & ScorecardStore, plan: Plan, period: Period, now: Date): Promise<ScorecardFigures> {
  const { scorecard } = await computeFromStore(store, plan, period, now);
  await store.putScorecard(scorecard);
  metrics.addMetric('ScorecardComputed', MetricUnit.Count, 1);
  return scorecard;
}

/** The period's figures from the year's latest reports, without storing them (exports use the reports too). */
export async function computeFromStore(store: ReportStore, plan: Plan, period: Period, now: Date): Promise<{ scorecard: ScorecardFigures; reports: SubmittedReport[] }> {
  const { reports, corrupt } = await store.latestReportsOfYear(plan.id, period.year);
  const scorecard = computeScorecard({ plan, period: period.id, reports, computedAt: now.toISOString() });
  scorecard.problems.push(
    ...corrupt.map((c) => ({ code: 'corrupt_item', message: `Skipped unreadable report ${c.unitId} ${c.period}: ${c.reason}`, unitId: c.unitId, period: c.period })),
  );
  if (corrupt.length) metrics.addMetric('CorruptItemsSkipped', MetricUnit.Count, corrupt.length);
  return { scorecard, reports };
}
