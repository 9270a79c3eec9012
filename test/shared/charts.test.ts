import { describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '../../shared/charts/chart-style.js';
import { buildCharts, withCharts, type ChartSource } from '../../shared/charts/charts.js';
import { rankingAxisStart } from '../../shared/charts/unit-charts.js';
import { RATIO_KPI_IDS } from '../../shared/kpis.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { ChartSpec, KpiStatus, UnitScorecard } from '../../shared/engine/scorecard-model.js';
import { index766Counts, rollupIndex766, unitIndex766 } from '../../shared/engine/index766/estimate.js';
import { COMPUTED_AT, plan, reports } from './district-fixture.js';

const figures = computeScorecard({ plan, period: '2024-Q2', reports, computedAt: COMPUTED_AT });
const vi = withCharts(figures, 'vi');
const en = withCharts(figures, 'en');

function chart(charts: readonly ChartSpec[], id: string): ChartSpec {
  const found = charts.find((c) => c.id === id);
  if (!found) throw new Error(`no chart ${id}`);
  return found;
}
const { met, near, below, info } = STATUS_COLORS;
const noData = STATUS_COLORS['no-data'];

describe('scorecard charts', () => {
  it('has the four summary charts and one per ratio KPI', () => {
    expect(vi.charts.map((c) => c.id)).toEqual([
      'district-kpis', 'unit-ranking', 'completeness', 'trend', 'index766',
      ...RATIO_KPI_IDS.map((id) => `kpi:${id}`),
    ]);
  });

  it('uses one palette whose statuses are told apart', () => {
    expect(new Set(Object.values(STATUS_COLORS)).size).toBe(5);
    expect(STATUS_COLORS).toMatchObject({ met: '#2e7d32', near: '#f9a825', below: '#c62828' });
  });

  it('writes every config as plain JSON (no functions, no undefined)', () => {
    for (const c of [...vi.charts, ...en.charts]) expect(JSON.parse(JSON.stringify(c))).toStrictEqual(c);
  });

  it('speaks Vietnamese by default and English when asked', () => {
    const district = chart(vi.charts, 'district-kpis');
    expect(district.title).toBe('Kết quả các chỉ tiêu so với mục tiêu — Quý 2/2024');
    expect(district.config.data.labels[0]).toBe('TTHC qua Một cửa');
    expect(chart(en.charts, 'district-kpis').title).toBe('KPIs against targets — Q2 2024');
    expect(chart(en.charts, 'district-kpis').config.data.labels[0]).toBe('Procedures via one-stop');
    expect(chart(vi.charts, 'completeness').config.data.labels).toEqual(['Đúng hạn', 'Trễ hạn', 'Chưa báo cáo']);
    expect(chart(en.charts, 'completeness').config.data.labels).toEqual(['On time', 'Late', 'Not reported']);
    expect(chart(en.charts, 'kpi:online_payment').title).toBe('Paid online — Q2 2024');
  });

  it('district-kpis: district values in % to 0.1, coloured by status, with target markers', () => {
    const [values, targets] = chart(vi.charts, 'district-kpis').config.data.datasets;
    // 222/230, 270/285, 70/300, 114/300, 289/300, 276/285, 235/285, 170/300, 300/300, 85/100, 25/30, 5/6, 60/230,
    // then brand 1/3, e-certification 2/3, completeness 3/4, on time 2/4 (see scorecard.test.ts).
    expect(values!.data).toEqual([96.5, 94.7, 23.3, 38, 96.3, 96.8, 82.5, 56.7, 100, 85, 83.3, 83.3, 26.1, 33.3, 66.7, 75, 50]);
    expect(values!.backgroundColor).toEqual([
      near, near, below, near, near, near, below, info, met, near, near, below, info, below, below, below, below,
    ]);
    // Targets: plan sets online_submission 0.6 and data_reuse none; e-certified share has no default.
    expect(targets).toMatchObject({ type: 'line', showLine: false });
    expect(targets!.data).toEqual([100, 100, 60, 45, 100, 100, 100, null, 100, 90, 85, 100, null, 100, 100, 100, 100]);
  });

  it('kpi:<id>: units in rank order coloured by status, a no-data unit as a gap, the target as a line', () => {
    const payment = chart(vi.charts, 'kpi:online_payment').config;
    expect(payment.data.labels).toEqual(['Xã An Thanh', 'Phòng Tư pháp', 'Xã Bình Lãng', 'Xã Đại Sơn']);
    const [bars, target] = payment.data.datasets;
    expect(bars!.data).toEqual([45, 34, 35, null]); // 45/100, 34/100, 35/100; d did not report
    expect(bars!.backgroundColor).toEqual([met, below, near, noData]);
    expect(target).toMatchObject({ type: 'line', data: [45, 45, 45, 45] });
    // One row per unit, values along x: a narrow sidebar writes every name out on its own line.
    expect(payment.options).toMatchObject({ indexAxis: 'y', scales: { x: { min: 0, max: 100, title: { text: 'Kết quả (%)' } } } });
    // No target (the plan removed data_reuse's): bars only.
    expect(chart(vi.charts, 'kpi:data_reuse').config.data.datasets).toHaveLength(1);
  });

  it('unit-ranking: scores by rank, coloured like a KPI with target 100', () => {
    const ranking = chart(vi.charts, 'unit-ranking').config;
    expect(ranking.data.labels).toEqual(['1. Xã An Thanh', '2. Phòng Tư pháp', '3. Xã Bình Lãng']);
    // 97.528 → 97.5 (≥ 90: near), 86.173 → 86.2 and 76.950 → 77 (below 90: below).
    expect(ranking.data.datasets[0]!.data).toEqual([97.5, 86.2, 77]);
    expect(ranking.data.datasets[0]!.backgroundColor).toEqual([near, below, below]);
    expect(ranking.options).toMatchObject({ indexAxis: 'y' });
    // Lowest score 76.950: 76.95 − 5 = 71.95, rounded down to a multiple of 10 → the axis starts at 70.
    expect(ranking.options).toMatchObject({ scales: { x: { min: 70, max: 100 } } });
  });

  it('unit-ranking axis starts near the lowest score, so 87 and 98 look different', () => {
    expect(rankingAxisStart([87.2, 98.1, 93])).toBe(80); // 82.2 → 80
    expect(rankingAxisStart([95, 99])).toBe(90); // 90 → 90
    expect(rankingAxisStart([3, 99])).toBe(0); // never below 0
    expect(rankingAxisStart([])).toBe(0);
  });

  it('completeness: on time, late, missing in the status colours', () => {
    const c = chart(vi.charts, 'completeness');
    expect(c.config.data.datasets[0]).toMatchObject({ data: [2, 1, 1], backgroundColor: [met, near, below] });
    expect(c.title).toContain('3/4 đơn vị đã báo cáo');
  });

  it('trend: one line per headline KPI over the quarters so far', () => {
    const trend = chart(vi.charts, 'trend').config;
    expect(trend.data.labels).toEqual(['Quý 1/2024', 'Quý 2/2024']);
    expect(trend.data.datasets.map((d) => d.label)).toEqual([
      'Giải quyết trước, đúng hạn', 'Thanh toán trực tuyến', 'Số hóa hồ sơ', 'Mức độ hài lòng', 'Đơn vị báo cáo đúng hạn',
    ]);
    // on time resolution 70/75 = 93.3% then 270/285 = 94.7%; reporting on time 2/5 then 2/4.
    expect(trend.data.datasets[0]!.data).toEqual([93.3, 94.7]);
    expect(trend.data.datasets[4]!.data).toEqual([40, 50]);
  });
});

describe('charts of many units', () => {
  // 50 units: unit i (1…50) has rank i, score 100 − i and every ratio KPI at (51 − i)%, so the lowest values are the last ranks.
  // Its 766 estimate has one indicator with data: 3.6 = (51 − i) of 100 fee dossiers paid online → 6 × (51 − i)% points of 6.
  const zeros = { digitizedDossiers: 0, digitizedResults: 0, electronicResults: 0, reusedData: 0, processedOnSystem: 0, certifiedCopies: 0, eCertifiedCopies: 0 };
  const units: UnitScorecard[] = Array.from({ length: 50 }, (_, k) => {
    const i = k + 1;
    const counts766 = index766Counts({
      dossiers: [], procedures: { total: 0, oneStop: 0 }, digital: { ...zeros, feeDossiers: 100, paidOnline: 51 - i },
      satisfaction: { ratings: 0, satisfied: 0, lciRatings: 0, lciSatisfied: 0 }, feedback: { received: 0, resolved: 0, resolvedOnTime: 0 }, tasks: [],
    });
    return {
      unitId: `u${i}`, name: `Đơn vị ${i}`, kind: 'commune', score: 100 - i, rank: i, submitted: true, onTime: true, reviewStatus: 'submitted',
      kpis: RATIO_KPI_IDS.map((id) => ({ id, value: (51 - i) / 100, target: 1, status: 'below' as KpiStatus, numerator: 51 - i, denominator: 100, previous: null })),
      index766: unitIndex766(counts766),
    };
  });
  const source: ChartSource = { period: '2024-Q1', district: { kpis: [], index766: rollupIndex766([]) }, units, completeness: vi.completeness, trend: [] };
  const charts = buildCharts(source, 'vi');

  it('ranks the top 20 and the bottom 20 and says so', () => {
    const ranking = chart(charts, 'unit-ranking');
    expect(ranking.config.data.labels).toHaveLength(40);
    expect(ranking.config.data.labels[19]).toBe('20. Đơn vị 20');
    expect(ranking.config.data.labels[20]).toBe('31. Đơn vị 31');
    expect(ranking.title).toContain('20 đơn vị cao nhất và 20 thấp nhất trong 50');
  });

  it('index766: the top 20 and the bottom 20 units by estimated points, and says so', () => {
    const index766 = chart(charts, 'index766');
    expect(index766.config.data.labels[20]).toBe('31. Đơn vị 31');
    expect(index766.config.data.datasets[0]!.data.slice(19, 21)).toEqual([1.9, 1.2]); // 6 × 31% = 1.86, 6 × 20% = 1.2
    expect(index766.title).toContain('20 đơn vị cao nhất và 20 thấp nhất trong 50');
  });

  it('shows the 40 lowest values of a KPI, lowest first', () => {
    const payment = chart(charts, 'kpi:online_payment');
    expect(payment.config.data.labels).toHaveLength(40);
    expect(payment.config.data.labels.slice(0, 2)).toEqual(['Đơn vị 50', 'Đơn vị 49']); // 1% and 2%
    expect(payment.config.data.labels[39]).toBe('Đơn vị 11'); // 40%
    expect(payment.title).toContain('40 đơn vị thấp nhất trong 50');
  });

  it('writes large unit counts in titles with the language\'s thousands separator', () => {
    const many: ChartSource = { ...source, units: Array.from({ length: 25 }, () => units).flat() }; // 25 × 50
    expect(chart(buildCharts(many, 'vi'), 'unit-ranking').title).toContain('trong 1.250');
    expect(chart(buildCharts(many, 'en'), 'kpi:online_payment').title).toContain('lowest 40 of 1,250 units with data');
  });
});
