/**
 * The charts that compare units or groups: `unit-ranking`, `group-ranking` and `kpi:<id>`.
 * Many units: a chart of 10,000 bars says nothing, so `unit-ranking` shows the top and bottom
 * MAX_UNIT_BARS / 2 and `kpi:<id>` the MAX_UNIT_BARS lowest values (where attention is needed),
 * and their titles say so. The scorecard's `units` always lists every unit.
 */
import { chartSpec, percentScale, statusBars, type ChartContext } from './chart-parts.js';
import { TARGET_COLOR, scoreStatus, statusColor } from './chart-style.js';
import { toPercent } from '../words/format.js';
import { KPI_LABELS, RATIO_KPI_IDS, type RatioKpiId } from '../kpis.js';
import type { ChartDataset, ChartSpec, KpiResult } from '../engine/scorecard-model.js';

const MAX_UNIT_BARS = 40;

export function unitRankingChart(ctx: ChartContext): ChartSpec {
  return rankingChart(ctx, 'unit-ranking', ctx.words.unitRanking, ctx.card.units, ctx.words.topAndBottom);
}

/** The plan's groups by score (DESIGN §10); null for a plan without groups. */
export function groupRankingChart(ctx: ChartContext): ChartSpec | null {
  const groups = ctx.card.groups ?? [];
  return groups.length === 0 ? null : rankingChart(ctx, 'group-ranking', ctx.words.groupRanking, groups, ctx.words.topAndBottomGroups);
}

interface Ranked {
  name: string;
  score: number | null;
  rank: number | null;
}

/**
 * A ranked list as a chart shows it: all of it, or the top and bottom MAX_UNIT_BARS / 2 with the
 * title's note that says so (" (20 đơn vị cao nhất và 20 thấp nhất trong 50)").
 */
export function topAndBottomOf<T>(ranked: readonly T[], topAndBottom: (each: number, total: number) => string): { shown: readonly T[]; note: string } {
  const half = MAX_UNIT_BARS / 2;
  if (ranked.length <= MAX_UNIT_BARS) return { shown: ranked, note: '' };
  return { shown: [...ranked.slice(0, half), ...ranked.slice(-half)], note: ` (${topAndBottom(half, ranked.length)})` };
}

/** Scores in rank order (the list is already ranked), the top and bottom MAX_UNIT_BARS / 2 when there are more. */
function rankingChart({ words, period }: ChartContext, id: string, title: string, items: readonly Ranked[], topAndBottom: (each: number, total: number) => string): ChartSpec {
  const { shown, note } = topAndBottomOf(items.filter((u) => u.score !== null), topAndBottom);
  const statuses = shown.map((u) => scoreStatus(u.score));
  return chartSpec(id, `${title} — ${period}${note}`, 'bar', shown.map((u) => `${u.rank}. ${u.name}`), [
    { type: 'bar', label: words.score, data: shown.map((u) => Math.round(u.score! * 10) / 10), backgroundColor: statuses.map(statusColor) },
  ], { indexAxis: 'y', scales: { x: { ...percentScale(words.score), min: rankingAxisStart(shown.map((u) => u.score!)) } }, plugins: { legend: { display: false } } });
}

/**
 * Scores of one district usually sit close together (87 and 98 look alike on a 0–100 axis), so
 * the ranking's axis starts at the lowest shown score less 5, rounded down to a multiple of 10.
 */
export function rankingAxisStart(scores: readonly number[]): number {
  if (scores.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...scores) - 5) / 10) * 10);
}

interface Bar {
  name: string;
  kpi: KpiResult;
}

/**
 * One chart per ratio KPI. One pass over the units collects the bars of every chart (no search
 * per unit and KPI); with many units each KPI keeps only its lowest values while passing.
 */
export function kpiCharts(ctx: ChartContext): ChartSpec[] {
  const many = ctx.card.units.length > MAX_UNIT_BARS;
  const bars = new Map<string, Bar[]>(RATIO_KPI_IDS.map((id) => [id, []]));
  const withData = new Map<string, number>(RATIO_KPI_IDS.map((id) => [id, 0]));
  for (const u of ctx.card.units) {
    for (const kpi of u.kpis) {
      const list = bars.get(kpi.id);
      if (list === undefined) continue;
      if (!many) list.push({ name: u.name, kpi });
      else if (kpi.value !== null) {
        withData.set(kpi.id, withData.get(kpi.id)! + 1);
        keepLowest(list, { name: u.name, kpi });
      }
    }
  }
  return RATIO_KPI_IDS.map((id) => {
    const shown = bars.get(id)!;
    return kpiChart(ctx, id, shown, many ? ` (${ctx.words.lowest(shown.length, withData.get(id)!)})` : '');
  });
}

/** Keeps `list` the MAX_UNIT_BARS lowest values so far, ascending; equal values stay in rank order. */
function keepLowest(list: Bar[], bar: Bar): void {
  const value = bar.kpi.value!;
  if (list.length === MAX_UNIT_BARS && value >= list[MAX_UNIT_BARS - 1]!.kpi.value!) return;
  let at = list.length;
  while (at > 0 && list[at - 1]!.kpi.value! > value) at--;
  list.splice(at, 0, bar);
  if (list.length > MAX_UNIT_BARS) list.pop();
}

function kpiChart({ card, lang, words, period }: ChartContext, id: RatioKpiId, shown: readonly Bar[], note: string): ChartSpec {
  const target = card.district.kpis.find((k) => k.id === id)?.target ?? null;
  const datasets: ChartDataset[] = [statusBars(words.value, shown.map((r) => r.kpi))];
  if (target !== null) {
    datasets.push({
      type: 'line',
      label: words.target,
      data: shown.map(() => toPercent(target)),
      order: -1, // drawn over the bars, or a target below a value would be hidden
      borderColor: TARGET_COLOR,
      backgroundColor: TARGET_COLOR,
      borderDash: [6, 4],
      borderWidth: 2,
      pointRadius: 0,
      fill: false,
    });
  }
  // Horizontal like the ranking: one row per unit, so every name is written out in a narrow box.
  return chartSpec(`kpi:${id}`, `${KPI_LABELS[id][lang]} — ${period}${note}`, 'bar', shown.map((r) => r.name), datasets, {
    indexAxis: 'y',
    scales: { x: percentScale(words.value) },
  });
}
