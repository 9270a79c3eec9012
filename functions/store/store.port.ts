/**
 * The storage port: what the use cases need from a store, and nothing about DynamoDB.
 * The DynamoDB adapter (dynamo-store.ts) implements it; invariants it must keep:
 * a stored version never changes, an acknowledged append is never lost, and one idempotency key
 * never makes two versions, also under concurrency.
 */
import type { Plan } from '../../shared/plan.js';
import type { RawProblem } from '../../shared/problems.js';
import type { ReviewStatus, Scorecard, SubmittedReport } from '../../shared/scorecard-model.js';
import type { Role } from '../../shared/api.js';

export interface StoredPlan {
  plan: Plan;
  updatedAt: string;
  updatedBy: string;
}

/** A role as granted in a plan; a reporter's comes with its unit. */
export interface Grant {
  role: Role;
  unitId?: string;
}

export interface Membership extends Grant {
  planId: string;
  email: string;
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
  /** Written once, never changed or deleted. */
  recordMembershipEvent(event: MembershipEvent): Promise<void>;
  /** A plan's membership events, oldest first. */
  membershipEvents(planId: string): Promise<MembershipEvent[]>;
}

export interface ReportKey {
  planId: string;
  period: string; // a quarter
  unitId: string;
}

export interface ReportVersion extends ReportKey {
  version: number;
  /** The validated data exactly as stored: readers get these bytes back, forever. */
  dataJson: string;
  submittedAt: string;
  submittedBy: string;
  warnings: RawProblem[];
  idempotencyKey?: string;
}

export interface Review {
  decision: 'accept' | 'return';
  comment: string;
  by: string;
  at: string;
  version: number;
}

export interface LatestReport extends ReportVersion {
  firstSubmittedAt: string;
  status: ReviewStatus;
  lastReview?: Review;
}

export interface AppendInput extends ReportKey {
  dataJson: string;
  /** The quarter the warnings compare with (null for a Q1), read alongside the current report. */
  previousPeriod: string | null;
  /** The warnings to store with the version, once the previous quarter's report is known. */
  warningsAgainst(previous: ReportVersion | null): RawProblem[];
  submittedBy: string;
  submittedAt: string;
  idempotencyKey?: string;
  /** Hash of the request, so that a key reused for different content is refused, not replayed. */
  requestHash: string;
}

export interface AppendResult {
  version: ReportVersion;
  firstSubmittedAt: string;
  status: ReviewStatus;
  /** false when the idempotency key had already been used: nothing new was stored. */
  created: boolean;
}

export interface StoredScorecard {
  scorecard: Scorecard;
  /** Whether a report of the period was submitted or reviewed after the scorecard was computed. */
  activityAfter: boolean;
}

export interface Store extends MembershipStore {
  getPlan(planId: string): Promise<StoredPlan | null>;
  putPlan(plan: Plan, by: string, at: string): Promise<void>;
  listPlans(): Promise<StoredPlan[]>;

  /** Appends a version; throws AppError conflict when the report is accepted (locked). */
  appendVersion(input: AppendInput): Promise<AppendResult>;
  getLatest(key: ReportKey): Promise<LatestReport | null>;
  getVersion(key: ReportKey, version: number): Promise<ReportVersion | null>;
  listVersions(key: ReportKey): Promise<Omit<ReportVersion, 'dataJson' | 'warnings'>[]>;
  review(key: ReportKey, review: Review): Promise<LatestReport>;

  /** The latest report of every unit for every quarter of a year: one paginated Query. */
  latestReportsOfYear(planId: string, year: number): Promise<{ reports: SubmittedReport[]; corrupt: { unitId: string; period: string; reason: string }[] }>;
  putScorecard(scorecard: Scorecard): Promise<void>;
  getScorecard(planId: string, period: string, quarters: string[]): Promise<StoredScorecard | null>;
}
