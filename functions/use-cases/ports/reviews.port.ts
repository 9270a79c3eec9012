/** The district office's decision on a report's version, stored only if that version is still the latest. */
import type { LatestReport, ReportKey, Review } from './reports.port.js';

/** Either the report as reviewed, or why not: the report as it stands (null: never submitted). */
export type ReviewOutcome = { reviewed: LatestReport } | { reviewed: null; latest: LatestReport | null };

export interface ReviewStore {
  /** Records the review and sets the report's status, only when `review.version` is the latest. */
  review(key: ReportKey, review: Review): Promise<ReviewOutcome>;
}
