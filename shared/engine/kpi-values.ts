/**
 * The arithmetic of one KPI (DESIGN §6): the formulas of the ratio KPIs as numerator and
 * denominator of a unit's data, the plan's target, the status against it, and the unit score.
 */
import { DEFAULT_TARGETS, RATIO_KPI_IDS, type KpiId, type RatioKpiId } from '../kpis.js';
import type { Plan } from '../plans/plan.js';
import { dossierTotals } from '../report/dossier-totals.js';
import type { ReportData } from '../report/schema.js';
import { NEAR_MARGIN, type KpiResult, type KpiStatus } from './scorecard-model.js';

export interface Fraction {
  numerator: number;
  denominator: number;
}

export const EMPTY_FRACTION: Readonly<Fraction> = Object.freeze({ numerator: 0, denominator: 0 });

/** Comparisons with targets tolerate float noise, so that 0.35 vs 0.45 − 0.10 is `near`. */
const EPSILON = 1e-9;

/** Numerator and denominator of every ratio KPI, from one unit's data (the DESIGN §6 table). */
export function ratioFractions(data: ReportData): Record<RatioKpiId, Fraction> {
  const dossiers = dossierTotals(data.dossiers);
  const { procedures, digital, satisfaction, feedback } = data;
  const received = dossiers.received;
  const resolved = dossiers.resolved;
  return {
    one_stop_coverage: fraction(procedures.oneStop, procedures.total),
    on_time_resolution: fraction(dossiers.resolvedInTime, resolved),
    online_submission: fraction(dossiers.online, received),
    online_payment: fraction(digital.paidOnline, digital.feeDossiers),
    digitized_dossiers: fraction(digital.digitizedDossiers, received),
    digitized_results: fraction(digital.digitizedResults, resolved),
    electronic_results: fraction(digital.electronicResults, resolved),
    data_reuse: fraction(digital.reusedData, received),
    electronic_processing: fraction(digital.processedOnSystem, received),
    satisfaction: fraction(satisfaction.satisfied, satisfaction.ratings),
    satisfaction_lci: fraction(satisfaction.lciSatisfied, satisfaction.lciRatings),
    feedback_on_time: fraction(feedback.resolvedOnTime, feedback.resolved),
    e_certified_copies_share: fraction(digital.eCertifiedCopies, digital.certifiedCopies),
  };
}

function fraction(numerator: number, denominator: number): Fraction {
  return { numerator, denominator };
}

/** 0 ÷ 0 for each KPI named, ready to be added to. */
export function emptyFractions<K extends KpiId>(ids: readonly K[]): Record<K, Fraction> {
  const fractions = {} as Record<K, Fraction>;
  for (const id of ids) fractions[id] = { numerator: 0, denominator: 0 };
  return fractions;
}

/** Adds weight × numerator and weight × denominator of every ratio KPI (weight 1: a whole unit). */
export function addRatios(into: Record<RatioKpiId, Fraction>, ratios: Readonly<Record<RatioKpiId, Fraction>>, weight = 1): void {
  for (const id of RATIO_KPI_IDS) {
    into[id].numerator += weight * ratios[id].numerator;
    into[id].denominator += weight * ratios[id].denominator;
  }
}

/** A denominator of 0 means "nothing to measure", never 0%. */
export function fractionValue(f: Fraction): number | null {
  return f.denominator === 0 ? null : f.numerator / f.denominator;
}

/** The plan's target when the plan names the KPI (null there means "no target"), else the default. */
export function targetOf(plan: Pick<Plan, 'targets'>, id: KpiId): number | null {
  const targets = plan.targets;
  return targets !== undefined && Object.hasOwn(targets, id) ? (targets[id] ?? null) : DEFAULT_TARGETS[id];
}

export function kpiStatus(value: number | null, target: number | null): KpiStatus {
  if (value === null) return 'no-data';
  if (target === null) return 'info';
  if (value >= target - EPSILON) return 'met';
  if (value >= target - NEAR_MARGIN - EPSILON) return 'near';
  return 'below';
}

export function kpiResult(id: KpiId, f: Fraction, target: number | null, previous: number | null): KpiResult {
  const value = fractionValue(f);
  return { id, value, target, status: kpiStatus(value, target), numerator: f.numerator, denominator: f.denominator, previous };
}

/**
 * 0–100: the mean of min(1, value ÷ target) × 100 over the KPIs with a target and data; a target
 * of 0 is met by any value. Null when no KPI qualifies, so such a unit is not ranked.
 */
export function unitScore(kpis: readonly KpiResult[]): number | null {
  let sum = 0;
  let counted = 0;
  for (const k of kpis) {
    if (k.value === null || k.target === null) continue;
    sum += k.target === 0 ? 1 : Math.min(1, k.value / k.target);
    counted++;
  }
  return counted === 0 ? null : (sum / counted) * 100;
}
