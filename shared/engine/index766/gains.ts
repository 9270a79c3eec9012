/**
 * Points to gain (issue 15): for an estimated indicator below its full-points threshold, the
 * points that reaching it adds and the fewest more numerator items (dossiers paid online, dossiers
 * on time, …) that reach it with the same denominator. What a commune chairman acts on:
 * "3 more dossiers paid online → +0.8 points".
 */
import type { Fraction } from '../kpi-values.js';
import type { Index766Gain } from '../scorecard-model.js';
import type { EstimatedIndicator } from './indicators.js';

export type CountedGain = Index766Gain & { dossiers: number };

/** threshold × denominator is an integer more often than floats say (0.9 × 70 may read 63.000…01). */
const EPSILON = 1e-9;

/** `points`: the indicator's points now, below `rule.max`. */
export function gainOf(rule: EstimatedIndicator, fraction: Fraction, points: number): CountedGain {
  const dossiers = Math.max(1, Math.ceil(rule.threshold * fraction.denominator - fraction.numerator - EPSILON));
  return { indicatorId: rule.id, points: rule.max - points, dossiers };
}

/** Largest gain first; equal gains (within float noise) by fewer dossiers; a stable sort keeps reference order after that. */
export function byLargestGain(a: CountedGain, b: CountedGain): number {
  const diff = b.points - a.points;
  return Math.abs(diff) > EPSILON ? diff : a.dossiers - b.dossiers;
}
