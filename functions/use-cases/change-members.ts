/**
 * POST …/members: the grants, changes and removals of an admin's plan sheet in one request. All
 * or nothing: every problem is named by its path (`put[3].unitId`, `remove[0]`) before anything
 * is written. Then one Query of the current members, the difference written in batches, and one
 * membership event per real change; a grant that is already so is counted, not rewritten.
 * Unlike PUT …/members/{email}, "from" is what the Query read: an admin changing the same member
 * in the same instant may make one event's "from" stale (the change itself still lands).
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import type { ChangeMembersRequest } from '../../shared/api/requests.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Plan } from '../../shared/plans/plan.js';
import type { Lang } from '../../shared/words/messages.js';
import { localize, type RawProblem } from '../../shared/words/problems.js';
import type { Caller } from '../access/caller.js';
import { invalid } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { emailProblem, grantProblems, storedEmail } from '../../shared/plans/members.js';
import { grantOf, recordAll, sameGrant, wideningWarnings } from './manage-members.js';
import type { Grant, Membership, MembershipEvent } from './ports/members.port.js';
import { loadPlanFor } from './plan-access.js';

type Change = Omit<MembershipEvent, 'at' | 'by'>;

export async function changeMembers(deps: Deps, caller: Caller, planId: string, body: ChangeMembersRequest, lang: Lang = 'vi'): Promise<RouteResponse<'changeMembers'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.changeMembers.roles);
  const members = await deps.store.membersOf(planId);
  const current = new Map(members.map((m) => [m.email, grantOf(m)]));
  // A changed grant keeps the member's mail language, which the plan sheet does not carry.
  const mailLangs = new Map(members.flatMap((m) => (m.lang ? [[m.email, { lang: m.lang }] as const] : [])));
  const { puts, removes } = checked(plan, body, current);

  const written: Membership[] = [];
  const changes: Change[] = [];
  const warnings: RawProblem[] = [];
  let unchanged = 0;
  for (const { index, email, grant } of puts) {
    const from = current.get(email) ?? null;
    if (sameGrant(from, grant)) {
      unchanged++;
      continue;
    }
    written.push({ planId, email, ...grant, ...mailLangs.get(email) });
    changes.push({ planId, email, action: from ? 'changed' : 'granted', from, to: grant });
    warnings.push(...wideningWarnings(from, grant).map((w) => ({ ...w, path: ['put', index, ...w.path] })));
  }
  for (const email of removes) changes.push({ planId, email, action: 'removed', from: current.get(email)!, to: null });

  await deps.store.changeMemberships(planId, { put: written, remove: removes });
  await recordAll(deps, caller, changes);
  return {
    planId,
    granted: changes.filter((c) => c.action === 'granted').length,
    changed: changes.filter((c) => c.action === 'changed').length,
    removed: removes.length,
    unchanged,
    warnings: localize(warnings, lang),
  };
}

/** The request with emails as stored, or 400 naming every problem: nothing is applied unless all is well. */
function checked(plan: Plan, body: ChangeMembersRequest, current: ReadonlyMap<string, Grant>) {
  const unitIds = new Set(plan.units.map((u) => u.id));
  const problems: RawProblem[] = [];
  const puts: { index: number; email: string; grant: Grant }[] = [];
  const putEmails = new Set<string>();
  body.put.forEach((entry, index) => {
    problems.push(...grantProblems(unitIds, entry).map((p) => ({ ...p, path: ['put', index, ...p.path] })));
    const email = storedEmail(entry.email);
    if (email === null) return problems.push(emailProblem(['put', index, 'email']));
    if (putEmails.has(email)) return problems.push({ path: ['put', index, 'email'], code: 'duplicate_email', params: { value: email } });
    putEmails.add(email);
    puts.push({ index, email, grant: grantOf(entry) });
  });
  const removes = new Set<string>();
  body.remove.forEach((raw, index) => {
    const email = storedEmail(raw);
    if (email === null) return problems.push(emailProblem(['remove', index]));
    if (removes.has(email)) return problems.push({ path: ['remove', index], code: 'duplicate_email', params: { value: email } });
    if (putEmails.has(email)) return problems.push({ path: ['remove', index], code: 'put_and_removed', params: { value: email } });
    if (!current.has(email)) return problems.push({ path: ['remove', index], code: 'not_a_member', params: { value: email } });
    removes.add(email);
  });
  if (problems.length) throw invalid(problems);
  return { puts, removes: [...removes] };
}
