/** Who is expected in a period, who reported, who is late and who is missing: the chase list. */
import { indexReports, evaluatePeriod } from '../../shared/engine/period-evaluation.js';
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Caller } from '../access/caller.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor, periodOf } from './plan-access.js';

export async function periodStatus(deps: Deps, caller: Caller, planId: string, periodId: string): Promise<RouteResponse<'periodStatus'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.periodStatus.roles);
  const period = periodOf(plan, periodId);
  const { reports } = await deps.store.latestReportsOfYear(planId, period.year);
  const index = indexReports(reports);
  const evaluation = evaluatePeriod(plan, period.id, index);
  const units = evaluation.units.map((u) => {
    const last = period.quarters.map((q) => index.get(u.unit.id)?.get(q)).filter((r) => r !== undefined).at(-1);
    return {
      unitId: u.unit.id,
      name: u.unit.name,
      kind: u.unit.kind,
      submitted: u.submitted,
      onTime: u.onTime,
      late: u.submitted && u.onTime === false,
      missing: !u.submitted,
      status: u.reviewStatus ?? ('missing' as const),
      version: last?.version ?? null,
      submittedAt: last?.submittedAt ?? null,
      firstSubmittedAt: last?.firstSubmittedAt ?? null,
    };
  });
  return {
    planId,
    period: period.id,
    deadline: period.deadline,
    expected: units.map((u) => u.unitId),
    summary: {
      expected: units.length,
      submitted: units.filter((u) => u.submitted).length,
      onTime: units.filter((u) => u.onTime === true).length,
      late: units.filter((u) => u.late).length,
      missing: units.filter((u) => u.missing).length,
    },
    units,
  };
}
