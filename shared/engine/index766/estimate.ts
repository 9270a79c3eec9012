/**
 * A unit's or a roll-up's estimate of the 766 index (INDEX-766.md). Each estimated indicator's
 * rate is its numerator ÷ denominator (a roll-up's: Σ numerators ÷ Σ denominators of its units,
 * never a mean of units), capped to 0–1; its points follow its rule (indicators.ts). A zero
 * denominator is "no data": rate and points null and the ceiling left out of the total's max, not
 * 0 points. Portal indicators are listed with their ceiling and count in neither total.
 * One pass per estimate and no intermediate objects: the engine runs it for every unit.
 */
import { fractionValue, kpiStatus, type Fraction } from '../kpi-values.js';
import type { Index766, Index766Indicator } from '../scorecard-model.js';
import { dossierTotals } from '../../report/dossier-totals.js';
import type { ReportData } from '../../report/schema.js';
import { byLargestGain, gainOf, type CountedGain } from './gains.js';
import { ESTIMATED_INDICATORS, INDEX_766_INDICATORS, type EstimatedIndicator } from './indicators.js';

/** Numerator and denominator of each estimated indicator, in ESTIMATED_INDICATORS order: what a roll-up adds up. */
export type Index766Counts = readonly Fraction[];

/** For each indicator of the table, its place in Index766Counts, or -1 for a portal one. */
const COUNT_OF = INDEX_766_INDICATORS.map((rule) => ESTIMATED_INDICATORS.findIndex((e) => e.id === rule.id));
/** A portal indicator reads the same for every unit: one frozen line each, shared. */
const PORTAL_LINES = INDEX_766_INDICATORS.map((rule): Index766Indicator => Object.freeze({ id: rule.id, rate: null, points: null, max: rule.max, basis: 'portal' }));

/** A unit without a report (null) has no data for any indicator. */
export function index766Counts(data: ReportData | null): Index766Counts {
  if (data === null) return ESTIMATED_INDICATORS.map(() => ({ numerator: 0, denominator: 0 }));
  const dossiers = dossierTotals(data.dossiers);
  return ESTIMATED_INDICATORS.map((rule) => rule.fraction(data, dossiers));
}

/** A unit's estimate, with the points it could gain. */
export function unitIndex766(counts: Index766Counts): Index766 {
  return estimate(counts, true);
}

/** A roll-up's (the district's, a group's) estimate from its units' summed counts; no gains. */
export function rollupIndex766(units: readonly Index766Counts[]): Index766 {
  const sum = ESTIMATED_INDICATORS.map((_, i) => {
    const f = { numerator: 0, denominator: 0 };
    for (const counts of units) {
      f.numerator += counts[i]!.numerator;
      f.denominator += counts[i]!.denominator;
    }
    return f;
  });
  return estimate(sum, false);
}

/** Full points at rate ≥ threshold (float noise tolerated), otherwise rate × max ÷ threshold. */
export function indicatorPoints(rule: EstimatedIndicator, rate: number): number {
  return kpiStatus(rate, rule.threshold) === 'met' ? rule.max : (rate * rule.max) / rule.threshold;
}

function estimate(counts: Index766Counts, withGains: boolean): Index766 {
  let points = 0;
  let max = 0;
  const gains: CountedGain[] = [];
  const indicators = INDEX_766_INDICATORS.map((rule, i): Index766Indicator => {
    if (rule.basis === 'portal') return PORTAL_LINES[i]!;
    const fraction = counts[COUNT_OF[i]!]!;
    const value = fractionValue(fraction);
    if (value === null) return { id: rule.id, rate: null, points: null, max: rule.max, basis: 'form-06' };
    const rate = Math.min(1, Math.max(0, value));
    const earned = indicatorPoints(rule, rate);
    points += earned;
    max += rule.max;
    if (withGains && earned < rule.max) gains.push(gainOf(rule, fraction, earned));
    return { id: rule.id, rate, points: earned, max: rule.max, basis: 'form-06' };
  });
  return { points, max, indicators, gains: gains.sort(byLargestGain) };
}
