/** Reading plans and one's own memberships: any member. No zod here, so read routes stay small. */
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Caller } from '../access/caller.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor, planView } from './plan-access.js';

export async function getPlan(deps: Deps, caller: Caller, planId: string): Promise<RouteResponse<'getPlan'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.getPlan.roles);
  return planView(plan);
}

export async function listPlans(deps: Deps, caller: Caller): Promise<RouteResponse<'listPlans'>> {
  if (caller.isAdmin) return { plans: (await deps.store.listPlans()).map((p) => planView(p.plan)) };
  const memberships = await deps.store.membershipsOf(caller.email);
  const plans = await Promise.all(memberships.map((m) => deps.store.getPlan(m.planId)));
  return { plans: plans.filter((p) => p !== null).map((p) => planView(p.plan)) };
}

export async function getMe(deps: Deps, caller: Caller): Promise<RouteResponse<'getMe'>> {
  const memberships = caller.isAdmin
    ? (await deps.store.listPlans()).map((p) => ({ planId: p.plan.id, role: 'admin' as const }))
    : (await deps.store.membershipsOf(caller.email)).map(({ planId, role, unitId }) => ({ planId, role, ...(unitId ? { unitId } : {}) }));
  return { email: caller.email, admin: caller.isAdmin, memberships };
}
