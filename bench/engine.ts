/**
 * Engine benchmark: computeScorecard over one quarter of reports, against the floor of merely
 * parsing the same reports from JSON (what any aggregator must do first). The period is Q2, so
 * the engine also evaluates Q1 for `previous` and the trend (empty there, but every unit is visited).
 */
import { withCharts } from '../shared/charts/charts.js';
import { computeScorecard } from '../shared/engine/scorecard.js';
import type { SubmittedReport } from '../shared/engine/scorecard-model.js';
import { benchPlan, benchReports } from './fixtures.js';
import { round, timeMedian } from './timing.js';

const QUARTER = '2024-Q2';
const SIZES = [3321, 10_000] as const; // Vietnam's commune-level units after July 2025; a stress size.

export interface EngineRow {
  units: number;
  jsonMB: number;
  ms: number;
  jsonParseMs: number;
  ratio: number;
}

export function measureEngine(units: number): EngineRow {
  const plan = benchPlan(units);
  const json = JSON.stringify(benchReports(plan, QUARTER));
  const parse = timeMedian(() => JSON.parse(json));
  const reports = JSON.parse(json) as SubmittedReport[];
  let charts = 0;
  const engine = timeMedian(() => {
    // As the compute route answers: the figures, then the charts in the reader's language.
    charts = withCharts(computeScorecard({ plan, period: QUARTER, reports, computedAt: '2024-06-30T00:00:00Z' }), 'vi').charts.length;
  });
  if (charts === 0) throw new Error('the engine produced no charts');
  return {
    units,
    jsonMB: round(json.length / 1_000_000, 1),
    ms: engine.medianMs,
    jsonParseMs: parse.medianMs,
    ratio: round(engine.medianMs / parse.medianMs),
  };
}

/** Runs every size, prints a table, and returns the `engine` section of bench/results.json. */
export function benchEngine(): Record<string, unknown> {
  const rows = SIZES.map(measureEngine);
  console.log('\nEngine: computeScorecard vs JSON.parse of the same reports (median of 9 runs after 3 warm-ups)');
  console.table(rows);
  const [small, large] = rows as [EngineRow, EngineRow];
  return { ...large, at3321: small };
}
