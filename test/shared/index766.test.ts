/**
 * The 766 estimate (issue 15, INDEX-766.md) worked out by hand for three units of 2024-Q2, through
 * the engine: each indicator's rate and points, the totals, the points to gain with the dossiers
 * they take, the district and a group from summed counts (not the mean of units), and H1 from
 * the summed quarters. One field per unit, so every count below is read straight off its row.
 */
import { describe, expect, it } from 'vitest';
import { withCharts } from '../../shared/charts/charts.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import { scorecardForGroup } from '../../shared/engine/scorecard-filter.js';
import type { Index766, ScorecardFigures, SubmittedReport } from '../../shared/engine/scorecard-model.js';
import { ESTIMATED_INDICATORS, ESTIMATED_MAX, INDEX_766_INDICATORS } from '../../shared/engine/index766/indicators.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import type { DossierRow, ReportData } from '../../shared/report/schema.js';
import { gainText, INDEX766_HELP } from '../../shared/engine/index766/words.js';

const parsed = parsePlan({
  id: 'thu-766',
  name: 'Huyện Thử 766',
  year: 2024,
  groups: [{ id: 'cum', name: 'Cụm xã' }],
  units: [
    { id: 'mot', name: 'Xã Một', kind: 'commune', groups: ['cum'] },
    { id: 'hai', name: 'Xã Hai', kind: 'commune', groups: ['cum'] },
    { id: 'ba', name: 'Phòng Ba', kind: 'agency' },
    { id: 'bon', name: 'Xã Bốn', kind: 'commune' }, // never reports
  ],
  fields: [{ id: 'ho-tich', name: 'Hộ tịch' }],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan: Plan = parsed.value;

type Row = Omit<DossierRow, 'field'>;
function report(row: Row, digital: Partial<ReportData['digital']>, satisfaction: [ratings: number, satisfied: number], feedback: ReportData['feedback']): ReportData {
  return {
    dossiers: [{ field: 'ho-tich', ...row }],
    procedures: { total: 10, oneStop: 10 },
    digital: {
      digitizedDossiers: 0, digitizedResults: 0, electronicResults: 0, feeDossiers: 0, paidOnline: 0,
      reusedData: 0, processedOnSystem: 0, certifiedCopies: 0, eCertifiedCopies: 0, ...digital,
    },
    satisfaction: { ratings: satisfaction[0], satisfied: satisfaction[1], lciRatings: 0, lciSatisfied: 0 },
    feedback,
    tasks: [],
  };
}

// Xã Một, Q2: 40+60+0 = 100 = 50+30+10 + 5+5. received 100, resolved 90, in time 50+30+5 = 85, late 10+5 = 15.
// 4.2 = 80 ÷ 100 = 0.8 exactly at its threshold: full points.
const motQ2 = report(
  { online: 40, direct: 60, carriedOver: 0, early: 50, onTime: 30, late: 10, pendingOnTime: 5, pendingOverdue: 5 },
  { digitizedDossiers: 80, electronicResults: 45, feeDossiers: 20, paidOnline: 9, reusedData: 40, certifiedCopies: 10, eCertifiedCopies: 10 },
  [20, 15],
  { received: 10, resolved: 8, resolvedOnTime: 6 },
);
// Xã Hai, Q2: 150+50+0 = 200 = 100+80+0 + 10+10. received 200, resolved 180, in time 190, late 0+10 = 10.
// 5.4 = (200 − 10 − (50 − 40)) ÷ 200 = 0.9 exactly at its threshold: full points.
const haiQ2 = report(
  { online: 150, direct: 50, carriedOver: 0, early: 100, onTime: 80, late: 0, pendingOnTime: 10, pendingOverdue: 10 },
  { digitizedDossiers: 150, electronicResults: 180, feeDossiers: 15, paidOnline: 13, reusedData: 180, certifiedCopies: 5, eCertifiedCopies: 4 },
  [50, 40],
  { received: 5, resolved: 5, resolvedOnTime: 5 },
);
// Phòng Ba, Q2: 0+50+10 = 60 = 20+20+10 + 5+5. received 50, resolved 50, in time 45, late 10+5 = 15.
// Zero denominators: no fee dossiers (3.6), no certified copies (G4-e-copies), no feedback (5.2).
const baQ2 = report(
  { online: 0, direct: 50, carriedOver: 10, early: 20, onTime: 20, late: 10, pendingOnTime: 5, pendingOverdue: 5 },
  { digitizedDossiers: 20, electronicResults: 25 },
  [10, 4],
  { received: 0, resolved: 0, resolvedOnTime: 0 },
);
// Xã Một, Q1: 20+30+0 = 50 = 25+15+0 + 5+5; 1 of 10 fee dossiers paid online, nothing rated.
const motQ1 = report(
  { online: 20, direct: 30, carriedOver: 0, early: 25, onTime: 15, late: 0, pendingOnTime: 5, pendingOverdue: 5 },
  { feeDossiers: 10, paidOnline: 1 },
  [0, 0],
  { received: 0, resolved: 0, resolvedOnTime: 0 },
);

const sent = (unitId: string, period: string, data: ReportData): SubmittedReport =>
  ({ unitId, period, version: 1, data, firstSubmittedAt: '2024-06-10T03:00:00Z', submittedAt: '2024-06-10T03:00:00Z', status: 'accepted' });
const reports = [sent('mot', '2024-Q1', motQ1), sent('mot', '2024-Q2', motQ2), sent('hai', '2024-Q2', haiQ2), sent('ba', '2024-Q2', baQ2)];
const q2 = computeScorecard({ plan, period: '2024-Q2', reports, computedAt: '2024-06-30T00:00:00Z' });

const unit = (card: ScorecardFigures, id: string): Index766 => card.units.find((u) => u.unitId === id)!.index766;
/** id → [rate, points] of the estimated indicators (portal ones are checked apart). */
const estimated = (index: Index766) =>
  Object.fromEntries(index.indicators.filter((i) => i.basis === 'form-06').map((i) => [i.id, [i.rate, i.points]]));

function expectIndicators(index: Index766, expected: Record<string, [rate: number | null, points: number | null]>): void {
  const actual = estimated(index);
  expect(Object.keys(actual)).toEqual(Object.keys(expected));
  for (const [id, [rate, points]] of Object.entries(expected)) {
    const [gotRate, gotPoints] = actual[id] as [number | null, number | null];
    if (rate === null) expect([gotRate, gotPoints], id).toEqual([null, null]);
    else {
      expect(gotRate, id).toBeCloseTo(rate, 9);
      expect(gotPoints, id).toBeCloseTo(points!, 9);
    }
  }
}

describe('the indicator table', () => {
  it('holds the reference’s 100 points, of which form 06 can estimate 64 and the portal holds 36', () => {
    expect(INDEX_766_INDICATORS.reduce((sum, i) => sum + i.max, 0)).toBe(100);
    // 2.1 20 + G3 12 + 3.6 6 + 4.1 6 + 4.2 4 + e-copies 2 + 4.3 2 + 5.2 6 + 5.4 6 = 64
    expect(ESTIMATED_MAX).toBe(64);
    expect(ESTIMATED_INDICATORS.map((i) => [i.id, i.max])).toEqual([
      ['2.1', 20], ['G3-online', 12], ['3.6', 6], ['4.1', 6], ['4.2', 4], ['G4-e-copies', 2], ['4.3', 2], ['5.2', 6], ['5.4', 6],
    ]);
    // The reference's rules: 4.2 and 4.3 full at ≥ 80%, 5.4 at ≥ 90%; the rest are our assumption (rate × ceiling).
    expect(ESTIMATED_INDICATORS.filter((i) => !i.assumed).map((i) => [i.id, i.threshold])).toEqual([['4.2', 0.8], ['4.3', 0.8], ['5.4', 0.9]]);
    expect(ESTIMATED_INDICATORS.filter((i) => i.assumed).every((i) => i.threshold === 1)).toBe(true);
  });

  it('lists every portal-only indicator with its ceiling, no rate and no points', () => {
    const portal = unit(q2, 'mot').indicators.filter((i) => i.basis === 'portal');
    expect(portal.map((i) => [i.id, i.max])).toEqual([
      ['1.1', 6], ['1.2', 4], ['1.3', 2], ['1.4', 6], ['3.5', 2], ['3.5b', 2], ['4.4', 4], ['4.5a', 2], ['4.5b', 2], ['5.3', 6],
    ]);
    expect(portal.every((i) => i.rate === null && i.points === null)).toBe(true);
  });
});

describe('three units of 2024-Q2, by hand', () => {
  it('Xã Một: 4.2 exactly at 80% takes full points; the rest rate × ceiling or ÷ threshold', () => {
    const index = unit(q2, 'mot');
    expectIndicators(index, {
      '2.1': [85 / 100, 20 * 0.85], // 17
      'G3-online': [40 / 100, 12 * 0.4], // 4.8
      '3.6': [9 / 20, 6 * 0.45], // 2.7
      '4.1': [45 / 90, 6 * 0.5], // 3
      '4.2': [80 / 100, 4], // at 0.8: full
      'G4-e-copies': [10 / 10, 2],
      '4.3': [40 / 100, (2 * 0.4) / 0.8], // 1
      '5.2': [6 / 10, 6 * 0.6], // 3.6
      '5.4': [(100 - 15 - (20 - 15)) / 100, (6 * 0.8) / 0.9], // 0.8 → 5.333…
    });
    // 17 + 4.8 + 2.7 + 3 + 4 + 2 + 1 + 3.6 + 5.333… = 43.433…, of all 64 points
    expect(index.points).toBeCloseTo(43 + 13 / 30, 9);
    expect(index.max).toBe(64);
  });

  it('Xã Một’s points to gain: largest first, equal gains by fewer dossiers, none where full', () => {
    expect(round(unit(q2, 'mot').gains)).toEqual([
      { indicatorId: 'G3-online', points: 7.2, dossiers: 60 }, // 12 − 4.8; 100 − 40 more online
      { indicatorId: '3.6', points: 3.3, dossiers: 11 }, // 6 − 2.7; 20 − 9 more paid online
      { indicatorId: '2.1', points: 3, dossiers: 15 }, // 20 − 17; 100 − 85 more in time
      { indicatorId: '4.1', points: 3, dossiers: 45 }, // 6 − 3; 90 − 45 more e-results (same 3 points: more dossiers, after)
      { indicatorId: '5.2', points: 2.4, dossiers: 4 }, // 6 − 3.6; 10 − 6 more handled on time
      { indicatorId: '4.3', points: 1, dossiers: 40 }, // 2 − 1; 0.8 × 100 − 40
      { indicatorId: '5.4', points: 0.666667, dossiers: 10 }, // 6 − 5.333…; 0.9 × 100 − 80
    ]);
  });

  it('Xã Hai: 5.4 exactly at 90% takes full points and offers no gain', () => {
    const index = unit(q2, 'hai');
    expectIndicators(index, {
      '2.1': [190 / 200, 20 * 0.95], // 19
      'G3-online': [150 / 200, 12 * 0.75], // 9
      '3.6': [13 / 15, (6 * 13) / 15], // 5.2
      '4.1': [180 / 180, 6],
      '4.2': [150 / 200, (4 * 0.75) / 0.8], // 3.75
      'G4-e-copies': [4 / 5, 2 * 0.8], // 1.6
      '4.3': [180 / 200, 2], // 0.9 ≥ 0.8
      '5.2': [5 / 5, 6],
      '5.4': [0.9, 6], // (200 − 10 − 10) ÷ 200
    });
    // 19 + 9 + 5.2 + 6 + 3.75 + 1.6 + 2 + 6 + 6 = 58.55
    expect(index.points).toBeCloseTo(58.55, 9);
    expect(index.max).toBe(64);
    expect(round(index.gains)).toEqual([
      { indicatorId: 'G3-online', points: 3, dossiers: 50 }, // 200 − 150
      { indicatorId: '2.1', points: 1, dossiers: 10 }, // 200 − 190
      { indicatorId: '3.6', points: 0.8, dossiers: 2 }, // 15 − 13
      { indicatorId: 'G4-e-copies', points: 0.4, dossiers: 1 }, // 5 − 4
      { indicatorId: '4.2', points: 0.25, dossiers: 10 }, // 0.8 × 200 − 150
    ]);
    const payment = index.gains.find((g) => g.indicatorId === '3.6')!;
    expect(gainText(payment, 'vi')).toBe('2 hồ sơ nữa thanh toán trực tuyến → +0,8 điểm');
    expect(gainText(payment, 'en')).toBe('2 more dossiers paid online → +0.8 points');
    expect(gainText(index.gains.find((g) => g.indicatorId === 'G4-e-copies')!, 'en')).toBe('1 more copy certified electronically → +0.4 points');
  });

  it('Phòng Ba: a zero denominator is "no data", not 0 points, and its ceiling leaves the max', () => {
    const index = unit(q2, 'ba');
    expectIndicators(index, {
      '2.1': [45 / 60, 20 * 0.75], // 15
      'G3-online': [0, 0], // 0 of 50 online: a real 0, unlike the no-data lines
      '3.6': [null, null], // 0 fee dossiers
      '4.1': [25 / 50, 6 * 0.5], // 3
      '4.2': [20 / 50, (4 * 0.4) / 0.8], // 2
      'G4-e-copies': [null, null], // 0 certified copies
      '4.3': [0, 0],
      '5.2': [null, null], // 0 feedback received
      '5.4': [(60 - 15 - 6) / 60, (6 * 0.65) / 0.9], // 39 ÷ 60 = 0.65 → 4.333…
    });
    expect(index.points).toBeCloseTo(15 + 3 + 2 + 13 / 3, 9); // 24.333…
    expect(index.max).toBe(64 - 6 - 2 - 6); // 50
    expect(index.indicators.find((i) => i.id === '3.6')).toEqual({ id: '3.6', rate: null, points: null, max: 6, basis: 'form-06' });
    expect(index.gains.map((g) => g.indicatorId)).not.toContain('3.6');
    expect(round(index.gains)).toEqual([
      { indicatorId: 'G3-online', points: 12, dossiers: 50 },
      { indicatorId: '2.1', points: 5, dossiers: 15 }, // 60 − 45
      { indicatorId: '4.1', points: 3, dossiers: 25 },
      { indicatorId: '4.2', points: 2, dossiers: 20 }, // 0.8 × 50 − 20
      { indicatorId: '4.3', points: 2, dossiers: 40 }, // 0.8 × 50 − 0
      { indicatorId: '5.4', points: 1.666667, dossiers: 15 }, // 0.9 × 60 − 39
    ]);
  });

  it('a unit that sent no report has no data at all: 0 of 0 points and nothing to gain', () => {
    const index = unit(q2, 'bon');
    expect([index.points, index.max, index.gains]).toEqual([0, 0, []]);
    expect(index.indicators.every((i) => i.rate === null && i.points === null)).toBe(true);
  });
});

describe('roll-ups from summed counts', () => {
  it('the district adds the units’ numerators and denominators, never a mean of their rates', () => {
    const district = q2.district.index766;
    expectIndicators(district, {
      '2.1': [(85 + 190 + 45) / (100 + 200 + 60), (20 * 320) / 360], // 17.777…; the mean of rates would give 17
      'G3-online': [(40 + 150 + 0) / (100 + 200 + 50), (12 * 190) / 350],
      '3.6': [(9 + 13) / (20 + 15), (6 * 22) / 35], // Phòng Ba adds 0 ÷ 0
      '4.1': [(45 + 180 + 25) / (90 + 180 + 50), (6 * 250) / 320],
      '4.2': [(80 + 150 + 20) / 350, (4 * (250 / 350)) / 0.8],
      'G4-e-copies': [(10 + 4) / (10 + 5), (2 * 14) / 15],
      '4.3': [(40 + 180 + 0) / 350, (2 * (220 / 350)) / 0.8],
      '5.2': [(6 + 5) / (10 + 5), (6 * 11) / 15],
      '5.4': [(80 + 180 + 39) / 360, (6 * (299 / 360)) / 0.9],
    });
    const sum = (20 * 320) / 360 + (12 * 190) / 350 + (6 * 22) / 35 + (6 * 250) / 320 + (4 * 250) / 350 / 0.8 + (2 * 14) / 15
      + (2 * 220) / 350 / 0.8 + (6 * 11) / 15 + (6 * 299) / 360 / 0.9;
    expect(district.points).toBeCloseTo(sum, 9); // ≈ 49.70
    expect(district.max).toBe(64);
    expect(district.gains).toEqual([]);
  });

  it('a group’s estimate is its own units’ sums, and stands as the district in the group’s view', () => {
    const group = q2.groups.find((g) => g.groupId === 'cum')!.index766;
    // 2.1 of Xã Một and Xã Hai: (85 + 190) ÷ (100 + 200) = 0.91666… → 18.333…
    expect(group.indicators.find((i) => i.id === '2.1')!.points).toBeCloseTo((20 * 275) / 300, 9);
    // 3.6: (9 + 13) ÷ (20 + 15), as the district: Phòng Ba had no fee dossiers anyway.
    expect(group.indicators.find((i) => i.id === '3.6')!.rate).toBeCloseTo(22 / 35, 9);
    expect(scorecardForGroup(q2, 'cum')!.district.index766).toEqual(group);
  });

  it('H1 is estimated from the summed quarters (flows summed, pending from Q2), not from the quarters’ estimates', () => {
    const h1 = unit(computeScorecard({ plan, period: '2024-H1', reports, computedAt: '2024-06-30T00:00:00Z' }), 'mot');
    // early 25 + 50, on time 15 + 30, late 0 + 10; pending 5 + 5 from Q2 only: all = 75 + 45 + 10 + 10 = 140,
    // in time 75 + 45 + 5 = 125 → 20 × 125 ÷ 140 = 17.857… (Q1 0.9 and Q2 0.85 would average 17.5).
    expect(h1.indicators.find((i) => i.id === '2.1')!.points).toBeCloseTo((20 * 125) / 140, 9);
    // 3.6: (1 + 9) ÷ (10 + 20) = 1/3 → 2.
    expect(h1.indicators.find((i) => i.id === '3.6')!.points).toBeCloseTo(2, 9);
    // 5.4: late 10 + 5 = 15, dislike (0 + 20) − (0 + 15) = 5: (140 − 15 − 5) ÷ 140 = 0.857… → 6 × 0.857… ÷ 0.9.
    expect(h1.indicators.find((i) => i.id === '5.4')!.points).toBeCloseTo((6 * (120 / 140)) / 0.9, 9);
  });
});

describe('the index766 chart and the help text', () => {
  it('ranks units by estimated points against their max, titled an estimate; no-data units left out', () => {
    const vi = withCharts(q2, 'vi').charts.find((c) => c.id === 'index766')!;
    expect(vi.title).toBe('Chỉ số 766 ước tính của các đơn vị — Quý 2/2024');
    expect(vi.config.data.labels).toEqual(['1. Xã Hai', '2. Xã Một', '3. Phòng Ba']); // 58.55, 43.43, 24.33; Xã Bốn has no data
    const [points, max] = vi.config.data.datasets;
    expect(points!.data).toEqual([58.6, 43.4, 24.3]);
    expect(max!.data).toEqual([64, 64, 50]);
    const en = withCharts(q2, 'en').charts.find((c) => c.id === 'index766')!;
    expect(en.title).toBe('Estimated 766 index of units — Q2 2024');
  });

  it('states every assumption and the 64-point coverage, in Vietnamese and English', () => {
    for (const lang of ['vi', 'en'] as const) {
      const help = INDEX766_HELP[lang];
      expect(help).toContain('64');
      expect(help).toContain('2.1, G3-online, 3.6, 4.1, G4-e-copies, 5.2');
      for (const i of ESTIMATED_INDICATORS) expect(help).toContain(`${i.id} `);
    }
    expect(INDEX766_HELP.vi).toContain('ƯỚC TÍNH');
    expect(INDEX766_HELP.en).toContain('ESTIMATED');
  });
});

/** Gains with points to 6 decimals, as the API answers them. */
function round(gains: Index766['gains']): Index766['gains'] {
  return gains.map((g) => ({ ...g, points: Math.round(g.points * 1e6) / 1e6 }));
}
