/** Who holds which role in a plan, and the kept record of every change to that. */
import type { Role } from '../../../shared/api/roles.js';
import type { Lang } from '../../../shared/words/messages.js';

/** A role as granted in a plan; a reporter's comes with its unit. */
export interface Grant {
  role: Role;
  unitId?: string;
}

export interface Membership extends Grant {
  planId: string;
  email: string;
  /** The language of the member's mails (extension); Vietnamese when absent. */
  lang?: Lang;
}

/** One change of a membership, kept for good: who changed it, when, from what to what. */
export interface MembershipEvent {
  planId: string;
  email: string;
  at: string;
  by: string;
  action: 'granted' | 'changed' | 'removed';
  from: Grant | null;
  to: Grant | null;
}

export interface MembershipStore {
  getMembership(planId: string, email: string): Promise<Membership | null>;
  /** Stores the membership and answers the one it replaced, read by the same write. */
  putMembership(membership: Membership): Promise<Membership | null>;
  /** Answers the removed membership, or null when there was none. */
  removeMembership(planId: string, email: string): Promise<Membership | null>;
  membershipsOf(email: string): Promise<Membership[]>;
  /** A plan's members, by email. */
  membersOf(planId: string): Promise<Membership[]>;
  /**
   * Many grants and removals in one plan, written in batches; nothing is read back, so the
   * caller works out what changed from `membersOf` first.
   */
  changeMemberships(planId: string, changes: { put: readonly Membership[]; remove: readonly string[] }): Promise<void>;
}

export interface MembershipLog {
  /** Written once, never changed or deleted. */
  recordMembershipEvent(event: MembershipEvent): Promise<void>;
  /** The same for many events at once, in batches. */
  recordMembershipEvents(events: readonly MembershipEvent[]): Promise<void>;
  /** A plan's membership events, oldest first. */
  membershipEvents(planId: string): Promise<MembershipEvent[]>;
}
