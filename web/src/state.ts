/**
 * What the page knows while it runs: the reader's language, the config, who is signed in, their
 * plans and what is on screen; and the calls to the API that depend on it.
 */
import type { RouteRequest, RouteResponse } from '../../shared/api/contract.js';
import type { Role } from '../../shared/api/roles.js';
import type { PathParams, RouteId } from '../../shared/api/routes.js';
import type { Lang } from '../../shared/words/messages.js';
import { api } from './api.js';
import type { WebConfig } from './config.js';

type Me = RouteResponse<'getMe'>;
type PlanSummary = RouteResponse<'getPlan'>;

const LANG_KEY = 'scorecard.lang';

export const state = {
  lang: (localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi') as Lang,
  config: null as WebConfig | null,
  me: null as Me | null,
  plans: [] as PlanSummary[],
  planId: null as string | null,
  periodId: null as string | null,
  kpiId: null as string | null,
  /** `group:<id>` while one group is on screen; null for the whole plan. */
  scope: null as string | null,
  hasCard: false,
};

/** The language is a preference, not a secret: it may outlive the tab. */
export function rememberLang(lang: Lang): void {
  state.lang = lang;
  localStorage.setItem(LANG_KEY, lang);
}

export const now = () => Date.now();
export const currentPlan = () => state.plans.find((p) => p.id === state.planId);
export const currentPeriod = () => currentPlan()?.periods.find((p) => p.id === state.periodId);
/** A route of the contract, in the reader's language: `call('getScorecard', inPlan(periodId))`. */
export const call = <Id extends RouteId>(id: Id, params: PathParams<Id>, body?: RouteRequest<Id>) => api(id, params, state.lang, body);
export const inPlan = (period: string) => ({ planId: state.planId!, period });

export function role(): Role | null {
  if (state.me?.admin) return 'admin';
  return state.me?.memberships.find((m) => m.planId === state.planId)?.role ?? null;
}

export const canCompute = () => role() === 'reviewer' || role() === 'admin';
