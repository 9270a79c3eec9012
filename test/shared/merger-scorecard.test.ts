/**
 * Scorecards across a merger on 1 July 2025 (DESIGN §10, lineage). Old communes A, B, C end on
 * 2025-06-30; X is formed from all of A and half of B, Y from the other half of B and all of C;
 * agency P runs all year. Each report is one field row whose resolved dossiers are `early` in time
 * and `late` past it, so on_time_resolution = early ÷ (early + late), and fees paid online ÷ fee dossiers.
 *
 *            Q1 (early/late, paid/fee)   Q2                 Q3                 Q4
 *   A        60/40,  10/40               80/20, 20/50       (99/1 sent anyway, after its end)
 *   B        40/20,  10/20               30/30, 30/40
 *   C        50/50,  20/30               —
 *   X                                                       100/50, 30/60      120/30, 40/80
 *   Y                                                       45/15,  10/20      50/10, 10/20 (late)
 *   P        90/10,  5/10                70/30, 5/10        80/20, 5/10        60/40, 5/10
 *
 * Windows (Asia/Ho_Chi_Minh): Q2 2025-03-15…06-14, Q3 2025-06-15…09-14. The merger date lies in Q3's
 * window, but a unit is expected from the first day of a quarter (calendar.ts isActive): A, B, C
 * report Q1–Q2, X and Y Q3–Q4.
 */
import { describe, expect, it } from 'vitest';
import { isActive, periodInfo } from '../../shared/calendar.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { KpiResult, ScorecardFigures, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import type { KpiId } from '../../shared/kpis.js';
import { parsePlan, type Plan, type Unit } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';

