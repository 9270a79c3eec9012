/**
 * Reading a unit's report: the latest version with its history, or one stored version as it was.
 * A unit the current plan no longer lists keeps its history: reads go by what is stored, so only a
 * unit that never reported is a 404 (submitting for it is refused by submit-report.ts).
 */
import { isOnTime } from '../../shared/calendar.js';
import type { Lang } from '../../shared/words/messages.js';
import { localize } from '../../shared/words/problems.js';
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { ReportData } from '../../shared/report/schema.js';
import type { Caller } from '../access/caller.js';
import { notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import type { ReportVersion } from './ports/reports.port.js';
import { loadPlanFor, periodOf } from './plan-access.js';

export async function getLatestReport(deps: Deps, caller: Caller, planId: string, periodId: string, unitId: string, lang: Lang): Promise<RouteResponse<'getReport'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.getReport.roles, unitId);
  const period = periodOf(plan, periodId);
  const key = { planId, period: period.id, unitId };
  const [latest, history] = await Promise.all([deps.store.getLatest(key), deps.store.listVersions(key)]);
  if (!latest) throw notFound();
  return {
    ...versionView(latest, lang),
    firstSubmittedAt: latest.firstSubmittedAt,
    status: latest.status,
    onTime: isOnTime(latest.firstSubmittedAt, period),
    lastReview: latest.lastReview ?? null,
    history: history.map(({ version, submittedAt, submittedBy }) => ({ version, submittedAt, submittedBy })),
  };
}

export async function getReportVersion(deps: Deps, caller: Caller, planId: string, periodId: string, unitId: string, n: string, lang: Lang): Promise<RouteResponse<'getReportVersion'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.getReportVersion.roles, unitId);
  const period = periodOf(plan, periodId);
  const number = /^[1-9]\d{0,5}$/.test(n) ? Number(n) : NaN;
  const version = Number.isNaN(number) ? null : await deps.store.getVersion({ planId, period: period.id, unitId }, number);
  if (!version) throw notFound();
  return versionView(version, lang);
}

function versionView(v: ReportVersion, lang: Lang): RouteResponse<'getReportVersion'> {
  return {
    planId: v.planId,
    unitId: v.unitId,
    period: v.period,
    version: v.version,
    submittedAt: v.submittedAt,
    submittedBy: v.submittedBy,
    // Checked by validateReport before it was stored.
    data: JSON.parse(v.dataJson) as ReportData,
    warnings: localize(v.warnings, lang),
  };
}
