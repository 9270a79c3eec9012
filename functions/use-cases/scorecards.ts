/** The compute and read routes of scorecards: the figures, with charts in the reader's language. */
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Lang } from '../../shared/words/messages.js';
import type { Caller } from '../access/caller.js';
import { notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { aggregate } from './aggregate.js';
import { loadPlanFor, periodOf } from './plan-access.js';
import { scorecardAnswer } from './scorecard-answer.js';

export async function computeScorecardNow(deps: Deps, caller: Caller, planId: string, periodId: string, lang: Lang): Promise<RouteResponse<'computeScorecard'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.computeScorecard.roles);
  return scorecardAnswer(await aggregate(deps.store, plan, periodOf(plan, periodId), deps.now()), lang);
}

export async function getScorecard(deps: Deps, caller: Caller, planId: string, periodId: string, lang: Lang): Promise<RouteResponse<'getScorecard'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.getScorecard.roles);
  const period = periodOf(plan, periodId);
  const stored = await deps.store.getScorecard(planId, period.id, period.quarters);
  if (!stored) throw notFound();
  return scorecardAnswer({ ...stored.scorecard, stale: stored.activityAfter }, lang);
}
