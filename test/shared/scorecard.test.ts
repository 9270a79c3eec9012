import { describe, expect, it } from 'vitest';
import type { KpiId } from '../../shared/kpis.js';
import type { Plan } from '../../shared/plans/plan.js';
import { validateReport } from '../../shared/report/rules.js';
import type { ReportData } from '../../shared/report/schema.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { KpiResult, KpiStatus, ScorecardFigures, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import { COMPUTED_AT, plan, reports } from './district-fixture.js';

function kpi(list: readonly KpiResult[], id: KpiId): KpiResult {
  const found = list.find((k) => k.id === id);
  if (!found) throw new Error(`no KPI ${id}`);
  return found;
}
function unit(card: ScorecardFigures, unitId: string) {
  const found = card.units.find((u) => u.unitId === unitId);
  if (!found) throw new Error(`no unit ${unitId}`);
  return found;
}

const q2 = computeScorecard({ plan, period: '2024-Q2', reports, computedAt: COMPUTED_AT });

describe('the fixture', () => {
  it('holds reports that the report rules accept', () => {
    for (const r of reports.filter((r) => ['a', 'b', 'c', 'd'].includes(r.unitId))) {
      const u = plan.units.find((x) => x.id === r.unitId)!;
      expect(validateReport(r.data, plan, u), `${r.unitId} ${r.period}`).toMatchObject({ ok: true });
    }
  });
});

describe('computeScorecard: district KPIs of 2024-Q2', () => {
  // Units a, b, c reported; d (expected) did not; x (inactive) and ghost (not in the plan) are ignored.
  // Q1 (previous): a, b, d sent the same numbers, so each Q1 ratio is a's Q1 ratio (3×num ÷ 3×den);
  // Q1 expected a, b, c, d, x: 3 reported (a, b, d), 2 on time (a, d).
  const expected: [KpiId, number, number, number | null, KpiStatus, number][] = [
    // id, numerator, denominator, target, status, previous (Q1 value)
    ['one_stop_coverage', 100 + 72 + 50, 100 + 80 + 50, 1, 'near', 90 / 100], // 222/230 = 0.965
    ['on_time_resolution', 90 + 80 + 100, 95 + 90 + 100, 1, 'near', 70 / 75], // 270/285 = 0.947
    ['online_submission', 50 + 20 + 0, 300, 0.6, 'below', 30 / 80], // 70/300 = 0.233 < 0.5; plan target 0.6
    ['online_payment', 45 + 35 + 34, 300, 0.45, 'near', 20 / 50], // 114/300 = 0.38 ≥ 0.35
    ['digitized_dossiers', 100 + 89 + 100, 300, 1, 'near', 60 / 80], // 289/300 = 0.963
    ['digitized_results', 95 + 81 + 100, 285, 1, 'near', 50 / 75], // 276/285 = 0.968
    ['electronic_results', 90 + 45 + 100, 285, 1, 'below', 40 / 75], // 235/285 = 0.825
    ['data_reuse', 50 + 40 + 80, 300, null, 'info', 20 / 80], // plan sets null: no target
    ['electronic_processing', 300, 300, 1, 'met', 80 / 80],
    ['satisfaction', 45 + 30 + 10, 50 + 40 + 10, 0.9, 'near', 32 / 40], // 85/100 = 0.85 ≥ 0.80
    ['satisfaction_lci', 17 + 8 + 0, 20 + 10 + 0, 0.85, 'near', 7 / 10], // 25/30 = 0.833 ≥ 0.75
    ['feedback_on_time', 4 + 1 + 0, 4 + 2 + 0, 1, 'below', 1 / 2], // 5/6 = 0.833 < 0.90
    ['e_certified_copies_share', 10 + 0 + 50, 20 + 10 + 200, null, 'info', 0 / 10], // 60/230; Q1 0 of 10 is 0, not null
    ['brand_identity', 1, 3, 1, 'below', 2 / 3], // one-stop offices a, b, d: only a says yes (Q1: a and d)
    ['e_certification', 2, 3, 1, 'below', 0 / 3], // certification units a, b, c: a (10) and c (50) issued some
    ['reporting_completeness', 3, 4, 1, 'below', 3 / 5],
    ['reporting_on_time', 2, 4, 1, 'below', 2 / 5], // a and b (last second); c's first came at 00:00 on the 18th
  ];

  it('lists all 17 KPIs in catalog order', () => {
    expect(q2.district.kpis.map((k) => k.id)).toEqual(expected.map(([id]) => id));
  });

  it.each(expected)('%s = %d ÷ %d, target %s, %s, previous %s', (id, numerator, denominator, target, status, previous) => {
    const k = kpi(q2.district.kpis, id);
    expect(k).toMatchObject({ numerator, denominator, target, status });
    expect(k.value).toBeCloseTo(numerator / denominator, 12);
    expect(k.previous).toBeCloseTo(previous, 12);
  });
});

