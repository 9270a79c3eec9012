/** Administrators define plans and memberships. */
import type { MemberRequest } from '../../shared/api.js';
import { parsePlan } from '../../shared/plan.js';
import { requireRole, type Caller } from '../access/caller.js';
import { invalid } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor, planView } from './plan-access.js';

export async function putPlan(deps: Deps, caller: Caller, planId: string, body: unknown) {
  await requireRole(deps.store, caller, planId, ['admin']);
  const parsed = parsePlan(body);
  if (!parsed.ok) throw invalid(parsed.problems);
  if (parsed.value.id !== planId) throw invalid([{ path: ['id'], code: 'invalid_value', params: { allowed: planId } }]);
  const existed = (await deps.store.getPlan(planId)) !== null;
  await deps.store.putPlan(parsed.value, caller.email, deps.now().toISOString());
  return { created: !existed, body: planView(parsed.value) };
}

export async function putMember(deps: Deps, caller: Caller, planId: string, rawEmail: string, body: MemberRequest) {
  const { plan } = await loadPlanFor(deps.store, caller, planId, ['admin']);
  const email = rawEmail.trim().toLowerCase();
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254) throw invalid([{ path: ['email'], code: 'invalid_format', params: { format: 'email' } }]);
  if (body.role === 'reporter' && body.unitId === undefined) throw invalid([{ path: ['unitId'], code: 'required' }]);
  if (body.unitId !== undefined && !plan.units.some((u) => u.id === body.unitId)) {
    throw invalid([{ path: ['unitId'], code: 'unknown_unit', params: { id: body.unitId } }]);
  }
  const membership = { planId, email, role: body.role, ...(body.unitId ? { unitId: body.unitId } : {}) };
  await deps.store.putMembership(membership);
  return membership;
}
