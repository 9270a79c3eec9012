/// <reference types="google-apps-script" />
/**
 * Who may set plans up from the sheet: administrators (ADMIN_EMAILS, `admin` in GET /v1/me) for
 * any plan, and a plan's own `admin` members for that plan. An administrator may set a plan up
 * before choosing one in Settings, so the API address is the saved one or else the build's.
 */
import type { RouteResponse } from '../../../shared/api/contract.js';
import type { Lang } from '../../../shared/words/messages.js';
import type { DocState } from '../doc-state.js';
import { AddonError } from '../errors.js';
import { apiClient, type ApiClient } from '../http-client.js';
import { SETTINGS_KEY, usableApiUrl, type Settings } from '../settings.js';

export function planApi(state: DocState, lang: Lang): ApiClient {
  const apiUrl = usableApiUrl(state.json<Settings>(SETTINGS_KEY)?.apiUrl ?? '');
  if (!apiUrl) throw AddonError.of('not_configured', lang);
  return apiClient(apiUrl, lang);
}

/** The saved plan, offered when the add-in asks which plan to load. */
export function savedPlanId(state: DocState): string | null {
  return state.json<Settings>(SETTINGS_KEY)?.planId ?? null;
}

type Me = RouteResponse<'getMe'>;

/**
 * Refuses, in the reader's language, anyone who administers no plan (planId null), not that plan,
 * or, for a new plan (planId ''), is no administrator: only they create plans.
 */
export function requirePlanAdmin(me: Me, planId: string | null, lang: Lang): void {
  const admin = me.admin || me.memberships.some((m) => m.role === 'admin' && (planId === null || m.planId === planId));
  if (!admin) throw AddonError.of('plan_admins_only', lang, { email: me.email, planId: planId ?? '' });
}

/** The same refusal when the server says 403 to a save. */
export function refusedAsAdmin(error: unknown, planId: string, lang: Lang): unknown {
  return error instanceof AddonError && error.status === 403 ? AddonError.of('plan_admins_only', lang, { email: '', planId }) : error;
}