const VIETNAM = 'Asia/Ho_Chi_Minh';
const parsed = parsePlan({
  id: 'hai-phong-2025',
  name: 'Ví dụ sáp nhập 2025',
  year: 2025,
  units: [
    { id: 'a', name: 'Xã A', kind: 'commune', validTo: '2025-06-30', mergedInto: 'x' },
    { id: 'b', name: 'Xã B', kind: 'commune', validTo: '2025-06-30', mergedInto: 'x' },
    { id: 'c', name: 'Xã C', kind: 'commune', validTo: '2025-06-30', mergedInto: 'y' },
    { id: 'x', name: 'Xã X', kind: 'commune', validFrom: '2025-07-01', predecessors: [{ id: 'a' }, { id: 'b', share: 0.5 }] },
    { id: 'y', name: 'Phường Y', kind: 'ward', validFrom: '2025-07-01', predecessors: [{ id: 'b', share: 0.5 }, { id: 'c', share: 1 }] },
    { id: 'p', name: 'Sở P', kind: 'agency' },
  ],
  fields: [{ id: 'ho-tich', name: 'Hộ tịch' }],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan: Plan = parsed.value;

function data(early: number, late: number, paidOnline: number, feeDossiers: number): ReportData {
  return {
    // All received directly and resolved within the quarter: the row balances with nothing pending.
    dossiers: [{ field: 'ho-tich', online: 0, direct: early + late, carriedOver: 0, early, onTime: 0, late, pendingOnTime: 0, pendingOverdue: 0 }],
    procedures: { total: 10, oneStop: 10 },
    digital: { digitizedDossiers: 0, digitizedResults: 0, electronicResults: 0, feeDossiers, paidOnline, reusedData: 0, processedOnSystem: 0, certifiedCopies: 0, eCertifiedCopies: 0 },
    satisfaction: { ratings: 0, satisfied: 0, lciRatings: 0, lciSatisfied: 0 },
    feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
    tasks: [],
  };
}
/** Sent on the 10th of the quarter's last month (on time), or on the 20th (late). */
function sent(unitId: string, quarter: 1 | 2 | 3 | 4, d: ReportData, late = false): SubmittedReport {
  const at = `2025-${String(quarter * 3).padStart(2, '0')}-${late ? 20 : 10}T02:00:00Z`;
  return { unitId, period: `2025-Q${quarter}`, version: 1, data: d, firstSubmittedAt: at, submittedAt: at, status: 'submitted' };
}
const reports: SubmittedReport[] = [
  sent('a', 1, data(60, 40, 10, 40)), sent('b', 1, data(40, 20, 10, 20)), sent('c', 1, data(50, 50, 20, 30)), sent('p', 1, data(90, 10, 5, 10)),
  sent('a', 2, data(80, 20, 20, 50)), sent('b', 2, data(30, 30, 30, 40)), sent('p', 2, data(70, 30, 5, 10)),
  sent('a', 3, data(99, 1, 0, 0)), sent('x', 3, data(100, 50, 30, 60)), sent('y', 3, data(45, 15, 10, 20)), sent('p', 3, data(80, 20, 5, 10)),
  sent('x', 4, data(120, 30, 40, 80)), sent('y', 4, data(50, 10, 10, 20), true), sent('p', 4, data(60, 40, 5, 10)),
];
const card = (period: string) => computeScorecard({ plan, period, reports, computedAt: '2026-01-05T00:00:00Z' });

function unit(c: ScorecardFigures, unitId: string) {
  const found = c.units.find((u) => u.unitId === unitId);
  if (!found) throw new Error(`no unit ${unitId} in ${c.period}`);
  return found;
}
function kpi(list: readonly KpiResult[], id: KpiId): KpiResult {
  return list.find((k) => k.id === id)!;
}

describe('which quarter a unit reports around a merger on 1 July', () => {
  const byId = (id: string) => plan.units.find((u) => u.id === id)!;
  const q = (id: string) => periodInfo(id, VIETNAM)!;

  it('expects the old unit (validTo 2025-06-30) in Q2 and not Q3, the successor (validFrom 2025-07-01) in Q3 and not Q2', () => {
    expect(q('2025-Q3')).toMatchObject({ from: '2025-06-15', to: '2025-09-14' }); // the windows overlap the merger date
    expect([isActive(byId('a'), q('2025-Q2')), isActive(byId('a'), q('2025-Q3'))]).toEqual([true, false]);
    expect([isActive(byId('x'), q('2025-Q2')), isActive(byId('x'), q('2025-Q3'))]).toEqual([false, true]);
  });

  it('judges the start by the quarter itself and the end by its window', () => {
    const valid = (validFrom?: string, validTo?: string): Unit => ({ id: 'u', name: 'U', kind: 'commune', ...(validFrom ? { validFrom } : {}), ...(validTo ? { validTo } : {}) });
    expect(isActive(valid(undefined, '2025-07-01'), q('2025-Q3'))).toBe(true); // one day of the quarter
    expect(isActive(valid(undefined, '2025-06-20'), q('2025-Q3'))).toBe(false); // inside the window, before the quarter
    expect(isActive(valid('2025-09-14'), q('2025-Q3'))).toBe(true); // the window's last day
    expect(isActive(valid('2025-09-20'), q('2025-Q3'))).toBe(false); // after the window: from Q4 on
    expect(isActive(valid(undefined, '2024-12-31'), q('2025-Q1'))).toBe(false); // Q1's window starts 2024-12-15
    expect(isActive(valid(undefined, '2025-01-01'), q('2025-Y'))).toBe(true);
  });

  it('lists the expected units of each quarter', () => {
    expect(card('2025-Q2').completeness).toMatchObject({ expected: 4, submitted: 3, missing: ['c'] });
    expect(card('2025-Q2').units.map((u) => u.unitId).sort()).toEqual(['a', 'b', 'c', 'p']);
    // A's Q3 report is ignored: A no longer exists in Q3.
    expect(card('2025-Q3').units.map((u) => u.unitId).sort()).toEqual(['p', 'x', 'y']);
    expect(card('2025-Q3').completeness).toEqual({ expected: 3, submitted: 3, onTime: 3, late: 0, missing: [], lateUnits: [] });
  });
});

describe('previous values across the merger', () => {
  const q3 = card('2025-Q3');

  it('builds X from A (share 1) and half of B in Q2: Σ share·num ÷ Σ share·den', () => {
    const x = unit(q3, 'x');
    // on_time_resolution: (1·80 + 0.5·30) ÷ (1·100 + 0.5·60) = 95 ÷ 130 = 0.7308
    expect(kpi(x.kpis, 'on_time_resolution').previous).toBeCloseTo(95 / 130, 12);
    // online_payment: (1·20 + 0.5·30) ÷ (1·50 + 0.5·40) = 35 ÷ 70 = 0.5
    expect(kpi(x.kpis, 'online_payment').previous).toBeCloseTo(0.5, 12);
    expect(x.previousFrom).toEqual([{ unitId: 'a', share: 1 }, { unitId: 'b', share: 0.5 }]);
    // Its own Q3 value: 100 ÷ 150
    expect(kpi(x.kpis, 'on_time_resolution').value).toBeCloseTo(100 / 150, 12);
  });

  it('leaves out a predecessor that sent no report then: Y from half of B only, C sent no Q2', () => {
    const y = unit(q3, 'y');
    // (0.5·30) ÷ (0.5·60) = 15 ÷ 30 = 0.5; payment (0.5·30) ÷ (0.5·40) = 15 ÷ 20 = 0.75
    expect(kpi(y.kpis, 'on_time_resolution').previous).toBeCloseTo(0.5, 12);
    expect(kpi(y.kpis, 'online_payment').previous).toBeCloseTo(0.75, 12);
    expect(y.previousFrom).toEqual([{ unitId: 'b', share: 0.5 }]);
  });

  it('keeps a unit that existed then on its own values, without previousFrom', () => {
    const p = unit(q3, 'p');
    expect(kpi(p.kpis, 'on_time_resolution').previous).toBeCloseTo(70 / 100, 12);
    expect(p).not.toHaveProperty('previousFrom');
    // In Q4 X compares with its own Q3: 100 ÷ 150.
    const x4 = unit(card('2025-Q4'), 'x');
    expect(kpi(x4.kpis, 'on_time_resolution').previous).toBeCloseTo(100 / 150, 12);
    expect(x4).not.toHaveProperty('previousFrom');
  });

  it('compares the district with the district of the quarter before', () => {
    // Q2: A 80/100 + B 30/60 + P 70/100 = 180/260
    expect(kpi(q3.district.kpis, 'on_time_resolution').previous).toBeCloseTo(180 / 260, 12);
  });

  it('does the same for derived periods: 9M of X and Y from H1 of A, B, C', () => {
    const nine = card('2025-9M');
    // H1 of A: (60+80) ÷ (100+100) = 140/200; B: (40+30) ÷ (60+60) = 70/120; C (Q1 only): 50/100.
    // X: (1·140 + 0.5·70) ÷ (1·200 + 0.5·120) = 175 ÷ 260
    expect(kpi(unit(nine, 'x').kpis, 'on_time_resolution').previous).toBeCloseTo(175 / 260, 12);
    // Y: (0.5·70 + 1·50) ÷ (0.5·120 + 1·100) = 85 ÷ 160; C counts: its Q1 is a report of H1.
    expect(kpi(unit(nine, 'y').kpis, 'on_time_resolution').previous).toBeCloseTo(85 / 160, 12);
    expect(unit(nine, 'y').previousFrom).toEqual([{ unitId: 'b', share: 0.5 }, { unitId: 'c', share: 1 }]);
  });
});

describe('the year across the merger', () => {
  const year = card('2025-Y');

  it('counts each unit in the quarters it existed', () => {
    // Σ early ÷ Σ resolved over every report of a quarter in which its unit existed (A's Q3 left out):
    // A 60+80 = 140 / 200; B 40+30 = 70 / 120; C 50 / 100; P 90+70+80+60 = 300 / 400;
    // X 100+120 = 220 / 300; Y 45+50 = 95 / 120 → 875 / 1240
    expect(kpi(year.district.kpis, 'on_time_resolution')).toMatchObject({ numerator: 140 + 70 + 50 + 300 + 220 + 95, denominator: 200 + 120 + 100 + 400 + 300 + 120 });
    // Previous is 9M (Q1–Q3): A 140/200, B 70/120, C 50/100, P 240/300, X 100/150, Y 45/60 → 645 / 930
    expect(kpi(year.district.kpis, 'on_time_resolution').previous).toBeCloseTo(645 / 930, 12);
    // Fees paid online ÷ fee dossiers: A (10+20)/(40+50), B (10+30)/(20+40), C 20/30, P 4·5/4·10,
    // X (30+40)/(60+80), Y (10+10)/(20+20) → 200 / 400
    expect(kpi(year.district.kpis, 'online_payment')).toMatchObject({ numerator: 30 + 40 + 20 + 20 + 70 + 20, denominator: 90 + 60 + 30 + 40 + 140 + 40 });
    expect(kpi(unit(year, 'a').kpis, 'on_time_resolution')).toMatchObject({ numerator: 140, denominator: 200 });
  });

  it('ends the completeness of a merged unit at its merger', () => {
    // A and B sent Q1 and Q2, all they owed; C missed Q2; X sent Q3–Q4 on time; Y's Q4 came late.
    expect(year.completeness).toEqual({ expected: 6, submitted: 5, onTime: 4, late: 1, missing: ['c'], lateUnits: ['y'] });
    expect(unit(year, 'a')).toMatchObject({ submitted: true, onTime: true });
    expect(kpi(year.district.kpis, 'reporting_completeness')).toMatchObject({ numerator: 5, denominator: 6 });
  });

  it('leaves the successors out of H1 and the old units out of the trend after Q2', () => {
    expect(card('2025-H1').completeness).toMatchObject({ expected: 4, submitted: 3, missing: ['c'] });
    // Q3 trend point: X 100/150, Y 45/60, P 80/100 → 225/310 (A's stray Q3 report is not counted).
    expect(year.trend[2]!.kpis.on_time_resolution).toBeCloseTo(225 / 310, 12);
  });
});
