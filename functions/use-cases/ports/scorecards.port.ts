/** Computed scorecards, and whether they are still current. */
import type { ScorecardFigures } from '../../../shared/engine/scorecard-model.js';

export interface StoredScorecard {
  scorecard: ScorecardFigures;
  /** Whether a report of the period was submitted or reviewed after the scorecard was computed. */
  activityAfter: boolean;
}

export interface ScorecardStore {
  putScorecard(scorecard: ScorecardFigures): Promise<void>;
  getScorecard(planId: string, period: string, quarters: string[]): Promise<StoredScorecard | null>;
}
