/**
 * What the engine knows about one period before it turns numbers into KPI results: each expected
 * unit's data (its quarter's report, or derived from its quarters), its timeliness, and the
 * numerator and denominator of every KPI over the district and over each plan group. One pass over
 * the expected units, with the reports looked up in a Map: each unit is evaluated once and added
 * to the district and to each of its groups, so the cost grows with units × (fields + groups).
 */
import { isActive, isOnTime, periodInfo, type Period } from '../calendar.js';
import { deriveReportData } from './derive.js';
import { KPI_IDS, type KpiId, type RatioKpiId } from '../kpis.js';
import { addRatios, emptyFractions, ratioFractions, type Fraction } from './kpi-values.js';
import type { Plan, Unit } from '../plans/plan.js';
import { hasTag, TAG_CERTIFICATION, TAG_ONE_STOP_OFFICE } from '../plans/tags.js';
import type { ReportData } from '../report/schema.js';
import type { ReviewStatus, SubmittedReport } from './scorecard-model.js';

/** unitId → quarter id → the latest report (or what of it the reader needs). */
type ReportIndex<R = SubmittedReport> = Map<string, Map<string, R>>;

export interface UnitPeriod {
  unit: Unit;
  /** Null when the unit sent no report in the period. */
  data: ReportData | null;
  ratios: Record<RatioKpiId, Fraction> | null;
  /** Sent a report for every quarter of the period in which it was expected. */
  submitted: boolean;
  /** Every one of those first came by its deadline; null when not submitted. */
  onTime: boolean | null;
  /** Of the last report in the period. */
  reviewStatus: ReviewStatus | null;
}

/** Expected units and the Σ numerators and Σ denominators of every KPI over them: the district's, or one group's. */
export interface Rollup {
  /** In plan order. */
  units: UnitPeriod[];
  totals: Record<KpiId, Fraction>;
}

export interface PeriodEvaluation {
  period: Period;
  district: Rollup;
  byUnit: Map<string, UnitPeriod>;
  /** One roll-up per group of the plan (by group id), over the group's expected units. */
  groups: Map<string, Rollup>;
}

/** If a list holds two versions of one unit's quarter, the higher version wins. */
export function indexReports<R extends Pick<SubmittedReport, 'unitId' | 'period' | 'version'>>(reports: readonly R[]): ReportIndex<R> {
  const index: ReportIndex<R> = new Map();
  for (const r of reports) {
    let quarters = index.get(r.unitId);
    if (quarters === undefined) index.set(r.unitId, (quarters = new Map()));
    const seen = quarters.get(r.period);
    if (seen === undefined || seen.version < r.version) quarters.set(r.period, r);
  }
  return index;
}

export function evaluatePeriod(plan: Plan, periodId: string, index: ReportIndex): PeriodEvaluation {
  const period = periodInfo(periodId, plan.timezone);
  if (period === null) throw new RangeError(`Unknown period "${periodId}"`);
  const quarters = period.quarters.map((id) => periodInfo(id, plan.timezone)!);
  const district = emptyRollup();
  const groups = new Map<string, Rollup>((plan.groups ?? []).map((g) => [g.id, emptyRollup()]));
  const byUnit = new Map<string, UnitPeriod>();

  for (const unit of plan.units) {
    if (!isActive(unit, period)) continue;
    const evaluated = evaluateUnit(unit, quarters, index.get(unit.id));
    byUnit.set(unit.id, evaluated);
    addToRollup(district, evaluated);
    // parsePlan lets a unit name each plan group once and no other group.
    for (const groupId of unit.groups ?? []) {
      const group = groups.get(groupId);
      if (group !== undefined) addToRollup(group, evaluated);
    }
  }
  return { period, district, byUnit, groups };
}

function evaluateUnit(unit: Unit, quarters: readonly Period[], reports: Map<string, SubmittedReport> | undefined): UnitPeriod {
  const { found, ...submission } = unitSubmission(unit, quarters, reports);
  const data = found.length === 0 ? null : found.length === 1 ? found[0]!.data : deriveReportData(found.map((r) => r.data));
  return { unit, data, ratios: data === null ? null : ratioFractions(data), ...submission };
}

/**
 * A unit's reports of the period's quarters, and what needs no report data: did it report every
 * quarter in which it was expected, all on time, and the review status of the last one.
 */
export function unitSubmission<R extends Pick<SubmittedReport, 'firstSubmittedAt' | 'status'>>(
  unit: Unit,
  quarters: readonly Period[],
  reports: ReadonlyMap<string, R> | undefined,
): { found: R[]; submitted: boolean; onTime: boolean | null; reviewStatus: ReviewStatus | null } {
  // Reports from a quarter in which the unit was not active are ignored.
  const found: R[] = [];
  let submitted = true;
  let onTime = true;
  for (const quarter of quarters) {
    if (!isActive(unit, quarter)) continue;
    const report = reports?.get(quarter.id);
    if (report === undefined) {
      submitted = false;
      continue;
    }
    found.push(report);
    if (!isOnTime(report.firstSubmittedAt, quarter)) onTime = false;
  }
  return { found, submitted, onTime: submitted ? onTime : null, reviewStatus: found.length === 0 ? null : found[found.length - 1]!.status };
}

function emptyRollup(): Rollup {
  return { units: [], totals: emptyFractions(KPI_IDS) };
}

/** Ratio KPIs: Σ numerators ÷ Σ denominators. Unit-count KPIs: a unit without a report counts against. */
function addToRollup({ units, totals }: Rollup, u: UnitPeriod): void {
  units.push(u);
  if (u.ratios !== null) addRatios(totals, u.ratios);
  if (hasTag(u.unit, TAG_ONE_STOP_OFFICE)) count(totals.brand_identity, u.data?.office?.brandIdentity === true);
  if (hasTag(u.unit, TAG_CERTIFICATION)) count(totals.e_certification, (u.data?.digital.eCertifiedCopies ?? 0) > 0);
  count(totals.reporting_completeness, u.submitted);
  count(totals.reporting_on_time, u.onTime === true);
}

function count(f: Fraction, yes: boolean): void {
  f.denominator++;
  if (yes) f.numerator++;
}
