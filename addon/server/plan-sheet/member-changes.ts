/**
 * The members sheet against the plan's members now → one POST …/members request: the rows that
 * are new or different (`put`), and the members no row names any more (`remove`). Emails compare
 * as the server stores them (trimmed, lower case). The shape is checked with the contract's own
 * schema, and each grant with the shared member rules against the sheet's own units, so a row the
 * server would refuse is marked before the plan is saved. Pure.
 */
import { ChangeMembersSchema, type ChangeMembersRequest } from '../../../shared/api/requests.js';
import { emailProblem, grantProblems, storedEmail } from '../../../shared/plans/members.js';
import { fromZodError, type RawProblem } from '../../../shared/words/problems.js';
import type { SheetMember } from './from-rows.js';
import type { Member } from './to-rows.js';

export interface MemberChanges {
  request: ChangeMembersRequest;
  /** `put[j]` is the members sheet's row `putRows[j]` (its index among the member rows). */
  putRows: number[];
  /** Problems at `members[i]…` paths; nothing is sent while there are any. */
  problems: RawProblem[];
}

const key = (email: string) => email.trim().toLowerCase();

/** `unitIds`: the units of the plan being saved (a reporter's unit must be one of them); null while the plan itself has problems. */
export function memberChanges(current: readonly Member[], rows: readonly SheetMember[], unitIds: ReadonlySet<string> | null): MemberChanges {
  const problems: RawProblem[] = [];
  // Every row as a grant, so that each bad role or address is named at its own row.
  const shape = ChangeMembersSchema.safeParse({ put: rows }, { reportInput: true });
  if (!shape.success) problems.push(...fromZodError(shape.error).map((p) => ({ ...p, path: ['members', ...p.path.slice(1)] })));

  const now = new Map(current.map((m) => [key(m.email), m]));
  const seen = new Set<string>();
  const put: ChangeMembersRequest['put'] = [];
  const putRows: number[] = [];
  rows.forEach((row, i) => {
    if (shape.success && unitIds) problems.push(...grantProblems(unitIds, shape.data.put[i]!).map((p) => ({ ...p, path: ['members', i, ...p.path] })));
    if (storedEmail(row.email) === null && shape.success) problems.push(emailProblem(['members', i, 'email']));
    const email = key(row.email);
    if (seen.has(email)) return problems.push({ path: ['members', i, 'email'], code: 'duplicate_email', params: { value: email } });
    seen.add(email);
    const was = now.get(email);
    if (was && was.role === row.role && was.unitId === row.unitId) return;
    put.push({ email: row.email.trim(), role: row.role as Member['role'], ...(row.unitId === undefined ? {} : { unitId: row.unitId }) });
    putRows.push(i);
  });
  const remove = current.map((m) => m.email).filter((email) => !seen.has(key(email)));
  return { request: { put, remove }, putRows, problems };
}

/** A server problem of the request (`put[3].unitId`) at its sheet row (`members[7].unitId`). */
export function rowPath(path: string, putRows: readonly number[]): string {
  return path.replace(/^put\[(\d+)\]/, (whole, j: string) => (putRows[Number(j)] === undefined ? whole : `members[${putRows[Number(j)]}]`));
}
