/**
 * The scorecard's shape (DESIGN §6, contract) and the engine's input. Kept apart from the engine
 * so that the chart builders, the store and the add-in can name these types without the engine.
 */
import type { KpiId } from '../kpis.js';
import type { Plan, UnitKind } from '../plans/plan.js';
import type { ReportData } from '../report/schema.js';

export type KpiStatus = 'met' | 'near' | 'below' | 'info' | 'no-data';

/** How far below the target a value may fall and still be `near`. */
export const NEAR_MARGIN = 0.1;

export type ReviewStatus = 'submitted' | 'accepted' | 'returned';

/** The latest stored version of one unit's report for one quarter, with what the engine needs of its history. */
export interface SubmittedReport {
  unitId: string;
  period: string; // a quarter id, e.g. "2024-Q3"
  version: number;
  data: ReportData;
  /** When version 1 arrived: timeliness is judged on the first submission only. */
  firstSubmittedAt: string;
  submittedAt: string;
  status: ReviewStatus;
}

export interface ScorecardInput {
  plan: Plan;
  period: string;
  /**
   * The latest report of each unit for the quarters of the plan's year up to `period` (more is
   * ignored). One list serves the period itself, its `previous` period and the trend.
   */
  reports: readonly SubmittedReport[];
  computedAt: string;
}

export interface KpiResult {
  id: KpiId;
  value: number | null;
  target: number | null;
  status: KpiStatus;
  numerator: number;
  denominator: number;
  previous: number | null;
}

export interface UnitScorecard {
  unitId: string;
  name: string;
  kind: UnitKind;
  /** 0–100, or null when no KPI of the unit has both a target and data. */
  score: number | null;
  /** 1-based; null for a unit without a score. */
  rank: number | null;
  kpis: KpiResult[];
  // Extensions beyond the contract, for the traffic-light table and the chase list:
  submitted: boolean;
  onTime: boolean | null;
  reviewStatus: ReviewStatus | null;
  /** Extension: the plan groups the unit is in, for the `group:<id>` filter; absent when none. */
  groups?: string[];
  /**
   * Extension (DESIGN §10, lineage): present when the unit's `previous` values were built from its
   * predecessors' reports of the previous period, each weighted by its share, because the unit did
   * not exist then. The page says so beside the comparison.
   */
  previousFrom?: PredecessorShare[];
  /** Extension (DESIGN §10): the unit's estimate of the 766 index, with the points it could gain. */
  index766: Index766;
}

/**
 * One indicator of the 766 index (INDEX-766.md). `basis` 'form-06': estimated from what the unit
 * reports; 'portal': needs the national portal's per-dossier data, so neither `points` nor `max`
 * count in the total. `rate` and `points` are null for 'portal' indicators and for 'no data' (a zero
 * denominator), which is not 0 points and does not count in the total's `max` either.
 */
export interface Index766Indicator {
  id: string;
  /** 0–1, or null (no data / needs portal data). */
  rate: number | null;
  points: number | null;
  /** The indicator's ceiling. */
  max: number;
  basis: 'form-06' | 'portal';
}

/** What reaching an indicator's full-points threshold would add: "3 more dossiers paid online → +0.8 points". */
export interface Index766Gain {
  indicatorId: string;
  /** Points gained, > 0. */
  points: number;
  /** How many more dossiers (or ratings, feedback items) of the indicator's numerator that takes; null when no count says it. */
  dossiers: number | null;
}

export interface Index766 {
  /** Σ points of the estimated indicators (those with a rate). */
  points: number;
  /** Σ ceilings of the estimated indicators (those with a rate). */
  max: number;
  indicators: Index766Indicator[];
  /** Extension: largest gain first; empty for the district and when nothing can be gained. */
  gains: Index766Gain[];
}

/** A task's evidence on a report: an official document (number and date, YYYY-MM-DD) or an https link. */
export type TaskEvidence = { number: string; date: string } | { url: string };

export type TaskStatus = 'not-started' | 'in-progress' | 'done';

/** One unit's line on the task board. */
export interface TaskUnitProgress {
  unitId: string;
  /** null when the unit sent no report for the period. */
  status: TaskStatus | null;
  /** Not done and the task's due date has passed (in the plan's time zone) when the scorecard was computed. */
  overdue: boolean;
  evidence?: TaskEvidence;
}

/** Extension (DESIGN §10): one of the plan's tasks, rolled up over the period's expected units. */
export interface TaskProgress {
  id: number;
  title: string;
  /** YYYY-MM-DD, or null when the plan gives no due date. */
  due: string | null;
  done: number;
  inProgress: number;
  notStarted: number;
  overdue: number;
  /** Every expected unit in plan order: the task board's row. */
  units: TaskUnitProgress[];
}

export interface PredecessorShare {
  unitId: string;
  share: number;
}

/** One of the plan's groups, rolled up like the district: Σnumerators ÷ Σdenominators of its units. */
export interface GroupScorecard {
  groupId: string;
  name: string;
  kpis: KpiResult[];
  completeness: Completeness;
  /** 0–100 over the group's KPIs that have a target and data, as a unit's score; null without any. */
  score: number | null;
  /** 1-based among the groups with a score; null without one. */
  rank: number | null;
  /** Extension: the group's values of each quarter so far, as the district's `trend`. */
  trend: TrendPoint[];
  /** Extension (DESIGN §10): the group's 766 estimate from its units' summed counts, as the district's. */
  index766: Index766;
}

export interface Completeness {
  expected: number;
  submitted: number;
  onTime: number;
  late: number;
  missing: string[];
  /** Extension: which units were late. */
  lateUnits: string[];
}

export interface ChartSpec {
  id: string;
  title: string;
  /** A plain-JSON Chart.js configuration: no functions, so it survives storage and Apps Script. */
  config: ChartConfig;
}

export interface ChartConfig {
  type: 'bar' | 'line' | 'doughnut';
  data: { labels: string[]; datasets: ChartDataset[] };
  options: Record<string, unknown>;
}

export interface ChartDataset {
  type?: 'bar' | 'line';
  label: string;
  data: (number | null)[];
  backgroundColor?: string | string[];
  borderColor?: string | string[];
  [key: string]: unknown;
}

/** District values of each quarter so far, for the trend chart. */
export interface TrendPoint {
  period: string;
  kpis: Partial<Record<KpiId, number | null>>;
}

interface ScorecardProblem {
  code: string;
  message: string;
  unitId?: string;
  period?: string;
}

export interface Scorecard {
  planId: string;
  period: string;
  computedAt: string;
  stale: boolean;
  /** Extension (DESIGN §10): `index766` of the whole plan (its `gains` are empty). */
  district: { kpis: KpiResult[]; index766: Index766 };
  units: UnitScorecard[];
  completeness: Completeness;
  /** Extension (DESIGN §10): one entry per group of the plan, in rank order; empty without groups. */
  groups: GroupScorecard[];
  charts: ChartSpec[];
  // Extensions:
  /** DESIGN §10: the period's deadline has not passed, or expected units are missing. */
  provisional: boolean;
  /** DESIGN §10: the plan's tasks, in plan order; empty for a plan without tasks. */
  tasks: TaskProgress[];
  trend: TrendPoint[];
  /** Stored items the aggregator had to skip (corrupt or unreadable), named so nobody trusts a silent gap. */
  problems: ScorecardProblem[];
}

/**
 * What the engine computes and the store keeps: the scorecard without its charts, which are built
 * where a scorecard is answered, in the language the request asked for (charts/charts.ts).
 */
export type ScorecardFigures = Omit<Scorecard, 'charts'>;
