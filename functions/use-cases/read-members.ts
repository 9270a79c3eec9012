/** What admins read about a plan's people: who holds which role now, and every change so far. */
import type { RouteResponse } from '../../shared/api/contract.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Caller } from '../access/caller.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor } from './plan-access.js';

export async function listMembers(deps: Deps, caller: Caller, planId: string): Promise<RouteResponse<'listMembers'>> {
  await loadPlanFor(deps.store, caller, planId, API_ROUTES.listMembers.roles);
  const members = await deps.store.membersOf(planId);
  return { planId, members: members.map(({ planId: _plan, ...member }) => member) };
}

export async function membershipAudit(deps: Deps, caller: Caller, planId: string): Promise<RouteResponse<'membershipAudit'>> {
  await loadPlanFor(deps.store, caller, planId, API_ROUTES.membershipAudit.roles);
  const events = await deps.store.membershipEvents(planId);
  return { planId, events: events.map(({ planId: _plan, ...event }) => event) };
}
