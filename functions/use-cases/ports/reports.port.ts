/**
 * Report versions: appended, never changed. The store keeps what no use case can keep alone:
 * an acknowledged append is never lost, one idempotency key never makes two versions (also under
 * concurrency), version numbers have no gaps, and the latest pointer only moves forward and never
 * off an accepted version. An append is all or nothing: if the report changed between the store's
 * read and its write (a newer version, a lock), nothing is stored and `admit` is asked again with
 * the report as it now stands. What a version may be, and what a lock means, the use case decides.
 */
import type { RawProblem } from '../../../shared/words/problems.js';
import type { ReviewStatus, SubmittedReport } from '../../../shared/engine/scorecard-model.js';

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

/** The district office's decision on one version of a report. */
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
  /**
   * The use case's rules, given the report as it stands and the previous quarter's (read together,
   * in one request): throws to refuse the version, or answers the warnings to store with it. May be
   * called again when a concurrent change cancelled the write.
   */
  admit(current: LatestReport | null, previous: ReportVersion | null): RawProblem[];
  submittedBy: string;
  submittedAt: string;
  idempotencyKey?: string;
  /** Hash of the request, so that a key reused for different content is refused, not replayed. */
  requestHash: string;
}

export interface AppendResult {
  version: ReportVersion;
  /** The report as it stands after the append: this version, or for a replay the current one. */
  latest: Pick<LatestReport, 'version' | 'firstSubmittedAt' | 'status'>;
  /** false when the idempotency key had already been used: nothing new was stored. */
  created: boolean;
}

/** What the chase list needs of a latest report: everything but its data. */
export type ReportStatus = Omit<SubmittedReport, 'data'>;

export interface CorruptReport {
  unitId: string;
  period: string;
  reason: string;
}

/** Latest reports as the engine takes them, and the stored ones that could not be read. */
export interface LatestReports {
  reports: SubmittedReport[];
  corrupt: CorruptReport[];
}

export interface ReportStore {
  appendVersion(input: AppendInput): Promise<AppendResult>;
  getLatest(key: ReportKey): Promise<LatestReport | null>;
  getVersion(key: ReportKey, version: number): Promise<ReportVersion | null>;
  listVersions(key: ReportKey): Promise<Omit<ReportVersion, 'dataJson' | 'warnings'>[]>;
  /** The latest report of every unit for every quarter of a year: one paginated Query. */
  latestReportsOfYear(planId: string, year: number): Promise<LatestReports>;
  /** The same for one quarter. */
  latestReportsOfQuarter(planId: string, quarter: string): Promise<LatestReports>;
  /** The latest reports of these units for one quarter, read consistently by key (units without one are left out). */
  latestReportsOfUnits(planId: string, quarter: string, unitIds: readonly string[]): Promise<LatestReports>;
  /** The latest report of every unit for these quarters, without its data: one Query per quarter, at once. */
  latestStatuses(planId: string, quarters: readonly string[]): Promise<ReportStatus[]>;
}
