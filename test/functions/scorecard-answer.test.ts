/** A scorecard is answered with values rounded to 6 decimals; counts stay exact, the figures untouched. */
import { describe, expect, it } from 'vitest';
import { scorecardAnswer } from '../../functions/use-cases/scorecard-answer.js';
import type { KpiResult, ScorecardFigures } from '../../shared/engine/scorecard-model.js';

// on_time_resolution 2 ÷ 3 = 0.6666666666666666 → 0.666667; previous 1 ÷ 7 = 0.14285714285714285 → 0.142857.
const twoThirds: KpiResult = { id: 'on_time_resolution', value: 2 / 3, target: 1, status: 'below', numerator: 2, denominator: 3, previous: 1 / 7 };
const noData: KpiResult = { id: 'satisfaction', value: null, target: 0.9, status: 'no-data', numerator: 0, denominator: 0, previous: null };

function figures(): ScorecardFigures {
  return {
    planId: 'p', period: '2024-Q2', computedAt: '2024-06-20T00:00:00Z', stale: false,
    district: { kpis: [twoThirds, noData] },
    // score: mean of min(1, (2/3) ÷ 1) × 100 = 66.666666… → 66.666667
    units: [{ unitId: 'xa-a', name: 'Xã A', kind: 'commune', score: 200 / 3, rank: 1, kpis: [twoThirds, noData], submitted: true, onTime: true, reviewStatus: 'submitted' }],
    completeness: { expected: 1, submitted: 1, onTime: 1, late: 0, missing: [], lateUnits: [] },
    groups: [{ groupId: 'g', name: 'Cụm', kpis: [twoThirds], completeness: { expected: 1, submitted: 1, onTime: 1, late: 0, missing: [], lateUnits: [] }, score: 200 / 3, rank: 1, trend: [{ period: '2024-Q1', kpis: { on_time_resolution: 5 / 9 } }] }],
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
