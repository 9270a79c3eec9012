/**
 * Chart.js configurations of a scorecard (DESIGN §6). Plain JSON only (no functions, no
 * undefined), so a config survives DynamoDB, HTTP and Apps Script, and the page, the sidebar and
 * the Sheets writer all draw the same chart. Colours come from chart-style.ts, words from labels.ts.
 *
 * Many units: a chart of 10,000 bars says nothing, so `unit-ranking` shows the top and bottom
 * MAX_UNIT_BARS / 2 and `kpi:<id>` the MAX_UNIT_BARS lowest values (where attention is needed),
 * and their titles say so. The scorecard's `units` always lists every unit.
 */
import { SERIES_COLORS, STATUS_COLORS, TARGET_COLOR, scoreStatus, statusColor, toPercent } from './chart-style.js';
import { KPI_LABELS, RATIO_KPI_IDS, type KpiId, type RatioKpiId } from './kpis.js';
import { CHART_WORDS, periodLabel, type ChartWords } from './labels.js';
import type { Lang } from './messages.js';
import type { ChartConfig, ChartDataset, ChartSpec, KpiResult, Scorecard } from './scorecard-model.js';

export const MAX_UNIT_BARS = 40;

/** The KPIs leadership follows over the year; one line each in the `trend` chart. */
export const TREND_KPIS: readonly KpiId[] = ['on_time_resolution', 'online_payment', 'digitized_dossiers', 'satisfaction', 'reporting_on_time'];

export type ChartSource = Pick<Scorecard, 'period' | 'district' | 'units' | 'completeness' | 'trend'>;

interface Context {
  card: ChartSource;
  lang: Lang;
  words: ChartWords;
  period: string;
}

export function buildCharts(card: ChartSource, lang: Lang): ChartSpec[] {
  const ctx: Context = { card, lang, words: CHART_WORDS[lang], period: periodLabel(card.period, lang) };
  return [districtKpisChart(ctx), unitRankingChart(ctx), completenessChart(ctx), trendChart(ctx), ...RATIO_KPI_IDS.map((id) => kpiChart(ctx, id))];
}

function districtKpisChart({ card, lang, words, period }: Context): ChartSpec {
  const kpis = card.district.kpis;
  return spec('district-kpis', `${words.districtKpis} — ${period}`, 'bar', kpis.map((k) => KPI_LABELS[k.id][lang]), [
    statusBars(words.value, kpis),
    {
      // Short marks at each KPI's target, across its bar (horizontal chart: the mark is turned upright).
      type: 'line',
      label: words.target,
      data: kpis.map((k) => toPercent(k.target)),
      showLine: false,
      pointStyle: 'line',
      pointRadius: 10,
      pointRotation: 90,
      pointBorderWidth: 3,
      borderColor: TARGET_COLOR,
      backgroundColor: TARGET_COLOR,
    },
  ], { indexAxis: 'y', scales: { x: percentScale(words.value) } });
}

function unitRankingChart({ card, words, period }: Context): ChartSpec {
  const ranked = card.units.filter((u) => u.score !== null);
  const half = MAX_UNIT_BARS / 2;
  const shown = ranked.length > MAX_UNIT_BARS ? [...ranked.slice(0, half), ...ranked.slice(-half)] : ranked;
  const note = shown.length < ranked.length ? ` (${words.topAndBottom(half, ranked.length)})` : '';
  const statuses = shown.map((u) => scoreStatus(u.score));
  return spec('unit-ranking', `${words.unitRanking} — ${period}${note}`, 'bar', shown.map((u) => `${u.rank}. ${u.name}`), [
    { type: 'bar', label: words.score, data: shown.map((u) => Math.round(u.score! * 10) / 10), backgroundColor: statuses.map(statusColor) },
  ], { indexAxis: 'y', scales: { x: percentScale(words.score) }, plugins: { legend: { display: false } } });
}

function completenessChart({ card, words, period }: Context): ChartSpec {
  const c = card.completeness;
  const title = `${words.completeness} — ${period}: ${words.unitsReported(c.submitted, c.expected)}`;
  return spec('completeness', title, 'doughnut', [words.onTime, words.late, words.missing], [
    {
      label: words.completeness,
      data: [c.onTime, c.late, c.missing.length],
      backgroundColor: [STATUS_COLORS.met, STATUS_COLORS.near, STATUS_COLORS.below],
    },
  ], {});
}

function trendChart({ card, lang, words }: Context): ChartSpec {
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
  return spec('trend', words.trend, 'line', card.trend.map((p) => periodLabel(p.period, lang)), datasets, {
    scales: { y: percentScale(words.value) },
  });
}

function kpiChart({ card, lang, words, period }: Context, id: RatioKpiId): ChartSpec {
  const rows = card.units.map((u) => ({ name: u.name, kpi: u.kpis.find((k) => k.id === id)! }));
  let shown = rows;
  let note = '';
  if (rows.length > MAX_UNIT_BARS) {
    const withData = rows.filter((r) => r.kpi.value !== null);
    shown = withData.sort((a, b) => a.kpi.value! - b.kpi.value!).slice(0, MAX_UNIT_BARS);
    note = ` (${words.lowest(shown.length, withData.length)})`;
  }
  const target = card.district.kpis.find((k) => k.id === id)?.target ?? null;
  const datasets: ChartDataset[] = [statusBars(words.value, shown.map((r) => r.kpi))];
  if (target !== null) {
    datasets.push({
      type: 'line',
      label: words.target,
      data: shown.map(() => toPercent(target)),
      borderColor: TARGET_COLOR,
      backgroundColor: TARGET_COLOR,
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0,
      fill: false,
    });
  }
  return spec(`kpi:${id}`, `${KPI_LABELS[id][lang]} — ${period}${note}`, 'bar', shown.map((r) => r.name), datasets, {
    scales: { y: percentScale(words.value) },
  });
}

function statusBars(label: string, kpis: readonly KpiResult[]): ChartDataset {
  return {
    type: 'bar',
    label,
    data: kpis.map((k) => toPercent(k.value)),
    backgroundColor: kpis.map((k) => statusColor(k.status)),
  };
}

function percentScale(title: string): Record<string, unknown> {
  return { min: 0, max: 100, title: { display: true, text: title } };
}

function spec(
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
