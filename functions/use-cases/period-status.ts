/**
 * Who is expected in a period, who reported, who is late and who is missing: the chase list.
 * It reads the latest pointers of the period's quarters without their data, so its cost does not
 * grow with the size of the reports.
 */
import { indexReports, unitSubmission } from '../../shared/engine/period-evaluation.js';
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import { isActive, periodInfo } from '../../shared/calendar.js';
import type { Caller } from '../access/caller.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor, periodOf } from './plan-access.js';

export async function periodStatus(deps: Deps, caller: Caller, planId: string, periodId: string): Promise<RouteResponse<'periodStatus'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.periodStatus.roles);
  const period = periodOf(plan, periodId);
  const quarters = period.quarters.map((id) => periodInfo(id, plan.timezone)!);
  const [statuses, lastReminded] = await Promise.all([deps.store.latestStatuses(planId, period.quarters), deps.store.lastReminders(planId, period.quarters)]);
  const index = indexReports(statuses);
  const units = plan.units
    .filter((unit) => isActive(unit, period))
    .map((unit) => {
      const reports = index.get(unit.id);
      const { submitted, onTime, reviewStatus } = unitSubmission(unit, quarters, reports);
      const last = period.quarters.map((q) => reports?.get(q)).filter((r) => r !== undefined).at(-1);
      return {
        unitId: unit.id,
        name: unit.name,
        kind: unit.kind,
        submitted,
        onTime,
        late: submitted && onTime === false,
        missing: !submitted,
        status: reviewStatus ?? ('missing' as const),
        version: last?.version ?? null,
        submittedAt: last?.submittedAt ?? null,
        firstSubmittedAt: last?.firstSubmittedAt ?? null,
        lastRemindedAt: lastReminded.get(unit.id) ?? null,
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
