/**
 * Always fresh (issue 14, DESIGN §10 "Freshness"), over HTTP with the store's change feed on, as
 * `npm start` runs: a submission or a review shows in the scorecards without a compute call; a
 * burst of 200 submissions from 20 clients leaves the incrementally kept inputs equal to a full
 * recompute; a refresh that dies in the middle of a batch is retried and loses nothing.
 */
import type { Context, DynamoDBStreamEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPlan, benchReports } from '../../bench/fixtures.js';
import { handler as refreshHandler } from '../../functions/handlers/refresh-scorecards.js';
import { pointerChangeOf } from '../../functions/store/stream-filter.js';
import { repairDrift } from '../../functions/use-cases/scheduled-aggregation.js';
import { seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';

const PLAN = `/v1/plans/${PLAN_ID}`;
const Q2 = '2024-Q2';
const VIEWER = 'lanh-dao@thu.vn';
const REVIEWER = 'van-phong@thu.vn';
/** The goal for the local stack: a submission shows within 5 s. */
const FRESH_WITHIN_MS = 5_000;

const kpi = (card: Json, id: string) => card.district.kpis.find((k: Json) => k.id === id);
const unitOf = (card: Json, unitId: string) => card.units.find((u: Json) => u.unitId === unitId);

/** GETs the scorecard until `shows` holds of it, for at most FRESH_WITHIN_MS. */
async function until(s: ApiStack, token: string, path: string, shows: (card: Json) => boolean): Promise<Json> {
  const deadline = Date.now() + FRESH_WITHIN_MS;
  for (;;) {
    const res = await s.api('GET', path, { token });
    if (res.status === 200 && shows(res.body)) return res.body;
    if (Date.now() > deadline) throw new Error(`${path} did not show the change within ${FRESH_WITHIN_MS} ms: ${res.status} ${res.text.slice(0, 200)}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('a submission and a review show without a compute call', () => {
  let s: ApiStack;
  let admin: string;
  let viewer: string;
  let reviewer: string;
  const submit = async (unitId: string, data: Json, period = Q1) =>
    expect((await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId, period, data } })).status).toBe(201);

  beforeAll(async () => {
    s = await startApiStack({ liveScorecards: true });
    admin = await seedPlan(s, planDefinition(), [{ email: VIEWER, role: 'viewer' }, { email: REVIEWER, role: 'reviewer' }]);
    [viewer, reviewer] = [await s.token(VIEWER), await s.token(REVIEWER)];
  });
  afterAll(() => s.close());

  it('has no scorecard while nothing is submitted (404)', async () => {
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).status).toBe(404);
  });

  it('a submission shows in its quarter’s scorecard and the year’s, provisional', async () => {
    s.setNow('2024-03-10T09:00:00+07:00');
    await submit(UNIT.a, reportA());
    const q1 = await until(s, viewer, `${PLAN}/scorecards/${Q1}`, (card) => card.completeness.submitted === 1);
    // xa-a alone: resolved = (60+40+0) + (30+20+0) = 150, of which early+onTime = 150: 150 ÷ 150.
    expect(kpi(q1, 'on_time_resolution')).toMatchObject({ numerator: 150, denominator: 150, value: 1 });
    expect(kpi(q1, 'reporting_completeness')).toMatchObject({ numerator: 1, denominator: 4 });
    // Before the deadline (17 March) and with three units missing.
    expect(q1).toMatchObject({ stale: false, provisional: true, computedAt: new Date('2024-03-10T09:00:00+07:00').toISOString() });
    // The year adds its quarters' flows; only Q1 has any: the same 150 ÷ 150.
    const year = await until(s, viewer, `${PLAN}/scorecards/2024-Y`, (card) => kpi(card, 'on_time_resolution').denominator === 150);
    expect(kpi(year, 'on_time_resolution').numerator).toBe(150);
  });

  it('a second submission adds its numbers, and computedAt moves', async () => {
    s.setNow('2024-03-11T10:00:00+07:00');
    await submit(UNIT.b, reportB());
    const q1 = await until(s, viewer, `${PLAN}/scorecards/${Q1}`, (card) => card.completeness.submitted === 2);
    // xa-b: resolved 100, early+onTime 80 (fixtures.ts) → (150 + 80) ÷ (150 + 100) = 230 ÷ 250.
    expect(kpi(q1, 'on_time_resolution')).toMatchObject({ numerator: 230, denominator: 250 });
    expect(q1.computedAt).toBe(new Date('2024-03-11T10:00:00+07:00').toISOString());
    const h1 = await until(s, viewer, `${PLAN}/scorecards/2024-H1`, (card) => kpi(card, 'on_time_resolution').denominator === 250);
    expect(kpi(h1, 'on_time_resolution').numerator).toBe(230);
  });

  it('a review (accept) shows in the unit’s reviewStatus', async () => {
    const res = await s.api('POST', `${PLAN}/reports/${Q1}/${UNIT.a}/review`, { token: reviewer, body: { decision: 'accept', comment: '' } });
    expect(res.status).toBe(200);
    const q1 = await until(s, viewer, `${PLAN}/scorecards/${Q1}`, (card) => unitOf(card, UNIT.a).reviewStatus === 'accepted');
    expect(unitOf(q1, UNIT.b).reviewStatus).toBe('submitted');
  });

  it('is provisional after the deadline while units are missing, final once all are in', async () => {
    s.setNow('2024-03-18T09:00:00+07:00'); // the day after Q1's deadline
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).body).toMatchObject({ provisional: true, completeness: { missing: [UNIT.c, UNIT.d] } });
    await submit(UNIT.c, { ...reportB(), office: undefined }); // c has no one-stop office
    await submit(UNIT.d, reportD());
    const q1 = await until(s, viewer, `${PLAN}/scorecards/${Q1}`, (card) => card.completeness.submitted === 4);
    expect(q1).toMatchObject({ provisional: false, completeness: { missing: [], late: 2 } });
    // Before the deadline the same four reports are still provisional: a correction may come.
    s.setNow('2024-03-17T23:00:00+07:00');
    expect((await s.api('GET', `${PLAN}/scorecards/${Q1}`, { token: viewer })).body.provisional).toBe(true);
  });
});

describe('200 submissions from 20 clients, one plan', () => {
  const plan = benchPlan(50, { fields: 4 });
  const path = (period: string) => `/v1/plans/${plan.id}/scorecards/${period}`;
  let s: ApiStack;
  let admin: string;

  beforeAll(async () => {
    s = await startApiStack({ liveScorecards: true });
    admin = await seedPlan(s, plan);
  });
  afterAll(() => s.close());

  it('leave the incremental scorecards equal to a full recompute, field by field but computedAt', async () => {
    // Each of the 50 units: Q1 and Q2, each sent twice (a correction with other numbers) = 200.
    const bodies = [1, 2].flatMap((seed) => [Q1, Q2].flatMap((quarter) => benchReports(plan, quarter, seed).map(({ unitId, period, data }) => ({ unitId, period, data }))));
    expect(bodies).toHaveLength(200);
    const client = async () => {
      for (let body = bodies.pop(); body; body = bodies.pop()) expect((await s.api('POST', `/v1/plans/${plan.id}/reports`, { token: admin, body })).status).toBe(201);
    };
    await Promise.all(Array.from({ length: 20 }, client));
    await s.stack.changeFeed!.settled();

    const viewer = await s.token('admin@localhost');
    const incremental = await Promise.all([Q1, Q2, '2024-H1'].map(async (period) => (await s.api('GET', path(period), { token: viewer })).body));
    expect(incremental.map((card) => card.completeness.submitted)).toEqual([50, 50, 50]);
    // The drift check finds nothing to repair.
    for (const quarter of [Q1, Q2]) expect(await repairDrift(s.stack.deps.store, plan.id, quarter, new Date())).toBe(false);
    for (const [i, period] of [Q1, Q2, '2024-H1'].entries()) {
      const full = (await s.api('POST', `${path(period)}/compute`, { token: admin })).body;
      expect({ ...incremental[i], computedAt: null }).toEqual({ ...full, computedAt: null });
    }
  }, 120_000); // 200 submissions over HTTP: seconds alone, far more on a shared machine
});

describe('a refresh that dies in the middle of a batch', () => {
  let s: ApiStack;
  let admin: string;
  const batches: { records: number; groups: string[] }[] = [];

  beforeAll(async () => {
    // The first invocation writes the batch's Q1 group, then dies before the Q2 group.
    const crashing = async (event: DynamoDBStreamEvent, context: Context) => {
      const groups = [...new Set(event.Records.map((r) => pointerChangeOf(r).quarter))].sort();
      batches.push({ records: event.Records.length, groups });
      if (batches.length > 1) return refreshHandler(event, context);
      await refreshHandler({ Records: event.Records.filter((r) => pointerChangeOf(r).quarter === Q1) }, context);
      throw new Error('the function died');
    };
    // A long window gathers both submissions into one batch.
    s = await startApiStack({ liveScorecards: { handler: crashing, windowMs: 1_000, retryMs: 10 } });
    admin = await seedPlan(s, planDefinition());
  });
  afterAll(() => s.close());

  it('is retried, and both quarters show the submission', async () => {
    for (const period of [Q1, Q2]) {
      expect((await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId: UNIT.a, period, data: reportA() } })).status).toBe(201);
    }
    await s.stack.changeFeed!.settled();
    expect(batches).toEqual([{ records: 2, groups: [Q1, Q2] }, { records: 2, groups: [Q1, Q2] }]);
    for (const period of [Q1, Q2]) {
      const card = (await s.api('GET', `${PLAN}/scorecards/${period}`, { token: admin })).body;
      expect(unitOf(card, UNIT.a)).toMatchObject({ submitted: true });
      // 150 ÷ 150, as in the first describe.
      expect(kpi(card, 'on_time_resolution')).toMatchObject({ numerator: 150, denominator: 150 });
    }
  });
});
