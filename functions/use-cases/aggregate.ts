/**
 * The full recompute: read a year of latest reports with one paginated Query, write every
 * quarter's scorecard inputs from them (conditionally: never over a newer incremental update),
 * and compute the period's scorecard with the shared engine. Called by the compute route, and by
 * the demo loader; running it again over the same reports stores the same rows.
 */
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { Plan } from '../../shared/plans/plan.js';
import type { Period } from '../../shared/calendar.js';
import type { ScorecardFigures, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import type { CorruptReport, LatestReports, ReportStore } from './ports/reports.port.js';
import type { QuarterInputs, QuarterInputsStore } from './ports/quarter-inputs.port.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';
import { inOrder, quartersOfYear, untilWritten } from './quarter-inputs.js';

export async function aggregate(store: ReportStore & QuarterInputsStore, plan: Plan, period: Period, now: Date): Promise<ScorecardFigures> {
  const written = await rebuildYearInputs(store, plan.id, period.year, now);
  const scorecard = figuresOf(plan, period, { reports: written.flatMap((q) => q.reports), corrupt: written.flatMap((q) => q.corrupt) }, now);
  metrics.addMetric('ScorecardComputed', MetricUnit.Count, 1);
  return scorecard;
}

/** Every quarter's inputs of the plan's year, written from its latest reports; answers what was written. */
export async function rebuildYearInputs(store: ReportStore & QuarterInputsStore, planId: string, year: number, now: Date): Promise<QuarterInputs[]> {
  const at = now.toISOString();
  // Revisions before reports: a write conditional on them then carries reports at least as new.
  const revisions = await store.inputRevisions(planId, year);
  const quarters = quartersOfYear(year, await store.latestReportsOfYear(planId, year));
  return Promise.all(
    quarters.map(async (inputs) => ((await store.putQuarterInputs(planId, inputs, revisions.get(inputs.quarter) ?? 0, at)) ? inputs : rebuildQuarter(store, planId, year, inputs.quarter, at))),
  );
}

/** One quarter again, after an incremental update came between the first read and the write. */
async function rebuildQuarter(store: ReportStore & QuarterInputsStore, planId: string, year: number, quarter: string, at: string): Promise<QuarterInputs> {
  let inputs!: QuarterInputs;
  await untilWritten(`${planId}/${quarter}`, async () => {
    const seen = (await store.inputRevisions(planId, year)).get(quarter) ?? 0;
    inputs = { quarter, ...inOrder(await store.latestReportsOfQuarter(planId, quarter)) };
    return store.putQuarterInputs(planId, inputs, seen, at);
  });
  return inputs;
}

/** The period's figures from the year's latest reports, without storing them (exports use the reports too). */
export async function computeFromStore(store: ReportStore, plan: Plan, period: Period, now: Date): Promise<{ scorecard: ScorecardFigures; reports: SubmittedReport[] }> {
  const found = await store.latestReportsOfYear(plan.id, period.year);
  return { scorecard: figuresOf(plan, period, found, now), reports: found.reports };
}

/** The engine's figures as of `now`, with each report it had to skip named in `problems`. */
export function figuresOf(plan: Plan, period: Period, { reports, corrupt }: LatestReports, now: Date): ScorecardFigures {
  const scorecard = computeScorecard({ plan, period: period.id, reports, computedAt: now.toISOString() });
  scorecard.problems.push(...corrupt.map(corruptProblem));
  if (corrupt.length) metrics.addMetric('CorruptItemsSkipped', MetricUnit.Count, corrupt.length);
  return scorecard;
}

const corruptProblem = (c: CorruptReport) => ({ code: 'corrupt_item', message: `Skipped unreadable report ${c.unitId} ${c.period}: ${c.reason}`, unitId: c.unitId, period: c.period });
