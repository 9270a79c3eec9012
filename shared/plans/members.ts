/**
 * The rules of a plan's members, shared by the API (PUT and POST …/members) and the add-in's plan
 * sheet, which checks its member rows with them before it saves anything: a plan saved with
 * members the server then refuses would leave the two half-applied.
 */
import type { RawProblem } from '../words/problems.js';

/** An address as stored: trimmed and lower-cased; null when it is no email address. */
export function storedEmail(raw: string): string | null {
  const email = raw.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+$/.test(email) && email.length <= 254 ? email : null;
}

export const emailProblem = (path: RawProblem['path']): RawProblem => ({ path, code: 'invalid_format', params: { format: 'email' } });

/** What is wrong with a grant in this plan, at paths relative to the grant: a reporter needs a unit of the plan. */
export function grantProblems(unitIds: ReadonlySet<string>, grant: { role: string; unitId?: string | undefined }): RawProblem[] {
  if (grant.role === 'reporter' && grant.unitId === undefined) return [{ path: ['unitId'], code: 'required' }];
  if (grant.unitId !== undefined && !unitIds.has(grant.unitId)) return [{ path: ['unitId'], code: 'unknown_unit', params: { id: grant.unitId } }];
  return [];
}
