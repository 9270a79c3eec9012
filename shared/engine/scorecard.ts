/**
 * The KPI engine (DESIGN §6): reports in, scorecard figures out (charts: charts/charts.ts). Pure: the caller passes the plan, the
 * latest report of each unit per quarter, and `computedAt`.
 * - The period, its previous period and the trend's quarters are each evaluated once (memoized),
 *   from one index of the reports; reports of unknown units or other quarters are never read.
 * - Units in the output are the period's expected units: ranked ones first by rank, then the
 *   unranked ones by name.
 */
import { parsePeriodId, previousPeriodId, QUARTERS, type QuarterKind } from '../calendar.js';
import { KPI_IDS, RATIO_KPI_IDS, type KpiId } from '../kpis.js';
import { EMPTY_FRACTION, fractionValue, kpiResult, targetOf, unitScore } from './kpi-values.js';
import { evaluatePeriod, indexReports, type PeriodEvaluation, type UnitPeriod } from './period-evaluation.js';
import type { Completeness, ScorecardFigures, ScorecardInput, TrendPoint, UnitScorecard } from './scorecard-model.js';

type Targets = Record<KpiId, number | null>;

/** Scores closer than this are a tie, decided by name; float noise must not reorder equal units. */
const SCORE_EPSILON = 1e-9;
const byName = new Intl.Collator('vi').compare;

/** Throws a RangeError for a period id that is not one of YYYY-Q1…Q4, H1, 9M, Y (callers check first). */
export function computeScorecard(input: ScorecardInput): ScorecardFigures {
  const { plan, period: periodId } = input;
  const index = indexReports(input.reports);
  const evaluations = new Map<string, PeriodEvaluation>();
  const evaluate = (id: string): PeriodEvaluation => {
    let evaluation = evaluations.get(id);
    if (evaluation === undefined) evaluations.set(id, (evaluation = evaluatePeriod(plan, id, index)));
    return evaluation;
  };

  const current = evaluate(periodId);
  const previousId = previousPeriodId(periodId);
  const previous = previousId === null ? null : evaluate(previousId);
  const targets = {} as Targets;
  for (const id of KPI_IDS) targets[id] = targetOf(plan, id);

  const districtKpis = KPI_IDS.map((id) =>
    kpiResult(id, current.district[id], targets[id], previous === null ? null : fractionValue(previous.district[id])),
  );
  const units = rankUnits(current.units.map((u) => unitScorecard(u, previous?.byUnit.get(u.unit.id), targets)));

  return {
    planId: plan.id,
    period: periodId,
    computedAt: input.computedAt,
    stale: false,
    district: { kpis: districtKpis },
    units,
    completeness: completenessOf(current),
    groups: [],
    trend: trendOf(current, evaluate),
    problems: [],
  };
}

function unitScorecard(u: UnitPeriod, before: UnitPeriod | undefined, targets: Targets): UnitScorecard {
  const kpis = RATIO_KPI_IDS.map((id) => {
    const previous = before?.ratios ? fractionValue(before.ratios[id]) : null;
    return kpiResult(id, u.ratios?.[id] ?? EMPTY_FRACTION, targets[id], previous);
  });
  return {
    unitId: u.unit.id,
    name: u.unit.name,
    kind: u.unit.kind,
    score: unitScore(kpis),
    rank: null,
    kpis,
    submitted: u.submitted,
    onTime: u.onTime,
    reviewStatus: u.reviewStatus,
  };
}

/** Ranks 1..n are distinct: equal scores are ordered by name (Vietnamese collation), then id. */
function rankUnits(units: UnitScorecard[]): UnitScorecard[] {
  const sameName = (a: UnitScorecard, b: UnitScorecard) => byName(a.name, b.name) || (a.unitId < b.unitId ? -1 : a.unitId > b.unitId ? 1 : 0);
  const ranked = units.filter((u) => u.score !== null);
  const unranked = units.filter((u) => u.score === null).sort(sameName);
  ranked.sort((a, b) => {
    const diff = b.score! - a.score!;
    return Math.abs(diff) > SCORE_EPSILON ? diff : sameName(a, b);
  });
  ranked.forEach((u, i) => (u.rank = i + 1));
  return [...ranked, ...unranked];
}

function completenessOf(evaluation: PeriodEvaluation): Completeness {
  const c: Completeness = { expected: evaluation.units.length, submitted: 0, onTime: 0, late: 0, missing: [], lateUnits: [] };
  for (const u of evaluation.units) {
    if (!u.submitted) c.missing.push(u.unit.id);
    else if (u.onTime) c.onTime++;
    else c.lateUnits.push(u.unit.id);
  }
  c.submitted = c.expected - c.missing.length;
  c.late = c.lateUnits.length;
  return c;
}

/** District values of every quarter of the year up to the period's last quarter. */
function trendOf(current: PeriodEvaluation, evaluate: (id: string) => PeriodEvaluation): TrendPoint[] {
  const { year, quarters } = current.period;
  const lastQuarter = parsePeriodId(quarters[quarters.length - 1]!)!.kind as QuarterKind;
  const count = QUARTERS.indexOf(lastQuarter) + 1;
  return QUARTERS.slice(0, count).map((q) => {
    const evaluation = evaluate(`${year}-${q}`);
    const kpis: TrendPoint['kpis'] = {};
    for (const id of KPI_IDS) kpis[id] = fractionValue(evaluation.district[id]);
    return { period: evaluation.period.id, kpis };
  });
}
