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

  it('round-trips groups, the units\' groups and previousFrom', () => {
    // u-0…u-59 in two groups by parity; u-63 ends with Q1 and u-64, formed from it, starts in Q2.
    const merged = {
      ...plan,
      groups: [{ id: 'chan', name: 'Cụm chẵn' }, { id: 'le', name: 'Cụm lẻ' }],
      units: plan.units.map((u, i) => {
        if (u.id === 'u-63') return { ...u, validTo: '2024-03-31', mergedInto: 'u-64' };
        if (u.id === 'u-64') return { ...u, validFrom: '2024-04-01', predecessors: [{ id: 'u-63', share: 1 }] };
        return i < 60 ? { ...u, groups: [i % 2 === 0 ? 'chan' : 'le'] } : u;
      }),
    };
    const card = computeScorecard({ plan: merged, period: '2024-Q2', reports, computedAt: '2024-06-20T00:00:00Z' });
    expect(card.groups.map((g) => g.groupId).sort()).toEqual(['chan', 'le']);
    expect(card.units.find((u) => u.unitId === 'u-64')?.previousFrom).toEqual([{ unitId: 'u-63', share: 1 }]);
    expect(expandScorecard(JSON.parse(JSON.stringify(compactScorecard(card))))).toEqual(card);
  });

  it('stores at most half the bytes', () => {
    expect(JSON.stringify(compactScorecard(scorecard)).length * 2).toBeLessThan(JSON.stringify(scorecard).length);
  });
});
