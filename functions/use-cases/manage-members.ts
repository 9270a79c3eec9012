/**
 * Administrators grant, change and remove memberships. Every change is recorded as a membership
 * event (who, when by the server's clock, from what to what), which admins read with the list of
 * members. The event is written right after the change, from the item the change replaced.
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import type { MemberRequest } from '../../shared/api/requests.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import { emailProblem, grantProblems, storedEmail } from '../../shared/plans/members.js';
import type { Lang } from '../../shared/words/messages.js';
import { localize, type RawProblem } from '../../shared/words/problems.js';
import type { Caller } from '../access/caller.js';
import { AppError, invalid } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { logger } from '../runtime/logger.js';
import type { Grant, MembershipEvent } from './ports/members.port.js';
import { loadPlanFor } from './plan-access.js';

export async function putMember(deps: Deps, caller: Caller, planId: string, rawEmail: string, body: MemberRequest, lang: Lang = 'vi'): Promise<RouteResponse<'putMember'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.putMember.roles);
  const email = memberEmail(rawEmail);
  const problems = grantProblems(new Set(plan.units.map((u) => u.id)), body);
  if (problems.length) throw invalid(problems);
  const grant = grantOf(body);
  const mailLang = body.lang ? { lang: body.lang } : {};
  const previous = await deps.store.putMembership({ planId, email, ...grant, ...mailLang });
  const from = previous && grantOf(previous);
  if (!sameGrant(from, grant)) await recordAll(deps, caller, [{ planId, email, action: from ? 'changed' : 'granted', from, to: grant }]);
  return { planId, email, ...grant, ...mailLang, warnings: localize(wideningWarnings(from, grant), lang) };
}

/** DELETE …/members/{email}: the membership ends at once in this process (see cached-store.ts). */
export async function removeMember(deps: Deps, caller: Caller, planId: string, rawEmail: string): Promise<RouteResponse<'deleteMember'>> {
  await loadPlanFor(deps.store, caller, planId, API_ROUTES.deleteMember.roles);
  const email = memberEmail(rawEmail);
  const removed = await deps.store.removeMembership(planId, email);
  if (!removed) throw new AppError('not_found', 'not_a_member', [], { params: { value: email } });
  await recordAll(deps, caller, [{ planId, email, action: 'removed', from: grantOf(removed), to: null }]);
}

/** The path's email as stored, or 400 naming `email`. */
function memberEmail(raw: string): string {
  const email = storedEmail(raw);
  if (email === null) throw invalid([emailProblem(['email'])]);
  return email;
}

/**
 * A reporter sees one unit; every other role sees all of them. Turning a reporter into a viewer
 * to take their rights away gives them more, so the answer says so: removal is the way out.
 */
export function wideningWarnings(from: Grant | null, to: Grant): RawProblem[] {
  if (from?.role !== 'reporter' || to.role === 'reporter') return [];
  return [{ path: ['role'], code: 'role_widens_access', params: { value: to.role, id: from.unitId ?? '' } }];
}

/**
 * The events of changes already made, stamped with the server's clock and the admin. If the store
 * refuses them after the change was made, the log keeps them.
 */
export async function recordAll(deps: Deps, caller: Caller, changes: readonly Omit<MembershipEvent, 'at' | 'by'>[]): Promise<void> {
  const at = deps.now().toISOString();
  const events: MembershipEvent[] = changes.map((change) => ({ ...change, at, by: caller.email }));
  if (events.length === 0) return;
  try {
    if (events.length === 1) await deps.store.recordMembershipEvent(events[0]!);
    else await deps.store.recordMembershipEvents(events);
  } catch (error) {
    logger.error('membership events not recorded', { events, error: error as Error });
    throw error;
  }
}

export const grantOf = ({ role, unitId }: Grant): Grant => ({ role, ...(unitId ? { unitId } : {}) });
export const sameGrant = (a: Grant | null, b: Grant) => a !== null && a.role === b.role && a.unitId === b.unitId;
