/**
 * A scorecard worked out by hand, through the API (DESIGN §6): three of four units report 2024-Q1
 * on time (xa-c does not), a reviewer computes, and every number below is Σnumerators ÷
 * Σdenominators of the fixtures’ reports. Then `stale`, the period status, and the nightly drift check.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { handler as scheduledAggregate } from '../../functions/handlers/scheduled-aggregate.js';
import { seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';
import { lambdaContext } from '../helpers/lambda-context.js';

const PLAN = `/v1/plans/${PLAN_ID}`;
const REVIEWER = 'van-phong@thu.vn';
const VIEWER = 'lanh-dao@thu.vn';

type Expected = [id: string, numerator: number, denominator: number, value: number | null, target: number | null, status: string];

// prettier-ignore
/** District KPIs of 2024-Q1 from reports A, B and D (C is missing). received and resolved are 150, 100, 50. */
const DISTRICT: Expected[] = [
  ['one_stop_coverage',        100 + 50 + 32,  100 + 50 + 40,  182 / 190, 1,    'near'],  // 0.958
  ['on_time_resolution',       150 + 80 + 40,  150 + 100 + 50, 0.9,       1,    'near'],  // 270/300
  ['online_submission',        60 + 20 + 0,    300,            80 / 300,  null, 'info'],
  ['online_payment',           50 + 18 + 0,    100 + 80 + 0,   68 / 180,  0.45, 'near'],  // 0.378 ≥ 0.45 − 0.10
  ['digitized_dossiers',       150 + 100 + 40, 300,            290 / 300, 1,    'near'],
  ['digitized_results',        150 + 90 + 35,  300,            275 / 300, 1,    'near'],
  ['electronic_results',       150 + 80 + 25,  300,            0.85,      1,    'below'], // 255/300
  ['data_reuse',               75 + 50 + 25,   300,            0.5,       0.5,  'met'],
  ['electronic_processing',    150 + 100 + 30, 300,            280 / 300, 1,    'near'],
  ['satisfaction',             90 + 45 + 18,   100 + 50 + 20,  0.9,       0.9,  'met'],   // 153/170
  ['satisfaction_lci',         17 + 0 + 17,    20 + 0 + 20,    0.85,      0.85, 'met'],
  ['feedback_on_time',         4 + 2 + 0,      4 + 2 + 0,      1,         1,    'met'],
  ['e_certified_copies_share', 10 + 0 + 0,     40 + 0 + 0,     0.25,      null, 'info'],
  // Unit counts over the expected units; a unit that sent nothing counts against.
  ['brand_identity',           1,              2,              0.5,       1,    'below'], // one-stop offices a (yes), b (no)
  ['e_certification',          1,              2,              0.5,       1,    'below'], // certification units a (10 > 0), c (missing)
  ['reporting_completeness',   3,              4,              0.75,      1,    'below'],
  ['reporting_on_time',        3,              4,              0.75,      1,    'below'],
];

const byId = (kpis: Json[]): Record<string, Json> => Object.fromEntries(kpis.map((k) => [k.id, k]));
const unitOf = (scorecard: Json, unitId: string) => scorecard.units.find((u: { unitId: string }) => u.unitId === unitId);

let s: ApiStack;
let reviewer: string;
let viewer: string;
let admin: string;

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition(), [
    { email: REVIEWER, role: 'reviewer' },
    { email: VIEWER, role: 'viewer' },
  ]);
  [reviewer, viewer] = [await s.token(REVIEWER), await s.token(VIEWER)];
  s.setNow('2024-03-10T09:00:00+07:00');
  for (const [unitId, data] of [[UNIT.a, reportA()], [UNIT.b, reportB()], [UNIT.d, reportD()]] as const) {
    expect((await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId, period: Q1, data } })).status).toBe(201);
  }
});
afterAll(() => s.close());

