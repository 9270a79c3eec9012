/**
 * A unit submits its quarterly report: check the caller, the period and every rule of the report,
 * compare with last quarter for warnings, then append a version that can never change.
 */
import { createHash } from 'node:crypto';
import type { SubmitReportRequest } from '../../shared/api.js';
import { isActive, isOnTime, previousPeriodId } from '../../shared/calendar.js';
import type { Lang } from '../../shared/messages.js';
import { localize } from '../../shared/problems.js';
import { parseReportData, reportWarnings, validateReport } from '../../shared/report.js';
import type { Caller } from '../access/caller.js';
import { invalid } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { metrics, MetricUnit } from '../runtime/metrics.js';
import { loadPlanFor, periodOf } from './plan-access.js';

export async function submitReport(deps: Deps, caller: Caller, planId: string, body: SubmitReportRequest, lang: Lang) {
  const { plan } = await loadPlanFor(deps.store, caller, planId, ['reporter', 'admin'], body.unitId);
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
    warningsAgainst: (previous) => reportWarnings(data, previous ? (parseReportData(JSON.parse(previous.dataJson)) ?? undefined) : undefined),
    submittedBy: caller.email, submittedAt: deps.now().toISOString(),
    requestHash: createHash('sha256').update(`${unit.id}\n${period.id}\n${dataJson}`).digest('base64url'),
    ...(body.idempotencyKey ? { idempotencyKey: body.idempotencyKey } : {}),
  });
  const { version } = result;
  const onTime = isOnTime(result.firstSubmittedAt, period);
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
      status: result.status,
      warnings: localize(version.warnings, lang),
    },
  };
}
