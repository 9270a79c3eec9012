/**
 * The KPI engine (DESIGN §6): reports in, scorecard figures out (charts: charts/charts.ts). Pure: the caller passes the plan, the
 * latest report of each unit per quarter, and `computedAt`.
 * - The period, its previous period and the trend's quarters are each evaluated once (memoized),
 *   from one index of the reports; reports of unknown units or other quarters are never read.
 * - Units in the output are the period's expected units: ranked ones first by rank, then the
 *   unranked ones by name. Groups (DESIGN §10) are rolled up like the district and ranked alike.
 * - A unit formed in a merger compares with its predecessors' previous period, weighted by share.
 */
import { isOnTime, parsePeriodId, previousPeriodId, QUARTERS, type QuarterKind } from '../calendar.js';
import { KPI_IDS, RATIO_KPI_IDS, type KpiId, type RatioKpiId } from '../kpis.js';
import type { Plan, Unit } from '../plans/plan.js';
import { addRatios, EMPTY_FRACTION, emptyFractions, fractionValue, kpiResult, targetOf, unitScore, type Fraction } from './kpi-values.js';
import { taskProgress } from './task-progress.js';
import { index766Counts, rollupIndex766, unitIndex766 } from './index766/estimate.js';
import { evaluatePeriod, indexReports, type PeriodEvaluation, type Rollup, type UnitPeriod } from './period-evaluation.js';
import type {
  Completeness, GroupScorecard, Index766, KpiResult, PredecessorShare, ScorecardFigures, ScorecardInput, TrendPoint, UnitScorecard,
} from './scorecard-model.js';

type Targets = Record<KpiId, number | null>;
type Ratios = Record<RatioKpiId, Fraction>;

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

  // 766 counts once per unit; the district and each group add up their units' (INDEX-766.md).
  const counts766 = new Map(current.district.units.map((u) => [u.unit.id, index766Counts(u.data)]));
  const index766Of = ({ units }: Rollup): Index766 => rollupIndex766(units.map((u) => counts766.get(u.unit.id)!));
  const completeness = completenessOf(current.district);
  const units = rankByScore(
    current.district.units.map((u) => unitScorecard(u, previous, targets, unitIndex766(counts766.get(u.unit.id)!))),
    (u) => u.unitId,
  );
  return {
    planId: plan.id,
    period: periodId,
    computedAt: input.computedAt,
    stale: false,
    district: { kpis: rollupKpis(current.district, previous?.district, targets), index766: index766Of(current.district) },
    units,
    completeness,
    // DESIGN §10: figures may still change while a report could still arrive on time, or is missing.
    provisional: isOnTime(input.computedAt, current.period) || completeness.missing.length > 0,
    groups: groupScorecards(plan, current, previous, targets, evaluate, index766Of),
    tasks: taskProgress(plan, current.period, current.district.units, input.computedAt),
    trend: trendOf(current, evaluate, (e) => e.district),
    problems: [],
  };
}

/** Every KPI of a roll-up (the district or a group), `previous` from the same roll-up of the previous period. */
function rollupKpis(rollup: Rollup, before: Rollup | undefined, targets: Targets): KpiResult[] {
  return KPI_IDS.map((id) => kpiResult(id, rollup.totals[id], targets[id], before === undefined ? null : fractionValue(before.totals[id])));
}

/**
 * One per plan group, ranked like units. The score is unitScore over all the group's KPIs, the
 * unit-count ones included: a group whose units do not report or report late scores lower.
 */
function groupScorecards(
  plan: Plan,
  current: PeriodEvaluation,
  previous: PeriodEvaluation | null,
  targets: Targets,
  evaluate: (id: string) => PeriodEvaluation,
  index766Of: (rollup: Rollup) => Index766,
): GroupScorecard[] {
  const groups = (plan.groups ?? []).map((g): GroupScorecard => {
    const rollup = current.groups.get(g.id)!;
    const kpis = rollupKpis(rollup, previous?.groups.get(g.id), targets);
    return {
      groupId: g.id,
      name: g.name,
      kpis,
      completeness: completenessOf(rollup),
      score: unitScore(kpis),
      rank: null,
      trend: trendOf(current, evaluate, (e) => e.groups.get(g.id)!),
      index766: index766Of(rollup),
    };
  });
  return rankByScore(groups, (g) => g.groupId);
}

