/**
 * The 766 estimate over HTTP (DESIGN §10 `index766`): phong-d's points worked out by hand from its
 * fixture report, as the compute route answers them (rounded to 6 decimals, scorecard-answer.ts).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportD } from '../helpers/fixtures.js';

let s: ApiStack;
let admin: string;

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition());
  const sent = await s.api('POST', `/v1/plans/${PLAN_ID}/reports`, { token: admin, body: { unitId: UNIT.d, period: Q1, data: reportD() } });
  expect(sent.status, sent.text).toBe(201);
});
afterAll(() => s.close());

it('answers phong-d’s estimate: points and max over the indicators it has data for', async () => {
  const res = await s.api('POST', `/v1/plans/${PLAN_ID}/scorecards/${Q1}/compute`, { token: admin });
  expect(res.status, res.text).toBe(200);
  const d = res.body.units.find((u: Json) => u.unitId === UNIT.d).index766;
  // reportD: 0+50+10 = 60 = 20+20+10 + 5+5; received 50, resolved 50, in time 20+20+5 = 45, late 10+5 = 15.
  //   2.1  45 ÷ 60 = 0.75                 → 20 × 0.75 = 15
  //   G3   0 online ÷ 50                  → 0
  //   3.6  0 fee dossiers                 → no data (not in max)
  //   4.1  25 e-results ÷ 50 resolved     → 6 × 0.5 = 3
  //   4.2  40 digitized ÷ 50 = 0.8        → full 4 (threshold 80%)
  //   e-copies 0 certified copies         → no data
  //   4.3  25 reused ÷ 50 = 0.5           → 2 × 0.5 ÷ 0.8 = 1.25
  //   5.2  0 feedback received            → no data
  //   5.4  (60 − 15 − (20 − 18)) ÷ 60 = 43/60 → 6 × (43/60) ÷ 0.9 = 4.777778
  // points 15 + 0 + 3 + 4 + 1.25 + 4.777778 = 28.027778; max 64 − 6 − 2 − 6 = 50
  expect(d.points).toBe(28.027778);
  expect(d.max).toBe(50);
  expect(d.indicators.find((i: Json) => i.id === '5.4')).toEqual({ id: '5.4', rate: 0.716667, points: 4.777778, max: 6, basis: 'form-06' });
  expect(d.indicators.find((i: Json) => i.id === '3.6')).toEqual({ id: '3.6', rate: null, points: null, max: 6, basis: 'form-06' });
  // The largest gain: G3, 12 points for 50 more dossiers submitted online.
  expect(d.gains[0]).toEqual({ indicatorId: 'G3-online', points: 12, dossiers: 50 });
  expect(res.body.charts.some((c: Json) => c.id === 'index766')).toBe(true);
});
