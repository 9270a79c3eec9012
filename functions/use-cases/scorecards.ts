/** The compute and read routes of scorecards. Charts are rebuilt in English when asked. */
import { buildCharts } from '../../shared/charts.js';
import type { Lang } from '../../shared/messages.js';
import type { Scorecard } from '../../shared/scorecard-model.js';
import { ROLES } from '../../shared/api.js';
import type { Caller } from '../access/caller.js';
import { notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { aggregate } from './aggregate.js';
import { loadPlanFor, periodOf } from './plan-access.js';

export async function computeScorecardNow(deps: Deps, caller: Caller, planId: string, periodId: string, lang: Lang): Promise<Scorecard> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, ['reviewer', 'admin']);
  const scorecard = await aggregate(deps.store, plan, periodOf(plan, periodId), deps.now());
  return inLanguage(scorecard, lang);
}

export async function getScorecard(deps: Deps, caller: Caller, planId: string, periodId: string, lang: Lang): Promise<Scorecard> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, ROLES);
  const period = periodOf(plan, periodId);
  const stored = await deps.store.getScorecard(planId, period.id, period.quarters);
  if (!stored) throw notFound();
  return inLanguage({ ...stored.scorecard, stale: stored.activityAfter }, lang);
}

/** Stored scorecards carry Vietnamese chart labels, the product's default. */
function inLanguage(scorecard: Scorecard, lang: Lang): Scorecard {
  return lang === 'vi' ? scorecard : { ...scorecard, charts: buildCharts(scorecard, lang) };
}
