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

export interface Membership {
  planId: string;
  email: string;
  role: Role;
  unitId?: string;
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

export interface Store {
  getPlan(planId: string): Promise<StoredPlan | null>;
  putPlan(plan: Plan, by: string, at: string): Promise<void>;
  listPlans(): Promise<StoredPlan[]>;

  getMembership(planId: string, email: string): Promise<Membership | null>;
  putMembership(membership: Membership): Promise<void>;
  membershipsOf(email: string): Promise<Membership[]>;

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
