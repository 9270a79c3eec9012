/**
 * Settings of this spreadsheet (document properties): the API address, the plan, and the unit
 * this spreadsheet reports for, which comes from `GET /v1/me`. With them the add-in keeps the part
 * of the plan it needs offline (fields, the unit, the periods), so checking a report costs no
 * request: that slice does not grow with the number of units.
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import type { Role } from '../../shared/api/roles.js';
import type { Period } from '../../shared/calendar.js';
import type { Lang } from '../../shared/words/messages.js';
import type { Field, Plan, Unit } from '../../shared/plans/plan.js';
import { isAllowed, parseApiAddress, type ApiAddressProblem } from './api-address.js';
import { apiClient } from './http-client.js';
import { DocState } from './doc-state.js';
import { AddonError } from './errors.js';
import { say, type WordCode } from './words.js';

declare const ADDON_API_URL: string;
declare const ADDON_URL_ALLOWLIST: string[];
/** The API address the build was made for (ADDON_API_URL), the default in the settings dialog. */
export const DEFAULT_API_URL: string = typeof ADDON_API_URL === 'string' ? ADDON_API_URL : '';
/** The manifest's urlFetchWhitelist, as the build wrote it: UrlFetch reaches nothing else. */
const URL_ALLOWLIST: readonly string[] = typeof ADDON_URL_ALLOWLIST === 'object' ? ADDON_URL_ALLOWLIST : [];

export interface Settings {
  apiUrl: string;
  planId: string;
  unitId: string | null;
  role: Role;
  email: string;
}

export interface PlanSlice {
  id: string;
  name: string;
  year: number;
  timezone: string;
  fields: Field[];
  unit: Unit | null;
  periods: Pick<Period, 'id' | 'from' | 'to' | 'deadline' | 'derived'>[];
  /** The plan's tasks (the tasks sheet's rows); absent when the plan lists none. */
  tasks?: Plan['tasks'];
}

export type Membership = RouteResponse<'getMe'>['memberships'][number];

export interface Account {
  email: string;
  admin: boolean;
  memberships: Membership[];
  /** Units of `planId` when asked, for roles that may pick one (admin, reviewer). */
  units: { id: string; name: string }[];
}

export interface SettingsInput {
  apiUrl: string;
  planId?: string | null;
  unitId?: string | null;
}

export const SETTINGS_KEY = 'settings';
export const PLAN_KEY = 'plan';

const REFUSED: Record<ApiAddressProblem, WordCode> = { invalid: 'invalid_api_url', not_https: 'api_url_not_https', local: 'api_url_local' };

/** An address Settings may save: https, public, and under the allow-list this add-in was built with. */
function normalizeApiUrl(raw: string, lang: Lang): string {
  const address = parseApiAddress(raw);
  if (!address.ok) throw AddonError.of(REFUSED[address.problem], lang);
  if (!isAllowed(address.url, URL_ALLOWLIST)) throw AddonError.of('api_url_not_allowed', lang, { url: address.url, allowed: DEFAULT_API_URL });
  return address.url;
}

/**
 * The address operations call. A spreadsheet saved before the add-in was rebuilt for another API
 * holds an address UrlFetch now refuses: the built one is used instead (what the people who
 * rebuilt it meant), and Settings says so until the settings are saved again.
 */
export function usableApiUrl(saved: string): string {
  return allowedAddress(saved) ?? DEFAULT_API_URL;
}

/** What Settings tells when the saved address was set aside; null when it is the one in use. */
export function replacedApiUrlNotice(saved: string, lang: Lang): string | null {
  return allowedAddress(saved) === null ? say('api_url_replaced', lang, { saved, used: DEFAULT_API_URL }) : null;
}

function allowedAddress(raw: string): string | null {
  const address = parseApiAddress(raw);
  return address.ok && isAllowed(address.url, URL_ALLOWLIST) ? address.url : null;
}

export function lookupAccount(rawApiUrl: string, planId: string | null, lang: Lang): Account {
  const api = apiClient(normalizeApiUrl(rawApiUrl, lang), lang);
  const me = api.call('getMe', {});
  const units = planId ? api.call('getPlan', { planId }).units.map(({ id, name }) => ({ id, name })) : [];
  return { email: me.email, admin: me.admin, memberships: me.memberships, units };
}

/** Asks the API who the user is and what the plan holds, then stores both (one properties write each). */
export function saveSettings(input: SettingsInput, lang: Lang): { settings: Settings; plan: PlanSlice } {
  const apiUrl = normalizeApiUrl(input.apiUrl, lang);
  const api = apiClient(apiUrl, lang);
  const me = api.call('getMe', {});
  const planId = input.planId || (me.memberships.length === 1 ? me.memberships[0]!.planId : null);
  if (!planId) throw AddonError.of('no_plans', lang, { email: me.email });
  const membership = me.memberships.find((m) => m.planId === planId);
  if (!membership) throw AddonError.of('not_member', lang, { email: me.email, planId });

  const plan = api.call('getPlan', { planId });
  const wantedUnit = membership.role === 'reporter' ? membership.unitId : input.unitId;
  const unit = plan.units.find((u) => u.id === wantedUnit) ?? null;
  const settings: Settings = { apiUrl, planId, unitId: unit?.id ?? null, role: membership.role, email: me.email };
  const slice: PlanSlice = {
    id: plan.id,
    name: plan.name,
    year: plan.year,
    timezone: plan.timezone,
    fields: plan.fields,
    unit,
    periods: plan.periods.map(({ id, from, to, deadline, derived }) => ({ id, from, to, deadline, derived })),
    ...(plan.tasks ? { tasks: plan.tasks } : {}),
  };
  const state = DocState.load();
  state.setJson(SETTINGS_KEY, settings);
  state.setJson(PLAN_KEY, slice);
  return { settings, plan: slice };
}

/** The plan as the shared validator needs it: the fields, the tasks and the one unit that reports. */
export function planForValidation(slice: PlanSlice, unit: Unit): Plan {
  return { id: slice.id, name: slice.name, year: slice.year, timezone: slice.timezone, units: [unit], fields: slice.fields, ...(slice.tasks ? { tasks: slice.tasks } : {}) };
}
