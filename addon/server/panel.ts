/// <reference types="google-apps-script" />
/**
 * What the sidebar needs to draw itself: who and what this spreadsheet reports for, the periods
 * to pick from, and which quarters already have a template. No request to the API.
 */
import { periodLabel } from '../../shared/charts/labels.js';
import type { Lang } from '../../shared/words/messages.js';
import { currentQuarter, type AddonContext } from './context.js';
import { DocState } from './doc-state.js';
import { PLAN_KEY, SETTINGS_KEY, DEFAULT_API_URL, replacedApiUrlNotice, usableApiUrl, type PlanSlice, type Settings } from './settings.js';
import type { TemplateRecord } from './template/layout.js';

export interface PeriodChoice {
  id: string;
  label: string;
  derived: boolean;
  deadline: string;
  hasTemplate: boolean;
}

export interface PanelState {
  configured: boolean;
  defaultApiUrl: string;
  /** The settings in use: a saved address this build may not call is replaced by the built one… */
  settings: Settings | null;
  /** …and this says so (Settings shows it). */
  apiUrlNotice?: string;
  planName: string | null;
  unitName: string | null;
  canReport: boolean;
  canReview: boolean;
  periods: PeriodChoice[];
  currentPeriod: string | null;
}

export function panelState(lang: Lang, now: Date): PanelState {
  const state = DocState.load();
  const settings = state.json<Settings>(SETTINGS_KEY);
  const plan = state.json<PlanSlice>(PLAN_KEY);
  if (!settings || !plan) {
    return { configured: false, defaultApiUrl: DEFAULT_API_URL, settings: null, planName: null, unitName: null, canReport: false, canReview: false, periods: [], currentPeriod: null };
  }
  const templates = new Set(state.keys('template:').map((key) => key.slice('template:'.length)));
  const notice = replacedApiUrlNotice(settings.apiUrl, lang);
  return {
    configured: true,
    defaultApiUrl: DEFAULT_API_URL,
    settings: { ...settings, apiUrl: usableApiUrl(settings.apiUrl) },
    ...(notice ? { apiUrlNotice: notice } : {}),
    planName: plan.name,
    unitName: plan.unit?.name ?? null,
    canReport: plan.unit !== null,
    canReview: settings.role === 'reviewer' || settings.role === 'admin',
    periods: plan.periods.map((p) => ({ id: p.id, label: periodLabel(p.id, lang), derived: p.derived, deadline: p.deadline, hasTemplate: templates.has(p.id) })),
    currentPeriod: currentQuarter(plan, now),
  };
}

/**
 * The period a menu item works on: the one of the active template sheet ("06a 2024-Q4"), else
 * the template inserted last, else the current quarter.
 */
export function menuPeriod(ctx: AddonContext, now: Date): string {
  const fromSheet = /(\d{4}-Q[1-4])$/.exec(SpreadsheetApp.getActiveSheet().getName())?.[1];
  if (fromSheet && ctx.plan.periods.some((p) => p.id === fromSheet)) return fromSheet;
  const records = ctx.state
    .keys('template:')
    .map((key) => ctx.state.json<TemplateRecord>(key))
    .filter((r): r is TemplateRecord => r !== null)
    .sort((a, b) => b.insertedAt.localeCompare(a.insertedAt));
  return records[0]?.period ?? currentQuarter(ctx.plan, now);
}

