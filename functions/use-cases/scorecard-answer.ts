/**
 * How a scorecard is answered: its figures with ratio values, previous values, scores and trend
 * values rounded to ANSWER_DECIMALS, and charts in the reader's language. A province's scorecard
 * holds ~60,000 KPI results; written with 17 digits each they are most of its weight (1.09 MB
 * gzipped for a year of 3,321 units; 0.70 MB rounded, docs/performance.md). Six decimals are a
 * ten-thousandth of a percentage point, far below what any view shows, and every result keeps its
 * exact numerator and denominator. The engine and the store keep the exact values.
 */
import { withCharts } from '../../shared/charts/charts.js';
import type { Index766, KpiResult, Scorecard, ScorecardFigures, TrendPoint } from '../../shared/engine/scorecard-model.js';
import type { Lang } from '../../shared/words/messages.js';

export const ANSWER_DECIMALS = 6;
const SCALE = 10 ** ANSWER_DECIMALS;

export function scorecardAnswer(figures: ScorecardFigures, lang: Lang): Scorecard {
  return withCharts(roundFigures(figures), lang);
}

function roundFigures(figures: ScorecardFigures): ScorecardFigures {
  return {
    ...figures,
    district: { kpis: figures.district.kpis.map(roundKpi), index766: roundIndex766(figures.district.index766) },
    units: figures.units.map((u) => ({ ...u, score: round(u.score), kpis: u.kpis.map(roundKpi), index766: roundIndex766(u.index766) })),
    groups: figures.groups.map((g) => ({
      ...g,
      score: round(g.score),
      kpis: g.kpis.map(roundKpi),
      trend: g.trend.map(roundTrendPoint),
      index766: roundIndex766(g.index766),
    })),
    trend: figures.trend.map(roundTrendPoint),
  };
}

const roundKpi = (k: KpiResult): KpiResult => ({ ...k, value: round(k.value), previous: round(k.previous) });

function roundIndex766(index: Index766): Index766 {
  return {
    ...index,
    points: round(index.points)!,
    indicators: index.indicators.map((i) => ({ ...i, rate: round(i.rate), points: round(i.points) })),
    gains: index.gains.map((g) => ({ ...g, points: round(g.points)! })),
  };
}

function roundTrendPoint(point: TrendPoint): TrendPoint {
  const kpis: TrendPoint['kpis'] = {};
  for (const [id, value] of Object.entries(point.kpis) as [keyof TrendPoint['kpis'], number | null][]) kpis[id] = round(value);
  return { ...point, kpis };
}

function round(value: number | null): number | null {
  return value === null ? null : Math.round(value * SCALE) / SCALE;
}
