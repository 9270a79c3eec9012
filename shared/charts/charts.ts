/**
 * Chart.js configurations of a scorecard (DESIGN §6): `district-kpis`, `unit-ranking`,
 * `completeness`, `trend`, `group-ranking` (plans with groups), `index766` (the 766 estimate) and
 * `kpi:<id>` per ratio KPI. Plain JSON only (no functions, no undefined), so a config survives
 * DynamoDB, HTTP and Apps Script, and the page, the sidebar and the Sheets writer all draw the same chart. Colours come from chart-style.ts, words from labels.ts.
 */
import { barMarks, chartSpec, percentScale, statusBars, type ChartContext, type ChartSource } from './chart-parts.js';
import { SERIES_COLORS, STATUS_COLORS } from './chart-style.js';
import { toPercent } from '../words/format.js';
import { KPI_LABELS, type KpiId } from '../kpis.js';
import { CHART_WORDS, periodLabel } from './labels.js';
import type { Lang } from '../words/messages.js';
import type { ChartDataset, ChartSpec, Scorecard, ScorecardFigures } from '../engine/scorecard-model.js';
import { groupRankingChart, kpiCharts, unitRankingChart } from './unit-charts.js';
import { index766Chart } from './index766-chart.js';

export type { ChartSource } from './chart-parts.js';

/** The KPIs leadership follows over the year; one line each in the `trend` chart. */
export const TREND_KPIS: readonly KpiId[] = ['on_time_resolution', 'online_payment', 'digitized_dossiers', 'satisfaction', 'reporting_on_time'];

/** The scorecard as the API answers it: the engine's figures, with charts in the reader's language. */
export function withCharts(figures: ScorecardFigures, lang: Lang): Scorecard {
  return { ...figures, charts: buildCharts(figures, lang) };
}

export function buildCharts(card: ChartSource, lang: Lang): ChartSpec[] {
  const ctx: ChartContext = { card, lang, words: CHART_WORDS[lang], period: periodLabel(card.period, lang) };
  // `group-ranking` only for a plan with groups, after the four charts the add-in's sheet draws; then the 766 estimate.
  const groupRanking = groupRankingChart(ctx);
  return [
    districtKpisChart(ctx), unitRankingChart(ctx), completenessChart(ctx), trendChart(ctx), ...(groupRanking ? [groupRanking] : []), index766Chart(ctx), ...kpiCharts(ctx),
  ];
}

function districtKpisChart({ card, lang, words, period }: ChartContext): ChartSpec {
  const kpis = card.district.kpis;
  return chartSpec('district-kpis', `${words.districtKpis} — ${period}`, 'bar', kpis.map((k) => KPI_LABELS[k.id][lang]), [
    statusBars(words.value, kpis),
    barMarks(words.target, kpis.map((k) => toPercent(k.target))),
  ], { indexAxis: 'y', scales: { x: percentScale(words.value) } });
}

function completenessChart({ card, words, period }: ChartContext): ChartSpec {
  const c = card.completeness;
  const title = `${words.completeness} — ${period}: ${words.unitsReported(c.submitted, c.expected)}`;
  return chartSpec('completeness', title, 'doughnut', [words.onTime, words.late, words.missing], [
    {
      label: words.completeness,
      data: [c.onTime, c.late, c.missing.length],
      backgroundColor: [STATUS_COLORS.met, STATUS_COLORS.near, STATUS_COLORS.below],
    },
  ], {});
}

function trendChart({ card, lang, words }: ChartContext): ChartSpec {
  const datasets: ChartDataset[] = TREND_KPIS.map((id, i) => {
    const color = SERIES_COLORS[i % SERIES_COLORS.length]!;
    return {
      type: 'line',
      label: KPI_LABELS[id][lang],
      data: card.trend.map((point) => toPercent(point.kpis[id] ?? null)),
      borderColor: color,
      backgroundColor: color,
      fill: false,
      tension: 0,
    };
  });
  return chartSpec('trend', words.trend, 'line', card.trend.map((p) => periodLabel(p.period, lang)), datasets, {
    scales: { y: percentScale(words.value) },
  });
}
