/**
 * Who is calling, and what they may do in a plan. Administrators named in ADMIN_EMAILS are
 * admins of every plan; everyone else has the role of their membership in that plan, or none.
 */
import type { Role } from '../../shared/api/roles.js';
import type { Identity } from '../auth/identity.js';
import { forbidden } from '../errors.js';
import type { Membership, MembershipStore } from '../use-cases/ports/members.port.js';

export interface Caller {
  email: string;
  isAdmin: boolean;
}

export function callerFrom(identity: Identity, adminEmails: ReadonlySet<string>): Caller {
  return { email: identity.email, isAdmin: adminEmails.has(identity.email) };
}

/** The caller's membership in a plan; a global admin gets an admin membership everywhere. */
async function membershipIn(store: MembershipStore, caller: Caller, planId: string): Promise<Membership | null> {
  if (caller.isAdmin) return { planId, email: caller.email, role: 'admin' };
  return store.getMembership(planId, caller.email);
}

/** Throws 403 unless the caller holds one of the roles (reporters: of that unit, when one is named). */
export async function requireRole(store: MembershipStore, caller: Caller, planId: string, roles: readonly Role[], unitId?: string): Promise<Membership> {
  const membership = await membershipIn(store, caller, planId);
  if (!membership || !roles.includes(membership.role)) throw forbidden();
  if (membership.role === 'reporter' && unitId !== undefined && membership.unitId !== unitId) throw forbidden();
  return membership;
}