describe('computeScorecard: units of 2024-Q2', () => {
  it('marks status at the edges: exactly at target met, exactly target−0.10 near, just below that below', () => {
    // online_payment, target 0.45: a 45/100 met, b 35/100 near (= 0.45 − 0.10), c 34/100 below.
    expect(kpi(unit(q2, 'a').kpis, 'online_payment').status).toBe('met');
    expect(kpi(unit(q2, 'b').kpis, 'online_payment').status).toBe('near');
    expect(kpi(unit(q2, 'c').kpis, 'online_payment').status).toBe('below');
    // one_stop_coverage, target 1: a 100/100 met, b 72/80 = 0.90 near; digitized_dossiers b 89/100 below.
    expect(kpi(unit(q2, 'a').kpis, 'one_stop_coverage').status).toBe('met');
    expect(kpi(unit(q2, 'b').kpis, 'one_stop_coverage').status).toBe('near');
    expect(kpi(unit(q2, 'b').kpis, 'digitized_dossiers').status).toBe('below');
    // online_submission, plan target 0.6: a 50/100 = 0.6 − 0.1 near; c 0/100 below (a real 0%).
    expect(kpi(unit(q2, 'a').kpis, 'online_submission')).toMatchObject({ value: 0.5, status: 'near' });
    expect(kpi(unit(q2, 'c').kpis, 'online_submission')).toMatchObject({ value: 0, numerator: 0, denominator: 100, status: 'below' });
    // satisfaction 45/50 = 0.90 and lci 17/20 = 0.85: both exactly at target.
    expect(kpi(unit(q2, 'a').kpis, 'satisfaction').status).toBe('met');
    expect(kpi(unit(q2, 'a').kpis, 'satisfaction_lci').status).toBe('met');
  });

  it('gives a denominator of 0 no value and status no-data, and leaves it out of the score', () => {
    // c rated no land dossiers and resolved no feedback.
    for (const id of ['satisfaction_lci', 'feedback_on_time'] as const) {
      expect(kpi(unit(q2, 'c').kpis, id)).toMatchObject({ value: null, status: 'no-data', numerator: 0, denominator: 0 });
    }
    // c's score counts 9 KPIs with target and data (13 − data_reuse, e_certified share without target − the two above):
    // one_stop, on_time, digitized_dossiers, digitized_results, electronic_results, processing, satisfaction = 7 × 1,
    // online_submission 0/0.6 = 0, online_payment 0.34/0.45 = 34/45 → (7 + 34/45) / 9 × 100 = 86.1728…
    expect(unit(q2, 'c').score).toBeCloseTo(86.1728, 3);
  });

  it('scores each unit as the mean of min(1, value ÷ target) × 100', () => {
    // a: 11 KPIs with target and data; 8 at or above target (1 each), on_time 90/95 = 18/19,
    // electronic_results 90/95 = 18/19, online_submission 0.5/0.6 = 5/6 → (8 + 36/19 + 5/6) / 11 = 0.975279
    expect(unit(q2, 'a').score).toBeCloseTo(97.5279, 3);
    // b: one_stop 0.9, on_time 80/90 = 8/9, online_sub 0.2/0.6 = 1/3, payment 0.35/0.45 = 7/9 (these three sum to 2),
    // digitized 0.89, digitized_results 81/90 = 0.9, electronic 45/90 = 0.5, processing 1, satisfaction 0.75/0.9 = 5/6,
    // lci 0.8/0.85 = 16/17, feedback 0.5 → (0.9 + 2 + 0.89 + 0.9 + 0.5 + 1 + 5/6 + 16/17 + 0.5) / 11 = 0.769501
    expect(unit(q2, 'b').score).toBeCloseTo(76.9501, 3);
  });

  it('ranks by score, then lists units without a score', () => {
    expect(q2.units.map((u) => [u.unitId, u.rank])).toEqual([['a', 1], ['c', 2], ['b', 3], ['d', null]]);
    expect(unit(q2, 'd')).toMatchObject({ score: null, submitted: false, onTime: null, reviewStatus: null });
    expect(unit(q2, 'd').kpis.every((k) => k.value === null && k.status === 'no-data')).toBe(true);
  });

  it('tells timeliness and review status per unit', () => {
    expect(unit(q2, 'a')).toMatchObject({ submitted: true, onTime: true, reviewStatus: 'submitted', kind: 'commune', name: 'Xã An Thanh' });
    expect(unit(q2, 'b')).toMatchObject({ submitted: true, onTime: true, reviewStatus: 'returned' });
    expect(unit(q2, 'c')).toMatchObject({ submitted: true, onTime: false, reviewStatus: 'accepted', kind: 'agency' });
  });

  it('gives units their previous quarter values', () => {
    expect(kpi(unit(q2, 'a').kpis, 'online_payment').previous).toBeCloseTo(20 / 50, 12);
    expect(kpi(unit(q2, 'c').kpis, 'online_payment').previous).toBeNull(); // c sent nothing in Q1
    expect(kpi(unit(q2, 'd').kpis, 'one_stop_coverage').previous).toBeCloseTo(90 / 100, 12); // d reported Q1 only
  });

  it('lists the missing and the late units in completeness', () => {
    expect(q2.completeness).toEqual({ expected: 4, submitted: 3, onTime: 2, late: 1, missing: ['d'], lateUnits: ['c'] });
  });

  it('has the trend of every quarter so far and the envelope fields', () => {
    expect(q2.trend.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2']);
    expect(Object.keys(q2.trend[1]!.kpis)).toHaveLength(17);
    expect(q2.trend[0]!.kpis.on_time_resolution).toBeCloseTo(70 / 75, 12);
    expect(q2.trend[1]!.kpis.on_time_resolution).toBeCloseTo(270 / 285, 12);
    expect(q2.trend[0]!.kpis.reporting_on_time).toBeCloseTo(2 / 5, 12);
    expect(q2).toMatchObject({ planId: 'thu-2024', period: '2024-Q2', computedAt: COMPUTED_AT, stale: false, problems: [] });
  });
});

describe('computeScorecard: other periods', () => {
  it('has no previous values for Q1 and one trend point', () => {
    const q1 = computeScorecard({ plan, period: '2024-Q1', reports, computedAt: COMPUTED_AT });
    expect(q1.district.kpis.every((k) => k.previous === null)).toBe(true);
    expect(q1.trend.map((p) => p.period)).toEqual(['2024-Q1']);
    expect(q1.completeness).toEqual({ expected: 5, submitted: 3, onTime: 2, late: 1, missing: ['c', 'x'], lateUnits: ['b'] });
  });

  it('derives H1 from the quarters: sums, last-quarter stocks, every quarter needed to count as submitted', () => {
    const h1 = computeScorecard({ plan, period: '2024-H1', reports, computedAt: COMPUTED_AT });
    // resolved early+onTime ÷ resolved over a Q1+Q2, b Q1+Q2, c Q2, d Q1:
    // (70 + 90 + 70 + 80 + 100 + 70) ÷ (75 + 95 + 75 + 90 + 100 + 75) = 480 / 510
    expect(kpi(h1.district.kpis, 'on_time_resolution')).toMatchObject({ numerator: 480, denominator: 510, previous: null });
    expect(kpi(unit(h1, 'a').kpis, 'on_time_resolution')).toMatchObject({ numerator: 160, denominator: 170 });
    // office from each unit's last report: a Q2 yes, b Q2 no, d Q1 yes → 2 of 3.
    expect(kpi(h1.district.kpis, 'brand_identity')).toMatchObject({ numerator: 2, denominator: 3 });
    // Expected a, b, c, d, x; only a and b sent both quarters; b's Q1 was late.
    expect(h1.completeness).toEqual({ expected: 5, submitted: 2, onTime: 1, late: 1, missing: ['c', 'd', 'x'], lateUnits: ['b'] });
    expect(unit(h1, 'b')).toMatchObject({ submitted: true, onTime: false, reviewStatus: 'returned' });
    expect(unit(h1, 'c')).toMatchObject({ submitted: false, onTime: null, reviewStatus: 'accepted' });
    expect(h1.trend.map((p) => p.period)).toEqual(['2024-Q1', '2024-Q2']);
  });
});

describe('computeScorecard: ranking ties and targets of 0', () => {
  // Only one_stop_coverage has data in these reports (every other denominator is 0).
  const onlyProcedures = (oneStop: number): ReportData => ({
    dossiers: [],
    procedures: { total: 10, oneStop },
    digital: { digitizedDossiers: 0, digitizedResults: 0, electronicResults: 0, feeDossiers: 0, paidOnline: 0, reusedData: 0, processedOnSystem: 0, certifiedCopies: 0, eCertifiedCopies: 0 },
    satisfaction: { ratings: 0, satisfied: 0, lciRatings: 0, lciSatisfied: 0 },
    feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
    tasks: [],
  });
  const tiePlan: Plan = {
    id: 'tie-2024', name: 'Tie', year: 2024, timezone: 'Asia/Ho_Chi_Minh',
    fields: [{ id: 'f', name: 'F' }],
    units: [
      { id: 'bac-son', name: 'Xã Bắc Sơn', kind: 'commune' },
      { id: 'bach-dang', name: 'Xã Bạch Đằng', kind: 'commune' },
      { id: 'an-phu', name: 'Xã Ân Phú', kind: 'commune' },
      { id: 'cam-la', name: 'Xã Cẩm La', kind: 'commune' },
      { id: 'an-hoa', name: 'Xã Ân Hòa', kind: 'commune' },
    ],
  };
  const sent = (unitId: string, data: ReportData): SubmittedReport => ({
    unitId, period: '2024-Q3', version: 1, data, firstSubmittedAt: '2024-09-01T00:00:00Z', submittedAt: '2024-09-01T00:00:00Z', status: 'submitted',
  });
  const tieReports = [sent('bac-son', onlyProcedures(7)), sent('an-phu', onlyProcedures(7)), sent('cam-la', onlyProcedures(9)), sent('an-hoa', onlyProcedures(0))];

  it('breaks a tie by Vietnamese name order and lists unscored units by name', () => {
    const card = computeScorecard({ plan: tiePlan, period: '2024-Q3', reports: tieReports, computedAt: COMPUTED_AT });
    // cam-la 9/10 → 90; an-phu and bac-son 7/10 → 70 each, "Ân" before "Bắc" in Vietnamese (not in code points);
    // an-hoa 0/10 → 0. bach-dang sent nothing: no score, last.
    expect(card.units.map((u) => [u.unitId, u.score, u.rank])).toEqual([
      ['cam-la', 90, 1], ['an-phu', 70, 2], ['bac-son', 70, 3], ['an-hoa', 0, 4], ['bach-dang', null, null],
    ]);
  });

  it('counts a KPI whose target is 0 as fully met', () => {
    const zeroTarget = { ...tiePlan, targets: { one_stop_coverage: 0 } };
    const card = computeScorecard({ plan: zeroTarget, period: '2024-Q3', reports: tieReports, computedAt: COMPUTED_AT });
    // an-hoa: 0/10 = 0 ≥ target 0 → met, min(1, ·) taken as 1 → score 100.
    expect(card.units.find((u) => u.unitId === 'an-hoa')).toMatchObject({ score: 100, kpis: expect.arrayContaining([expect.objectContaining({ id: 'one_stop_coverage', value: 0, status: 'met' })]) });
  });

  it('compares with targets without float accidents', () => {
    // In floating point 0.4 − 0.10 = 0.30000000000000004 > 3/10 = 0.3; the value must still be near.
    const card = computeScorecard({ plan: { ...tiePlan, targets: { one_stop_coverage: 0.4 } }, period: '2024-Q3', reports: [sent('cam-la', onlyProcedures(3))], computedAt: COMPUTED_AT });
    expect(kpi(card.district.kpis, 'one_stop_coverage')).toMatchObject({ value: 0.3, target: 0.4, status: 'near' });
  });

  it('scores no unit whose reports give no denominator', () => {
    const card = computeScorecard({ plan: tiePlan, period: '2024-Q3', reports: [sent('cam-la', { ...onlyProcedures(0), procedures: { total: 0, oneStop: 0 } })], computedAt: COMPUTED_AT });
    const camLa = card.units.find((u) => u.unitId === 'cam-la')!;
    // Submitted, but every one of its 13 KPIs is 0 ÷ 0.
    expect(camLa).toMatchObject({ score: null, rank: null, submitted: true });
    expect(camLa.kpis.every((k) => k.status === 'no-data' && k.value === null)).toBe(true);
    expect(kpi(card.district.kpis, 'one_stop_coverage')).toMatchObject({ value: null, status: 'no-data' });
  });
});
