/**
 * `index766`: each unit's estimated 766 points against the most its reported figures let us
 * estimate (INDEX-766.md), ranked by points. Always titled an estimate. Units with nothing to
 * estimate (no report, every denominator 0) are left out rather than drawn as 0.
 */
import { barMarks, chartSpec, type ChartContext } from './chart-parts.js';
import { scoreStatus, statusColor } from './chart-style.js';
import type { ChartSpec } from '../engine/scorecard-model.js';
import { ESTIMATED_MAX } from '../engine/index766/indicators.js';
import { topAndBottomOf } from './unit-charts.js';

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function index766Chart({ card, words, period }: ChartContext): ChartSpec {
  // A stable sort: equal points keep the scorecard's rank order.
  const ranked = card.units.filter((u) => u.index766.max > 0).sort((a, b) => b.index766.points - a.index766.points);
  const { shown, note } = topAndBottomOf(ranked.map((u, i) => ({ label: `${i + 1}. ${u.name}`, ...u.index766 })), words.topAndBottom);
  // Coloured like a score: the share of the estimable points the unit reaches.
  const colors = shown.map((u) => statusColor(scoreStatus((u.points / u.max) * 100)));
  return chartSpec('index766', `${words.index766} — ${period}${note}`, 'bar', shown.map((u) => u.label), [
    { type: 'bar', label: words.index766Points, data: shown.map((u) => oneDecimal(u.points)), backgroundColor: colors },
    barMarks(words.index766Max, shown.map((u) => u.max)),
  ], { indexAxis: 'y', scales: { x: { min: 0, max: ESTIMATED_MAX, title: { display: true, text: words.index766Points } } } });
}
