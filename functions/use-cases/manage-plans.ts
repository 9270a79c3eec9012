/** Administrators define plans (memberships: manage-members.ts). */
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import { parsePlan } from '../../shared/plans/plan.js';
import { requireRole, type Caller } from '../access/caller.js';
import { invalid } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { planView } from './plan-access.js';

export async function putPlan(deps: Deps, caller: Caller, planId: string, body: unknown): Promise<{ created: boolean; body: RouteResponse<'putPlan'> }> {
  await requireRole(deps.store, caller, planId, API_ROUTES.putPlan.roles);
  const parsed = parsePlan(body);
  if (!parsed.ok) throw invalid(parsed.problems);
  if (parsed.value.id !== planId) throw invalid([{ path: ['id'], code: 'invalid_value', params: { allowed: planId } }]);
  const existed = (await deps.store.getPlan(planId)) !== null;
  await deps.store.putPlan(parsed.value, caller.email, deps.now().toISOString());
  return { created: !existed, body: planView(parsed.value) };
}
