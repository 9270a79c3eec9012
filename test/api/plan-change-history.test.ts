/**
 * "A plan change never rewrites stored reports; a unit removed from a plan keeps its history"
 * (issue 12), over HTTP: after the plan is replaced without xa-b, the district office, leadership
 * and admins still read xa-b's latest report and each stored version, unchanged byte for byte,
 * while a new submission for xa-b is a 400 naming `unitId`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportB } from '../helpers/fixtures.js';

const PLAN = `/v1/plans/${PLAN_ID}`;
const PEOPLE = { reviewer: 'van-phong@thu.vn', viewer: 'lanh-dao@thu.vn', reporterB: 'can-bo-b@thu.vn' };
const OFFICE = ['reviewer', 'viewer', 'admin'] as const;

/** xa-b's second version: 2 fewer of 50 ratings satisfied (45 → 43), the rest as reportB. */
function reportBCorrected() {
  const data = reportB();
  data.satisfaction.satisfied = 43;
  return data;
}

describe('a unit removed from the plan keeps its history', () => {
  let s: ApiStack;
  let admin: string;
  const tokens: Partial<Record<(typeof OFFICE)[number], string>> = {};
  let storedBefore: string[];

  beforeAll(async () => {
    s = await startApiStack();
    admin = await seedPlan(s, planDefinition(), [
      { email: PEOPLE.reviewer, role: 'reviewer' },
      { email: PEOPLE.viewer, role: 'viewer' },
      { email: PEOPLE.reporterB, role: 'reporter', unitId: UNIT.b },
    ]);
    Object.assign(tokens, { reviewer: await s.token(PEOPLE.reviewer), viewer: await s.token(PEOPLE.viewer), admin });
    const reporter = await s.token(PEOPLE.reporterB);
    for (const data of [reportB(), reportBCorrected()]) {
      const res = await s.api('POST', `${PLAN}/reports`, { token: reporter, body: { unitId: UNIT.b, period: Q1, data } });
      expect(res.status, res.text).toBe(201);
    }
    storedBefore = await Promise.all([1, 2].map(async (n) => (await s.api('GET', `${PLAN}/reports/${Q1}/${UNIT.b}/versions/${n}`, { token: admin })).text));

    // The plan is replaced without xa-b.
    const withoutB = planDefinition();
    withoutB.units = withoutB.units.filter((u) => u.id !== UNIT.b);
    const replaced = await s.api('PUT', PLAN, { token: admin, body: withoutB });
    expect(replaced.status, replaced.text).toBe(200);
    expect(replaced.body.units.map((u: { id: string }) => u.id)).toEqual([UNIT.a, UNIT.c, UNIT.d]);
  });
  afterAll(() => s.close());

  it.each(OFFICE)('as %s: reads the latest report: version 2, with both versions in the history', async (who) => {
    const res = await s.api('GET', `${PLAN}/reports/${Q1}/${UNIT.b}`, { token: tokens[who]! });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ planId: PLAN_ID, unitId: UNIT.b, period: Q1, version: 2, status: 'submitted', data: reportBCorrected() });
    expect(res.body.history.map((h: { version: number; submittedBy: string }) => [h.version, h.submittedBy])).toEqual([
      [1, PEOPLE.reporterB],
      [2, PEOPLE.reporterB],
    ]);
  });

  it.each(OFFICE)('as %s: reads each stored version exactly as it was before the plan changed', async (who) => {
    for (const n of [1, 2]) {
      const res = await s.api('GET', `${PLAN}/reports/${Q1}/${UNIT.b}/versions/${n}`, { token: tokens[who]! });
      expect(res.status).toBe(200);
      expect(res.text).toBe(storedBefore[n - 1]);
    }
    const first = await s.api('GET', `${PLAN}/reports/${Q1}/${UNIT.b}/versions/1`, { token: tokens[who]! });
    expect(first.body.data.satisfaction.satisfied).toBe(45);
  });

  it('a unit that never reported, in the plan or not, is still a 404', async () => {
    for (const unitId of [UNIT.c, 'xa-khong-co']) {
      expect((await s.api('GET', `${PLAN}/reports/${Q1}/${unitId}`, { token: admin })).status, unitId).toBe(404);
      expect((await s.api('GET', `${PLAN}/reports/${Q1}/${unitId}/versions/1`, { token: admin })).status, unitId).toBe(404);
    }
  });

  it('refuses a new submission for the removed unit with 400 unknown_unit at unitId, in vi and en, storing nothing', async () => {
    const reporter = await s.token(PEOPLE.reporterB);
    for (const [token, lang, message] of [
      [reporter, 'vi', 'Không có đơn vị "xa-b" trong kế hoạch.'],
      [admin, 'en', 'No unit "xa-b" in the plan.'],
    ] as const) {
      const res = await s.api('POST', `${PLAN}/reports`, { token, lang, body: { unitId: UNIT.b, period: Q1, data: reportB() } });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      expect(res.body.error.issues).toEqual([{ path: 'unitId', code: 'unknown_unit', message }]);
    }
    const latest = await s.api('GET', `${PLAN}/reports/${Q1}/${UNIT.b}`, { token: admin });
    expect(latest.body.history).toHaveLength(2);
  });
});
