/** The stored form of a scorecard reads back exactly as the engine wrote it, and is much smaller. */
import { describe, expect, it } from 'vitest';
import { compactScorecard, expandScorecard } from '../../functions/store/scorecard-codec.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import { benchPlan, benchReports } from '../../bench/fixtures.js';

describe('scorecard codec', () => {
  // 60 units reporting in Q2 and Q1 (previous values), 5 of them with no report (no-data KPIs).
  const plan = benchPlan(65);
  const reports = [...benchReports(plan, '2024-Q1', 7), ...benchReports(plan, '2024-Q2', 8)].filter((r) => !['u-3', 'u-9', 'u-20', 'u-41', 'u-64'].includes(r.unitId));
  const scorecard = computeScorecard({ plan, period: '2024-Q2', reports, computedAt: '2024-06-20T00:00:00Z' });

  it('round-trips every unit KPI exactly: value, target, status, previous', () => {
    const back = expandScorecard(JSON.parse(JSON.stringify(compactScorecard(scorecard))));
    expect(back).toEqual(scorecard);
    expect(scorecard.units.some((u) => u.kpis.some((k) => k.status === 'no-data'))).toBe(true);
    expect(scorecard.units.some((u) => u.kpis.some((k) => k.previous !== null))).toBe(true);
  });

  it('stores at most half the bytes', () => {
    expect(JSON.stringify(compactScorecard(scorecard)).length * 2).toBeLessThan(JSON.stringify(scorecard).length);
  });
});
