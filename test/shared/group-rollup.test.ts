/**
 * Group roll-up (DESIGN §10): each plan group is rolled up like the district, Σ numerators ÷
 * Σ denominators over its expected units, scored like a unit and ranked among the groups.
 * The district fixture's units get groups; every expected number below is worked out from the
 * totals written in district-fixture.ts.
 */
import { describe, expect, it } from 'vitest';
import { withCharts } from '../../shared/charts/charts.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import { scorecardForGroup } from '../../shared/engine/scorecard-filter.js';
import type { GroupScorecard, KpiResult, ScorecardFigures } from '../../shared/engine/scorecard-model.js';
import type { KpiId } from '../../shared/kpis.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { COMPUTED_AT, plan as districtPlan, reports } from './district-fixture.js';

// Cụm Bắc: a, b and x (x stopped after Q1). Cụm Nam: b, c, d (b is in both). Cụm Trống: nobody.
const GROUPS_OF: Record<string, string[]> = { a: ['cum-bac'], b: ['cum-bac', 'cum-nam'], c: ['cum-nam'], d: ['cum-nam'], x: ['cum-bac'] };
const parsed = parsePlan({
  ...districtPlan,
  groups: [
    { id: 'cum-trong', name: 'Cụm Trống' },
    { id: 'cum-nam', name: 'Cụm Nam' },
    { id: 'cum-bac', name: 'Cụm Bắc' },
  ],
  units: districtPlan.units.map((u) => ({ ...u, groups: GROUPS_OF[u.id] })),
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan: Plan = parsed.value;
const q2 = computeScorecard({ plan, period: '2024-Q2', reports, computedAt: COMPUTED_AT });

function group(card: ScorecardFigures, groupId: string): GroupScorecard {
  const found = card.groups.find((g) => g.groupId === groupId);
  if (!found) throw new Error(`no group ${groupId}`);
  return found;
}
function kpi(list: readonly KpiResult[], id: KpiId): KpiResult {
  return list.find((k) => k.id === id)!;
}

describe('group roll-up of 2024-Q2', () => {
  // Q2 totals per unit (district-fixture.ts): resolved early+onTime ÷ resolved a 90/95, b 80/90, c 100/100;
  // Q1: a, b, d each 70/75. Cụm Bắc expects a and b in Q2 (x ended 2024-03-14); Cụm Nam b, c, d.
  it('sums numerators and denominators of the group units, previous from the group in Q1', () => {
    const bac = group(q2, 'cum-bac');
    // (90 + 80) ÷ (95 + 90); Q1 a, b reported: (70 + 70) ÷ (75 + 75)
    expect(kpi(bac.kpis, 'on_time_resolution')).toMatchObject({ numerator: 170, denominator: 185, previous: 140 / 150, status: 'near' }); // 0.919 ≥ 1 − 0.10
    const nam = group(q2, 'cum-nam');
    // b, c reported, d did not: (80 + 100) ÷ (90 + 100); Q1 b and d: (70 + 70) ÷ (75 + 75)
    expect(kpi(nam.kpis, 'on_time_resolution')).toMatchObject({ numerator: 180, denominator: 190, previous: 140 / 150 });
    // paidOnline ÷ feeDossiers: b 35/100 + c 34/100 = 69/200 = 0.345 < 0.45 − 0.10 → below
    expect(kpi(nam.kpis, 'online_payment')).toMatchObject({ numerator: 69, denominator: 200, status: 'below' });
  });

  it('counts the unit-count KPIs over the group units, a unit without a report against', () => {
    const bac = group(q2, 'cum-bac');
    expect(kpi(bac.kpis, 'brand_identity')).toMatchObject({ numerator: 1, denominator: 2 }); // a yes, b no
    expect(kpi(bac.kpis, 'e_certification')).toMatchObject({ numerator: 1, denominator: 2 }); // a 10 copies, b 0
    expect(kpi(bac.kpis, 'reporting_completeness')).toMatchObject({ numerator: 2, denominator: 2, previous: 2 / 3 }); // Q1: a, b of a, b, x
    expect(kpi(bac.kpis, 'reporting_on_time')).toMatchObject({ numerator: 2, denominator: 2, previous: 1 / 3 }); // Q1: b was late
    const nam = group(q2, 'cum-nam');
    expect(kpi(nam.kpis, 'brand_identity')).toMatchObject({ numerator: 0, denominator: 2 }); // offices b (no) and d (no report)
    expect(kpi(nam.kpis, 'e_certification')).toMatchObject({ numerator: 1, denominator: 2 }); // certification b (0), c (50)
    expect(kpi(nam.kpis, 'reporting_completeness')).toMatchObject({ numerator: 2, denominator: 3, previous: 2 / 3 }); // Q1: b, d of b, c, d
    expect(kpi(nam.kpis, 'reporting_on_time')).toMatchObject({ numerator: 1, denominator: 3, previous: 1 / 3 }); // c late; Q1 only d on time
    expect(nam.kpis.map((k) => k.id)).toEqual(q2.district.kpis.map((k) => k.id));
  });

  it('has the completeness of the group units only', () => {
    expect(group(q2, 'cum-bac').completeness).toEqual({ expected: 2, submitted: 2, onTime: 2, late: 0, missing: [], lateUnits: [] });
    expect(group(q2, 'cum-nam').completeness).toEqual({ expected: 3, submitted: 2, onTime: 1, late: 1, missing: ['d'], lateUnits: ['c'] });
    expect(group(q2, 'cum-trong').completeness).toEqual({ expected: 0, submitted: 0, onTime: 0, late: 0, missing: [], lateUnits: [] });
  });

  it('scores a group as a unit: mean of min(1, value ÷ target) over its KPIs with a target and data', () => {
    // Targets: online_submission 0.6 (plan), data_reuse none (plan), e_certified share none → 15 KPIs count.
    // Cụm Bắc (a + b): one_stop 172/180, on_time 170/185, online_sub 70/200 ÷ 0.6, payment 80/200 ÷ 0.45,
    // digitized 189/200, digitized_results 176/185, electronic 135/185, processing 1, satisfaction 75/90 ÷ 0.9,
    // lci 25/30 ÷ 0.85, feedback 5/6, brand 1/2, e_certification 1/2, completeness 1, on time 1.
    const bac = (172 / 180 + 170 / 185 + 0.35 / 0.6 + 0.4 / 0.45 + 189 / 200 + 176 / 185 + 135 / 185 + 1 + (75 / 90) / 0.9 + (25 / 30) / 0.85 + 5 / 6 + 0.5 + 0.5 + 1 + 1) / 15 * 100;
    // Cụm Nam (b + c, d no report): one_stop 122/130, on_time 180/190, online_sub 20/200 ÷ 0.6, payment 69/200 ÷ 0.45,
    // digitized 189/200, digitized_results 181/190, electronic 145/190, processing 1, satisfaction 40/50 ÷ 0.9,
    // lci 8/10 ÷ 0.85, feedback 1/2, brand 0/2, e_certification 1/2, completeness 2/3, on time 1/3.
    const nam = (122 / 130 + 180 / 190 + 0.1 / 0.6 + 0.345 / 0.45 + 189 / 200 + 181 / 190 + 145 / 190 + 1 + 0.8 / 0.9 + 0.8 / 0.85 + 0.5 + 0 + 0.5 + 2 / 3 + 1 / 3) / 15 * 100;
    expect(group(q2, 'cum-bac').score).toBeCloseTo(bac, 9); // 84.7495…
    expect(group(q2, 'cum-nam').score).toBeCloseTo(nam, 9); // 68.7335…
    expect(bac).toBeCloseTo(84.7495, 3);
    expect(nam).toBeCloseTo(68.7335, 3);
  });

  it('ranks groups by score and lists a group without a score last', () => {
    expect(q2.groups.map((g) => [g.groupId, g.rank, g.name])).toEqual([
      ['cum-bac', 1, 'Cụm Bắc'], ['cum-nam', 2, 'Cụm Nam'], ['cum-trong', null, 'Cụm Trống'],
    ]);
    const empty = group(q2, 'cum-trong');
    expect(empty.score).toBeNull();
    expect(empty.kpis.every((k) => k.status === 'no-data' && k.previous === null)).toBe(true);
  });

  it('has a trend per quarter like the district', () => {
    const bac = group(q2, 'cum-bac');
    expect(bac.trend.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2']);
    expect(bac.trend[0]!.kpis.on_time_resolution).toBeCloseTo(140 / 150, 12);
    expect(bac.trend[1]!.kpis.on_time_resolution).toBeCloseTo(170 / 185, 12);
    expect(bac.trend[0]!.kpis.reporting_completeness).toBeCloseTo(2 / 3, 12);
  });

  it('names the groups of each unit, and nothing for a plan without groups', () => {
    expect(q2.units.map((u) => [u.unitId, u.groups])).toEqual([
      ['a', ['cum-bac']], ['c', ['cum-nam']], ['b', ['cum-bac', 'cum-nam']], ['d', ['cum-nam']],
    ]);
    const plain = computeScorecard({ plan: districtPlan, period: '2024-Q2', reports, computedAt: COMPUTED_AT });
    expect(plain.groups).toEqual([]);
    expect(plain.units.some((u) => 'groups' in u)).toBe(false);
  });

  it('gives the group filter the group roll-up in place of the district', () => {
    const nam = scorecardForGroup(q2, 'cum-nam')!;
    expect(nam.district.kpis).toEqual(group(q2, 'cum-nam').kpis);
    expect(nam.units.map((u) => [u.unitId, u.rank])).toEqual([['c', 1], ['b', 2], ['d', null]]);
  });
});

describe('group ranking ties and the group-ranking chart', () => {
  it('breaks a tie of scores by Vietnamese name', () => {
    // Both groups hold only a: equal scores; "Ân" sorts before "Bắc" in Vietnamese, not in code points.
    const tie = parsePlan({
      ...districtPlan,
      groups: [{ id: 'bac-son', name: 'Cụm Bắc Sơn' }, { id: 'an-phu', name: 'Cụm Ân Phú' }],
      units: districtPlan.units.map((u) => (u.id === 'a' ? { ...u, groups: ['bac-son', 'an-phu'] } : u)),
    });
    if (!tie.ok) throw new Error(JSON.stringify(tie.problems));
    const card = computeScorecard({ plan: tie.value, period: '2024-Q2', reports, computedAt: COMPUTED_AT });
    expect(card.groups.map((g) => [g.groupId, g.rank])).toEqual([['an-phu', 1], ['bac-son', 2]]);
    expect(card.groups[0]!.score).toBe(card.groups[1]!.score);
  });

  it('draws group-ranking after the four summary charts, only when the plan has groups', () => {
    const charts = withCharts(q2, 'vi').charts;
    expect(charts.map((c) => c.id).slice(0, 5)).toEqual(['district-kpis', 'unit-ranking', 'completeness', 'trend', 'group-ranking']);
    const ranking = charts.find((c) => c.id === 'group-ranking')!;
    expect(ranking.title).toBe('Xếp hạng nhóm đơn vị theo điểm — Quý 2/2024');
    // 84.7495… → 84.7, 68.7335… → 68.7; Cụm Trống has no score and no bar. Axis: 68.733 − 5 = 63.7 → 60.
    expect(ranking.config.data.labels).toEqual(['1. Cụm Bắc', '2. Cụm Nam']);
    expect(ranking.config.data.datasets[0]!.data).toEqual([84.7, 68.7]);
    expect(ranking.config.options).toMatchObject({ indexAxis: 'y', scales: { x: { min: 60, max: 100 } } });
    expect(withCharts(q2, 'en').charts.find((c) => c.id === 'group-ranking')!.title).toBe('Groups ranked by score — Q2 2024');
    const plain = computeScorecard({ plan: districtPlan, period: '2024-Q2', reports, computedAt: COMPUTED_AT });
    expect(withCharts(plain, 'vi').charts.some((c) => c.id === 'group-ranking')).toBe(false);
  });
});
