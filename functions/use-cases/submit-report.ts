/**
 * A unit submits its quarterly report: check the caller, the period and every rule of the report,
 * refuse it while the report is locked, compare with last quarter for warnings, then append a
 * version that can never change.
 */
import { createHash } from 'node:crypto';
import type { RouteResponse } from '../../shared/api/contract.js';
import type { SubmitReportRequest } from '../../shared/api/requests.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import { isActive, isOnTime, previousPeriodId } from '../../shared/calendar.js';
import type { ReviewStatus } from '../../shared/engine/scorecard-model.js';
import type { Lang } from '../../shared/words/messages.js';
import { localize } from '../../shared/words/problems.js';
import { validateReport } from '../../shared/report/rules.js';
import { parseReportData } from '../../shared/report/schema.js';
import { reportWarnings } from '../../shared/report/warnings.js';
import type { Caller } from '../access/caller.js';
import { AppError, invalid } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';
import { loadPlanFor, periodOf } from './plan-access.js';

export async function submitReport(deps: Deps, caller: Caller, planId: string, body: SubmitReportRequest, lang: Lang): Promise<{ created: boolean; body: RouteResponse<'submitReport'> }> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.submitReport.roles, body.unitId);
  const unit = plan.units.find((u) => u.id === body.unitId);
  if (!unit) throw invalid([{ path: ['unitId'], code: 'unknown_unit', params: { id: body.unitId } }]);
  const period = periodOf(plan, body.period, 'body');
  if (!isActive(unit, period)) throw invalid([{ path: ['unitId'], code: 'unit_not_active', params: { id: unit.id, period: period.id } }]);

  const checked = validateReport(body.data, plan, unit);
  if (!checked.ok) throw invalid(checked.problems);
  const data = checked.value;
  const dataJson = JSON.stringify(data);

  const result = await deps.store.appendVersion({
    planId, period: period.id, unitId: unit.id, dataJson,
    previousPeriod: previousPeriodId(period.id),
    admit: (current, previous) => {
      if (isLocked(current)) throw reportLocked();
      return reportWarnings(data, previous ? (parseReportData(JSON.parse(previous.dataJson)) ?? undefined) : undefined);
    },
    submittedBy: caller.email, submittedAt: deps.now().toISOString(),
    requestHash: createHash('sha256').update(`${unit.id}\n${period.id}\n${dataJson}`).digest('base64url'),
    ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
  });
  // Stored (or replayed) whole: a lock that lands after the store's read cancels its write, and
  // `admit` above, asked again with the locked report, refuses it.
  const { version, latest } = result;
  const onTime = isOnTime(latest.firstSubmittedAt, period);
  metrics.addMetric(result.created ? 'ReportSubmitted' : 'SubmissionReplayed', MetricUnit.Count, 1);
  if (result.created && !onTime) metrics.addMetric('LateReportSubmitted', MetricUnit.Count, 1);
  return {
    created: result.created,
    body: {
      unitId: unit.id,
      period: period.id,
      version: version.version,
      submittedAt: version.submittedAt,
      onTime,
      status: latest.status,
      warnings: localize(version.warnings, lang),
    },
  };
}

/** An accepted report is locked: it takes no new version until the district office returns it. */
const isLocked = (report: { status: ReviewStatus } | null) => report?.status === 'accepted';
const reportLocked = () => new AppError('conflict', 'report_locked');
