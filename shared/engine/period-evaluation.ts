/**
 * What the engine knows about one period before it turns numbers into KPI results: each expected
 * unit's data (its quarter's report, or derived from its quarters), its timeliness, and the
 * district's numerator and denominator of every KPI. One pass over the expected units, with the
 * reports looked up in a Map, so the cost grows with units × fields and nothing else.
 */
import { isActive, isOnTime, periodInfo, type Period } from '../calendar.js';
import { deriveReportData } from './derive.js';
import { KPI_IDS, RATIO_KPI_IDS, type KpiId, type RatioKpiId } from '../kpis.js';
import { ratioFractions, type Fraction } from './kpi-values.js';
import type { Plan, Unit } from '../plans/plan.js';
import { hasTag, TAG_CERTIFICATION, TAG_ONE_STOP_OFFICE } from '../plans/tags.js';
import type { ReportData } from '../report/schema.js';
import type { ReviewStatus, SubmittedReport } from './scorecard-model.js';

/** unitId → quarter id → the latest report. */
type ReportIndex = Map<string, Map<string, SubmittedReport>>;

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

export interface PeriodEvaluation {
  period: Period;
  /** The units expected in the period, in plan order. */
  units: UnitPeriod[];
  byUnit: Map<string, UnitPeriod>;
  district: Record<KpiId, Fraction>;
}

/** If a list holds two versions of one unit's quarter, the higher version wins. */
export function indexReports(reports: readonly SubmittedReport[]): ReportIndex {
  const index: ReportIndex = new Map();
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
  const district = emptyDistrict();
  const units: UnitPeriod[] = [];
  const byUnit = new Map<string, UnitPeriod>();

  for (const unit of plan.units) {
    if (!isActive(unit, period)) continue;
    const evaluated = evaluateUnit(unit, quarters, index.get(unit.id));
    units.push(evaluated);
    byUnit.set(unit.id, evaluated);
    addToDistrict(district, evaluated);
  }
  return { period, units, byUnit, district };
}

function evaluateUnit(unit: Unit, quarters: readonly Period[], reports: Map<string, SubmittedReport> | undefined): UnitPeriod {
  // Reports from a quarter in which the unit was not active are ignored.
  const found: SubmittedReport[] = [];
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
  const data = found.length === 0 ? null : found.length === 1 ? found[0]!.data : deriveReportData(found.map((r) => r.data));
  return {
    unit,
    data,
    ratios: data === null ? null : ratioFractions(data),
    submitted,
    onTime: submitted ? onTime : null,
    reviewStatus: found.length === 0 ? null : found[found.length - 1]!.status,
  };
}

function emptyDistrict(): Record<KpiId, Fraction> {
  const district = {} as Record<KpiId, Fraction>;
  for (const id of KPI_IDS) district[id] = { numerator: 0, denominator: 0 };
  return district;
}

/** Ratio KPIs: Σ numerators ÷ Σ denominators. Unit-count KPIs: a unit without a report counts against. */
function addToDistrict(district: Record<KpiId, Fraction>, u: UnitPeriod): void {
  if (u.ratios !== null) {
    for (const id of RATIO_KPI_IDS) {
      district[id].numerator += u.ratios[id].numerator;
      district[id].denominator += u.ratios[id].denominator;
    }
  }
  if (hasTag(u.unit, TAG_ONE_STOP_OFFICE)) count(district.brand_identity, u.data?.office?.brandIdentity === true);
  if (hasTag(u.unit, TAG_CERTIFICATION)) count(district.e_certification, (u.data?.digital.eCertifiedCopies ?? 0) > 0);
  count(district.reporting_completeness, u.submitted);
  count(district.reporting_on_time, u.onTime === true);
}

function count(f: Fraction, yes: boolean): void {
  f.denominator++;
  if (yes) f.numerator++;
}
