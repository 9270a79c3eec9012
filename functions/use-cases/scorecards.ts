/**
 * The compute and read routes of scorecards: the figures, with charts in the reader's language.
 * A read computes the scorecard from the stored inputs of the year's quarters up to the period's
 * last (kept fresh by the incremental refresh), with the same engine as the compute route.
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Period } from '../../shared/calendar.js';
import type { Lang } from '../../shared/words/messages.js';
import type { Caller } from '../access/caller.js';
import { notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { aggregate, figuresOf } from './aggregate.js';
import { loadPlanFor, periodOf } from './plan-access.js';
import type { QuarterInputsStore, StoredQuarterInputs } from './ports/quarter-inputs.port.js';
import { scorecardAnswer } from './scorecard-answer.js';

export async function computeScorecardNow(deps: Deps, caller: Caller, planId: string, periodId: string, lang: Lang): Promise<RouteResponse<'computeScorecard'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.computeScorecard.roles);
  return scorecardAnswer(await aggregate(deps.store, plan, periodOf(plan, periodId), deps.now()), lang);
}

export async function getScorecard(deps: Deps, caller: Caller, planId: string, periodId: string, lang: Lang): Promise<RouteResponse<'getScorecard'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.getScorecard.roles);
  const period = periodOf(plan, periodId);
  const inputs = await deps.store.inputsOfYear(planId, period.year, period.quarters.at(-1)!);
  // Nothing stored up to this period is still an answer if a later quarter of the year has inputs.
  if (inputs.length === 0 && (await deps.store.inputRevisions(planId, period.year)).size === 0) throw notFound();
  const now = deps.now();
  // Evaluated as of now (the deadline, `provisional`); computed from inputs as of their last write.
  const figures = figuresOf(plan, period, { reports: inputs.flatMap((q) => q.reports), corrupt: inputs.flatMap((q) => q.corrupt) }, now);
  const newestWrite = inputs.map((q) => q.updatedAt).reduce((a, b) => (a > b ? a : b), '');
  const stale = await isStale(deps.store, planId, period, inputs);
  return scorecardAnswer({ ...figures, computedAt: newestWrite || figures.computedAt, stale }, lang);
}

/**
 * A report of the period was submitted or reviewed after its quarter's inputs were written (each
 * quarter against its own write: one quarter's fresh write must not hide another's lag).
 */
async function isStale(store: QuarterInputsStore, planId: string, period: Period, inputs: StoredQuarterInputs[]): Promise<boolean> {
  const writtenAt = new Map(inputs.map((q) => [q.quarter, q.updatedAt]));
  const activity = await Promise.all(period.quarters.map((q) => store.activityAfter(planId, q, writtenAt.get(q) ?? '')));
  return activity.includes(true);
}