describe('2024-Q1, computed on request', () => {
  let computed: Json;

  it('without the change feed (off in this suite), has no scorecard before the first computation (404)', async () => {
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).status).toBe(404);
  });

  it('POST compute answers the scorecard, stamped with the stack’s clock', async () => {
    s.setNow('2024-03-12T10:00:00+07:00');
    const res = await s.api('POST', `${PLAN}/scorecards/${Q1}/compute`, { token: reviewer });
    expect(res.status).toBe(200);
    computed = res.body;
    expect(computed).toMatchObject({ planId: PLAN_ID, period: Q1, stale: false });
    expect(Date.parse(computed.computedAt)).toBe(Date.parse('2024-03-12T03:00:00Z'));
  });

  it.each(DISTRICT)('district %s = %i ÷ %i', (id, numerator, denominator, value, target, status) => {
    const kpi = byId(computed.district.kpis)[id];
    expect(kpi).toMatchObject({ id, numerator, denominator, target, status, previous: null });
    if (value === null) expect(kpi.value).toBeNull();
    else expect(kpi.value).toBeCloseTo(value, 5); // answered to 6 decimals (scorecard-answer.ts)
  });

  it('lists exactly the seventeen KPIs of the contract', () => {
    expect(computed.district.kpis.map((k: { id: string }) => k.id).sort()).toEqual(DISTRICT.map(([id]) => id).sort());
  });

  it('scores and ranks the units; the one that sent nothing has no score and no rank', () => {
    // a meets all 11 KPIs with a target and data: 100.
    // b has 10 (satisfaction_lci has no data): 1 + 0.8 + 0.225/0.45 + 1 + 0.9 + 0.8 + 1 + 1 + 1 + 1 = 9 → 90.
    // d has 9 (no fee dossiers, no feedback): 0.8 + 0.8 + 0.8 + 0.7 + 0.5 + 1 + 0.6 + 1 + 1 = 7.2 → 80.
    const ranking = computed.units.map((u: Json) => [u.unitId, u.rank]);
    expect(ranking).toEqual([[UNIT.a, 1], [UNIT.b, 2], [UNIT.d, 3], [UNIT.c, null]]);
    expect(unitOf(computed, UNIT.a)).toMatchObject({ name: 'Xã A', kind: 'commune', score: 100 });
    expect(unitOf(computed, UNIT.b).score).toBeCloseTo(90, 5);
    expect(unitOf(computed, UNIT.d)).toMatchObject({ name: 'Phòng D', kind: 'agency' });
    expect(unitOf(computed, UNIT.d).score).toBeCloseTo(80, 5);
    expect(unitOf(computed, UNIT.c)).toMatchObject({ score: null, rank: null });
  });

  it('gives each unit its own KPIs, with no-data where a denominator is 0', () => {
    const b = byId(unitOf(computed, UNIT.b).kpis);
    expect(b.on_time_resolution).toMatchObject({ numerator: 80, denominator: 100, value: 0.8, status: 'below' });
    expect(b.online_payment).toMatchObject({ numerator: 18, denominator: 80, value: 0.225, target: 0.45, status: 'below' });
    expect(b.satisfaction_lci).toMatchObject({ numerator: 0, denominator: 0, value: null, status: 'no-data' });
    const d = byId(unitOf(computed, UNIT.d).kpis);
    expect(d.one_stop_coverage).toMatchObject({ numerator: 32, denominator: 40, value: 0.8, status: 'below' });
    expect(d.feedback_on_time).toMatchObject({ numerator: 0, denominator: 0, value: null, status: 'no-data' });
    const c = byId(unitOf(computed, UNIT.c).kpis);
    expect(Object.values(c).every((k: Json) => k.status === 'no-data')).toBe(true);
  });

  it('counts completeness: four expected, three on time, xa-c missing', () => {
    expect(computed.completeness).toMatchObject({ expected: 4, submitted: 3, onTime: 3, late: 0, missing: [UNIT.c] });
  });

  it('carries the contract’s charts as plain Chart.js configurations', () => {
    const ids = computed.charts.map((c: { id: string }) => c.id);
    expect(ids).toEqual(expect.arrayContaining(['district-kpis', 'unit-ranking', 'completeness', 'trend', 'kpi:one_stop_coverage', 'kpi:satisfaction']));
    for (const chart of computed.charts) {
      expect(chart).toMatchObject({ title: expect.any(String), config: { type: expect.stringMatching(/^(bar|line|doughnut)$/), data: { labels: expect.any(Array) } } });
    }
  });

  it('GET returns the same scorecard to a viewer, not stale, with English chart titles on request', async () => {
    const vi = await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer });
    expect(vi.status).toBe(200);
    expect(vi.body).toEqual(computed);
    const en = await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer, lang: 'en' });
    expect(en.body.district).toEqual(computed.district);
    const title = (sc: Json) => sc.charts.find((c: { id: string }) => c.id === 'district-kpis').title;
    expect(title(en.body)).not.toBe(title(vi.body));
  });

  it('the period status agrees: expected 4, submitted 3, on time 3, late 0, missing 1', async () => {
    const res = await s.api('GET', `${PLAN}/periods/${Q1}/status`, { token: viewer });
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ expected: 4, submitted: 3, onTime: 3, late: 0, missing: 1 });
    expect(res.body.units.filter((u: Json) => u.missing).map((u: Json) => u.unitId)).toEqual([UNIT.c]);
  });
});

