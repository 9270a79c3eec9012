/**
 * Building blocks of the scorecard's Chart.js configurations, shared by charts.ts and
 * unit-charts.ts. Everything here returns plain JSON (no functions, no undefined).
 */
import { statusColor, TARGET_COLOR } from './chart-style.js';
import { toPercent } from '../words/format.js';
import type { ChartWords } from './labels.js';
import type { Lang } from '../words/messages.js';
import type { ChartConfig, ChartDataset, ChartSpec, KpiResult, Scorecard } from '../engine/scorecard-model.js';

/** `groups` may be left out: a source without them has no `group-ranking` chart. */
export type ChartSource = Pick<Scorecard, 'period' | 'district' | 'units' | 'completeness' | 'trend'> & Partial<Pick<Scorecard, 'groups'>>;

export interface ChartContext {
  card: ChartSource;
  lang: Lang;
  words: ChartWords;
  /** The period as people say it, e.g. "Quý 2/2024". */
  period: string;
}

/** Bars of KPI values in %, each coloured by its status. */
export function statusBars(label: string, kpis: readonly KpiResult[]): ChartDataset {
  return {
    type: 'bar',
    label,
    data: kpis.map((k) => toPercent(k.value)),
    backgroundColor: kpis.map((k) => statusColor(k.status)),
  };
}

/** Short marks across each bar of a horizontal chart (a target, a maximum), drawn over the bars. */
export function barMarks(label: string, data: (number | null)[]): ChartDataset {
  return {
    type: 'line',
    label,
    data,
    // Chart.js draws lower `order` on top: the mark must stay visible over a longer bar.
    order: -1,
    showLine: false,
    pointStyle: 'line',
    pointRadius: 10,
    pointRotation: 90, // horizontal chart: the mark is turned upright
    pointBorderWidth: 3,
    borderColor: TARGET_COLOR,
    backgroundColor: TARGET_COLOR,
  };
}

export function percentScale(title: string): Record<string, unknown> {
  return { min: 0, max: 100, title: { display: true, text: title } };
}

/** A chart spec whose config repeats the title, so a config drawn on its own is still labelled. */
export function chartSpec(
  id: string,
  title: string,
  type: ChartConfig['type'],
  labels: string[],
  datasets: ChartDataset[],
  options: { plugins?: Record<string, unknown>; [key: string]: unknown },
): ChartSpec {
  const { plugins, ...rest } = options;
  return {
    id,
    title,
    config: { type, data: { labels, datasets }, options: { responsive: true, ...rest, plugins: { title: { display: true, text: title }, ...plugins } } },
  };
}
