/**
 * Percent-encoding in the path, over HTTP on the local stack. API Gateway decodes the path once
 * before the function sees it and refuses a path it cannot decode; the local stack's gateway does
 * the same (functions/local/api-gateway.ts), and the handlers never decode again. So a malformed
 * path is a 400 naming the parameter, never a 5xx, and "%2541" arrives as "%41", not "A".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA } from '../helpers/fixtures.js';

const PLAN = `/v1/plans/${PLAN_ID}`;

let s: ApiStack;
let admin: string;

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition());
  expect((await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId: UNIT.a, period: Q1, data: reportA() } })).status).toBe(201);
});
afterAll(() => s.close());

describe('a path that does not decode', () => {
  it.each([
    ['/v1/plans/%', 'planId'],
    [`${PLAN}/reports/${Q1}/${UNIT.a}/versions/%ff`, 'version'],
    // The first two bytes of a three-byte UTF-8 sequence (अ is %E0%A4%85).
    ['/v1/plans/%E0%A4', 'planId'],
    [`${PLAN}/scorecards/2024-Q%`, 'period'],
  ])('GET %s is a 400 naming %s', async (path, parameter) => {
    const res = await s.api('GET', path, { token: admin, lang: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation_failed', issues: [{ path: parameter, code: 'invalid_format' }] });
    expect(res.body.error.issues).toHaveLength(1);
  });

  it('is a 400 before any token is asked for, as API Gateway refuses it before its authorizer', async () => {
    expect((await s.api('GET', '/v1/plans/%')).status).toBe(400);
  });
});

describe('a path that decodes', () => {
  it('is decoded exactly once: "%2541" is the plan "%41", which does not exist', async () => {
    const res = await s.api('GET', '/v1/plans/%2541', { token: admin });
    expect(res.status).toBe(404);
  });

  it('gives the handler the decoded parameter: a member "pct%41+x@thu.vn" sent as pct%2541%2Bx%40thu.vn', async () => {
    const put = await s.api('PUT', `${PLAN}/members/pct%2541%2Bx%40thu.vn`, { token: admin, body: { role: 'viewer' } });
    expect(put.status, put.text).toBe(200);
    expect(put.body.email).toBe('pct%41+x@thu.vn');
    const me = await s.api('GET', '/v1/me', { token: await s.token('pct%41+x@thu.vn') });
    expect(me.body.memberships).toEqual([expect.objectContaining({ planId: PLAN_ID, role: 'viewer' })]);
  });
});
