/**
 * What a quarter's scorecards are computed from: the latest report of every unit, kept up to date
 * report by report (the incremental refresh) and rebuilt whole (the full recompute). Every write
 * is conditional on the revision its writer read, so two writers never lose each other's rows.
 */
import type { LatestReports } from './reports.port.js';

/** One changed latest pointer: what a stream record (keys only) says. */
export interface PointerChange {
  planId: string;
  quarter: string;
  unitId: string;
}

export interface QuarterInputs extends LatestReports {
  quarter: string;
}

export interface StoredQuarterInputs extends QuarterInputs {
  /** 1 for the first write, one more for each write after it. */
  revision: number;
  updatedAt: string;
}

export interface QuarterInputsStore {
  quarterInputs(planId: string, quarter: string): Promise<StoredQuarterInputs | null>;
  /** The stored quarters of a year, from Q1 through `lastQuarter`, in one Query. */
  inputsOfYear(planId: string, year: number, lastQuarter: string): Promise<StoredQuarterInputs[]>;
  /** Each stored quarter of the year → its revision, without the bodies. */
  inputRevisions(planId: string, year: number): Promise<Map<string, number>>;
  /** Stores the inputs as revision `seen + 1` if the stored revision is still `seen` (0: none stored); false if another write came first. */
  putQuarterInputs(planId: string, inputs: QuarterInputs, seen: number, at: string): Promise<boolean>;
  /** Whether a latest report of the quarter was submitted or reviewed after `since`. */
  activityAfter(planId: string, quarter: string, since: string): Promise<boolean>;
}