describe('stale, and computing again', () => {
  it('a submission after the computation makes the stored scorecard stale, numbers unchanged', async () => {
    s.setNow('2024-03-12T11:00:00+07:00');
    const withBrand = { ...reportB(), office: { brandIdentity: true } };
    expect((await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId: UNIT.b, period: Q1, data: withBrand } })).status).toBe(201);
    const res = await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer });
    expect(res.body.stale).toBe(true);
    expect(byId(res.body.district.kpis).brand_identity).toMatchObject({ numerator: 1, denominator: 2 });
  });

  it('computing again takes the correction in and is not stale', async () => {
    s.setNow('2024-03-12T12:00:00+07:00');
    const res = await s.api('POST', `${PLAN}/scorecards/${Q1}/compute`, { token: admin });
    expect(res.body.stale).toBe(false);
    // Both one-stop offices now have the brand identity: 2 ÷ 2.
    expect(byId(res.body.district.kpis).brand_identity).toMatchObject({ numerator: 2, denominator: 2, value: 1, status: 'met' });
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).body.stale).toBe(false);
  });

  it('a review is activity too: it makes the scorecard stale', async () => {
    s.setNow('2024-03-12T13:00:00+07:00');
    expect((await s.api('POST', `${PLAN}/reports/${Q1}/${UNIT.d}/review`, { token: reviewer, body: { decision: 'accept', comment: '' } })).status).toBe(200);
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).body.stale).toBe(true);
  });
});

describe('the nightly drift check, on the same store', () => {
  // 2024-03-20 10:00 local is in Q2's window (from 03-15), so Q2 is current and Q1 just closed.
  const TIME = '2024-03-20T03:00:00Z';
  const context = () => lambdaContext({ name: 'scheduled-aggregate', memoryMB: 1024, timeoutSeconds: 300 });

  it('checks the quarter that just closed and the current one, and repairs Q1: xa-d was accepted after the last compute', async () => {
    const result = await scheduledAggregate({ time: TIME }, context());
    expect(result).toEqual({ checked: [`${PLAN_ID}/${Q1}`, `${PLAN_ID}/2024-Q2`], repaired: [`${PLAN_ID}/${Q1}`] });
  });

  it('leaves a fresh Q1 scorecard with the same hand-worked numbers', async () => {
    const res = await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ stale: false, completeness: { expected: 4, submitted: 3, missing: [UNIT.c] } });
    expect(unitOf(res.body, UNIT.d).reviewStatus).toBe('accepted');
    expect(Date.parse(res.body.computedAt)).toBe(Date.parse(TIME));
    const kpis = byId(res.body.district.kpis);
    expect(kpis.on_time_resolution).toMatchObject({ numerator: 270, denominator: 300 });
    expect(kpis.satisfaction).toMatchObject({ numerator: 153, denominator: 170 });
  });

  it('computes Q2, where nobody has reported yet: every unit missing, no ratio has data', async () => {
    const res = await s.api('GET', `${PLAN}/scorecards/2024-Q2`, { token: viewer });
    expect(res.status).toBe(200);
    expect(res.body.completeness).toMatchObject({ expected: 4, submitted: 0, missing: [UNIT.a, UNIT.b, UNIT.c, UNIT.d] });
    expect(byId(res.body.district.kpis).on_time_resolution).toMatchObject({ numerator: 0, denominator: 0, value: null, status: 'no-data' });
    // Q2's previous period is Q1: 270 ÷ 300.
    expect(byId(res.body.district.kpis).on_time_resolution.previous).toBeCloseTo(0.9, 5);
  });

  it('finds nothing more to repair, and gives the same result however often it runs', async () => {
    const before = (await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).text;
    expect((await scheduledAggregate({ time: TIME }, context())).repaired).toEqual([]);
    await scheduledAggregate({ time: TIME }, context());
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).text).toBe(before);
  });
});