function unitScorecard(u: UnitPeriod, previous: PeriodEvaluation | null, targets: Targets, index766: Index766): UnitScorecard {
  const before = previousRatios(u.unit, previous);
  const kpis = RATIO_KPI_IDS.map((id) => {
    const prior = before.ratios === null ? null : fractionValue(before.ratios[id]);
    return kpiResult(id, u.ratios?.[id] ?? EMPTY_FRACTION, targets[id], prior);
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
    index766,
    // Only when present: most units of a plan without groups would otherwise carry an empty list.
    ...(u.unit.groups?.length ? { groups: u.unit.groups } : {}),
    ...(before.from === undefined ? {} : { previousFrom: before.from }),
  };
}

/**
 * A unit's ratios in the previous period. A unit formed after it (not expected then) that names
 * predecessors takes theirs, each numerator and denominator weighted by its share: Σ share·num ÷
 * Σ share·den. A predecessor without a report in the previous period contributes nothing and is
 * not named in `from`; without any such report there is no previous value.
 */
function previousRatios(unit: Unit, previous: PeriodEvaluation | null): { ratios: Ratios | null; from?: PredecessorShare[] } {
  if (previous === null) return { ratios: null };
  const own = previous.byUnit.get(unit.id);
  if (own !== undefined || unit.predecessors === undefined) return { ratios: own?.ratios ?? null };
  const ratios = emptyFractions(RATIO_KPI_IDS);
  const from: PredecessorShare[] = [];
  for (const { id, share } of unit.predecessors) {
    const reported = previous.byUnit.get(id)?.ratios;
    if (reported == null) continue;
    addRatios(ratios, reported, share);
    from.push({ unitId: id, share });
  }
  return from.length === 0 ? { ratios: null } : { ratios, from };
}

/** Ranks 1..n are distinct: equal scores are ordered by name (Vietnamese collation), then id; unscored ones follow by name. */
function rankByScore<T extends { name: string; score: number | null; rank: number | null }>(items: T[], idOf: (item: T) => string): T[] {
  const sameName = (a: T, b: T) => {
    const [ia, ib] = [idOf(a), idOf(b)];
    return byName(a.name, b.name) || (ia < ib ? -1 : ia > ib ? 1 : 0);
  };
  const ranked = items.filter((u) => u.score !== null);
  const unranked = items.filter((u) => u.score === null).sort(sameName);
  ranked.sort((a, b) => {
    const diff = b.score! - a.score!;
    return Math.abs(diff) > SCORE_EPSILON ? diff : sameName(a, b);
  });
  ranked.forEach((u, i) => (u.rank = i + 1));
  return [...ranked, ...unranked];
}

function completenessOf({ units }: Rollup): Completeness {
  const c: Completeness = { expected: units.length, submitted: 0, onTime: 0, late: 0, missing: [], lateUnits: [] };
  for (const u of units) {
    if (!u.submitted) c.missing.push(u.unit.id);
    else if (u.onTime) c.onTime++;
    else c.lateUnits.push(u.unit.id);
  }
  c.submitted = c.expected - c.missing.length;
  c.late = c.lateUnits.length;
  return c;
}

/** A roll-up's values in every quarter of the year up to the period's last quarter. */
function trendOf(current: PeriodEvaluation, evaluate: (id: string) => PeriodEvaluation, rollupOf: (e: PeriodEvaluation) => Rollup): TrendPoint[] {
  const { year, quarters } = current.period;
  const lastQuarter = parsePeriodId(quarters[quarters.length - 1]!)!.kind as QuarterKind;
  const count = QUARTERS.indexOf(lastQuarter) + 1;
  return QUARTERS.slice(0, count).map((q) => {
    const evaluation = evaluate(`${year}-${q}`);
    const { totals } = rollupOf(evaluation);
    const kpis: TrendPoint['kpis'] = {};
    for (const id of KPI_IDS) kpis[id] = fractionValue(totals[id]);
    return { period: evaluation.period.id, kpis };
  });
}
