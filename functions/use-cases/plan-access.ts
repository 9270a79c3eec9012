/**
 * The first lines of nearly every use case: may this caller act in this plan (and unit), and
 * does the plan exist? Authorization comes first, so a stranger learns nothing about a plan.
 */
import type { Role } from '../../shared/api/roles.js';
import { periodInfo, planPeriods, type Period } from '../../shared/calendar.js';
import type { Plan } from '../../shared/plans/plan.js';
import { requireRole, type Caller } from '../access/caller.js';
import { AppError, notFound } from '../errors.js';
import type { Membership, MembershipStore } from './ports/members.port.js';
import type { PlanStore } from './ports/plans.port.js';

export async function loadPlanFor(
  store: PlanStore & MembershipStore,
  caller: Caller,
  planId: string,
  roles: readonly Role[],
  unitId?: string,
): Promise<{ plan: Plan; membership: Membership }> {
  const [membership, stored] = await Promise.all([requireRole(store, caller, planId, roles, unitId), store.getPlan(planId)]);
  if (!stored) throw notFound();
  return { plan: stored.plan, membership };
}

/**
 * A period of the plan's own year, or 404 (a path parameter) / 400 (a body field, where only a
 * quarter can be reported).
 */
export function periodOf(plan: Plan, periodId: string, where: 'path' | 'body' = 'path'): Period {
  const period = periodInfo(periodId, plan.timezone);
  if (period && period.year === plan.year && (where === 'path' || !period.derived)) return period;
  if (where === 'path') throw notFound();
  throw new AppError('validation', 'validation_failed', [{ path: ['period'], code: 'invalid_period', params: { value: periodId } }]);
}

export function requireUnit(plan: Plan, unitId: string) {
  const unit = plan.units.find((u) => u.id === unitId);
  if (!unit) throw notFound();
  return unit;
}

export function planView(plan: Plan) {
  return { ...plan, periods: planPeriods(plan) };
}
