/** A scorecard is answered with values rounded to 6 decimals; counts stay exact, the figures untouched. */
import { describe, expect, it } from 'vitest';
import { scorecardAnswer } from '../../functions/use-cases/scorecard-answer.js';
import type { KpiResult, ScorecardFigures } from '../../shared/engine/scorecard-model.js';
import { index766Counts, rollupIndex766, unitIndex766 } from '../../shared/engine/index766/estimate.js';

// on_time_resolution 2 ÷ 3 = 0.6666666666666666 → 0.666667; previous 1 ÷ 7 = 0.14285714285714285 → 0.142857.
const twoThirds: KpiResult = { id: 'on_time_resolution', value: 2 / 3, target: 1, status: 'below', numerator: 2, denominator: 3, previous: 1 / 7 };
const noData: KpiResult = { id: 'satisfaction', value: null, target: 0.9, status: 'no-data', numerator: 0, denominator: 0, previous: null };

// A 766 estimate with repeating decimals: 3 dossiers, 1 online, 2 of 3 in time, 1 late, nothing else.
// 2.1 = 2/3 → 20 × 2/3 = 13.333…; 5.4 = 1 − 1/3 = 2/3 < 0.9 → 6 × (2/3) ÷ 0.9 = 4.444…;
// G3-online = 1/3 → 4; 4.1, 4.2, 4.3 = 0/3 → 0; total 13.333… + 4 + 4.444… = 21.777…
const counts766 = index766Counts({
  dossiers: [{ field: 'f', online: 1, direct: 2, carriedOver: 0, early: 1, onTime: 1, late: 1, pendingOnTime: 0, pendingOverdue: 0 }],
  procedures: { total: 1, oneStop: 1 },
  digital: { digitizedDossiers: 0, digitizedResults: 0, electronicResults: 0, feeDossiers: 0, paidOnline: 0, reusedData: 0, processedOnSystem: 0, certifiedCopies: 0, eCertifiedCopies: 0 },
  satisfaction: { ratings: 0, satisfied: 0, lciRatings: 0, lciSatisfied: 0 },
  feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
  tasks: [],
});

function figures(): ScorecardFigures {
  return {
    planId: 'p', period: '2024-Q2', computedAt: '2024-06-20T00:00:00Z', stale: false, provisional: false, tasks: [],
    district: { kpis: [twoThirds, noData], index766: rollupIndex766([counts766]) },
    // score: mean of min(1, (2/3) ÷ 1) × 100 = 66.666666… → 66.666667
    units: [{ unitId: 'xa-a', name: 'Xã A', kind: 'commune', score: 200 / 3, rank: 1, kpis: [twoThirds, noData], submitted: true, onTime: true, reviewStatus: 'submitted', index766: unitIndex766(counts766) }],
    completeness: { expected: 1, submitted: 1, onTime: 1, late: 0, missing: [], lateUnits: [] },
    groups: [{ groupId: 'g', name: 'Cụm', kpis: [twoThirds], completeness: { expected: 1, submitted: 1, onTime: 1, late: 0, missing: [], lateUnits: [] }, score: 200 / 3, rank: 1, trend: [{ period: '2024-Q1', kpis: { on_time_resolution: 5 / 9 } }], index766: rollupIndex766([counts766]) }],
    // 5 ÷ 9 = 0.5555555555555556 → 0.555556
    trend: [{ period: '2024-Q1', kpis: { on_time_resolution: 5 / 9, satisfaction: null } }],
    problems: [],
  };
}

describe('scorecard answer', () => {
  it('rounds values, previous values, scores and trend values to 6 decimals, everywhere', () => {
    const answer = scorecardAnswer(figures(), 'vi');
    expect(answer.district.kpis[0]).toEqual({ ...twoThirds, value: 0.666667, previous: 0.142857 });
    expect(answer.units[0]!.score).toBe(66.666667);
    expect(answer.units[0]!.kpis[0]!.value).toBe(0.666667);
    expect(answer.groups[0]!.score).toBe(66.666667);
    expect(answer.groups[0]!.kpis[0]!.previous).toBe(0.142857);
    expect(answer.groups[0]!.trend[0]!.kpis.on_time_resolution).toBe(0.555556);
    expect(answer.trend[0]!.kpis).toEqual({ on_time_resolution: 0.555556, satisfaction: null });
    for (const index of [answer.district.index766, answer.groups[0]!.index766, answer.units[0]!.index766]) {
      expect(index.points).toBe(21.777778);
      expect(index.indicators.find((i) => i.id === '2.1')).toMatchObject({ rate: 0.666667, points: 13.333333, max: 20 });
      expect(index.indicators.find((i) => i.id === '5.4')).toMatchObject({ rate: 0.666667, points: 4.444444, max: 6 });
    }
    // 2.1 gains 20 − 13.333… = 6.666…; 5.4 gains 6 − 4.444… = 1.555…
    expect(answer.units[0]!.index766.gains.filter((g) => ['2.1', '5.4'].includes(g.indicatorId))).toEqual([
      { indicatorId: '2.1', points: 6.666667, dossiers: 1 },
      { indicatorId: '5.4', points: 1.555556, dossiers: 1 },
    ]);
  });

  it('keeps nulls, exact counts and the figures it was given', () => {
    const given = figures();
    const answer = scorecardAnswer(given, 'vi');
    expect(answer.district.kpis[1]).toEqual(noData);
    expect(answer.district.kpis[0]).toMatchObject({ numerator: 2, denominator: 3 });
    expect(given.district.kpis[0]!.value).toBe(2 / 3);
    expect(answer.charts.length).toBeGreaterThan(0);
  });
});
