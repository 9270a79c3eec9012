/// <reference types="google-apps-script" />
/**
 * What every operation starts from: the document properties (one read), the settings and plan
 * slice in them, and an API client. The spreadsheet is fetched only by operations that use it.
 */
import type { Lang } from '../../shared/words/messages.js';
import type { Unit } from '../../shared/plans/plan.js';
import { apiClient, type ApiClient } from './http-client.js';
import { quarterNow } from './clock.js';
import { DocState } from './doc-state.js';
import { AddonError } from './errors.js';
import { PLAN_KEY, SETTINGS_KEY, usableApiUrl, type PlanSlice, type Settings } from './settings.js';

export interface AddonContext {
  lang: Lang;
  state: DocState;
  settings: Settings;
  plan: PlanSlice;
  api: ApiClient;
}

export function openContext(lang: Lang): AddonContext {
  const state = DocState.load();
  const settings = state.json<Settings>(SETTINGS_KEY);
  const plan = state.json<PlanSlice>(PLAN_KEY);
  if (!settings || !plan) throw AddonError.of('not_configured', lang);
  const apiUrl = usableApiUrl(settings.apiUrl);
  return { lang, state, settings: { ...settings, apiUrl }, plan, api: apiClient(apiUrl, lang) };
}

export function reportingUnit(ctx: AddonContext): Unit {
  if (!ctx.plan.unit) throw AddonError.of('no_unit', ctx.lang);
  return ctx.plan.unit;
}

/** A quarter of the plan's year: only quarters are reported. */
export function requireQuarter(ctx: Pick<AddonContext, 'plan' | 'lang'>, period: string): string {
  const quarter = ctx.plan.periods.find((p) => p.id === period && !p.derived);
  if (!quarter) throw AddonError.of('not_a_quarter', ctx.lang, { period, example: `${ctx.plan.year}-Q1` });
  return quarter.id;
}

export function requirePeriod(ctx: Pick<AddonContext, 'plan' | 'lang'>, period: string): string {
  if (!ctx.plan.periods.some((p) => p.id === period)) throw AddonError.of('not_a_quarter', ctx.lang, { period, example: `${ctx.plan.year}-Q1` });
  return period;
}

/** The quarter being reported now, kept inside the plan's year. */
export function currentQuarter(plan: Pick<PlanSlice, 'year' | 'timezone'>, now: Date): string {
  const quarter = quarterNow(now, plan.timezone);
  const year = Number(quarter.slice(0, 4));
  if (year < plan.year) return `${plan.year}-Q1`;
  if (year > plan.year) return `${plan.year}-Q4`;
  return quarter;
}
