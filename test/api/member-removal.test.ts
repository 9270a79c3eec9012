/**
 * DELETE /v1/plans/{planId}/members/{email} (DESIGN §10) over HTTP: 204 and access ends at once in
 * the serving process; 404 for a non-member; 403 for everyone but admins, before anything is
 * revealed; 400 naming `email` for a path that is not one. Another Lambda container keeps a
 * membership it has cached for at most 30 s (docs/architecture.md).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCache } from '../../functions/store/cached-store.js';
import { createDynamoStore } from '../../functions/store/dynamo-store.js';
import { createDynamoClient } from '../../functions/runtime/deps.js';
import { ADMIN_EMAIL, seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA } from '../helpers/fixtures.js';

const plan = `/v1/plans/${PLAN_ID}`;
const PEOPLE = {
  planAdmin: 'quan-tri@thu.vn',
  reviewer: 'van-phong@thu.vn',
  viewer: 'lanh-dao@thu.vn',
  reporter: 'can-bo-a@thu.vn',
  stranger: 'nguoi-la@thu.vn',
};

describe('DELETE …/members/{email}', () => {
  let s: ApiStack;
  let admin: string;
  const members = async () => (await s.api('GET', `${plan}/members`, { token: admin })).body.members.map((m: { email: string }) => m.email);

  beforeAll(async () => {
    s = await startApiStack();
    admin = await seedPlan(s, planDefinition(), [
      { email: PEOPLE.planAdmin, role: 'admin' },
      { email: PEOPLE.reviewer, role: 'reviewer' },
      { email: PEOPLE.viewer, role: 'viewer' },
      { email: PEOPLE.reporter, role: 'reporter', unitId: UNIT.a },
      { email: 'roi-di@thu.vn', role: 'viewer' },
    ]);
  });
  afterAll(() => s.close());

  it('lists the members by email, with the reporter’s unit', async () => {
    const res = await s.api('GET', `${plan}/members`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      planId: PLAN_ID,
      members: [
        { email: 'can-bo-a@thu.vn', role: 'reporter', unitId: 'xa-a' },
        { email: 'lanh-dao@thu.vn', role: 'viewer' },
        { email: 'quan-tri@thu.vn', role: 'admin' },
        { email: 'roi-di@thu.vn', role: 'viewer' },
        { email: 'van-phong@thu.vn', role: 'reviewer' },
      ],
    });
  });

  it.each(['reviewer', 'viewer', 'reporter', 'stranger'] as const)('refuses a %s with 403 and removes nobody', async (who) => {
    const token = await s.token(PEOPLE[who]);
    for (const target of ['roi-di@thu.vn', 'khong-co@thu.vn', 'khong-phai-email']) {
      const res = await s.api('DELETE', `${plan}/members/${target}`, { token });
      expect(res.status, target).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await members()).toContain('roi-di@thu.vn');
  });

  it('a stranger gets 403 for a plan that does not exist; an admin 404', async () => {
    expect((await s.api('DELETE', '/v1/plans/khong-co-2024/members/roi-di@thu.vn', { token: await s.token(PEOPLE.stranger) })).status).toBe(403);
    expect((await s.api('DELETE', '/v1/plans/khong-co-2024/members/roi-di@thu.vn', { token: admin })).body.error.code).toBe('not_found');
  });

  it('ends a reporter’s access at once: their very next request in this process is 403', async () => {
    const reporter = await s.token(PEOPLE.reporter);
    // The membership is now cached by the serving process.
    expect((await s.api('GET', plan, { token: reporter })).status).toBe(200);
    expect((await s.api('POST', `${plan}/reports`, { token: reporter, body: { unitId: UNIT.a, period: Q1, data: reportA() } })).status).toBe(201);

    const removed = await s.api('DELETE', `${plan}/members/${PEOPLE.reporter}`, { token: await s.token(PEOPLE.planAdmin) });
    expect(removed.status).toBe(204);
    expect(removed.text).toBe('');

    expect((await s.api('GET', plan, { token: reporter })).status).toBe(403);
    expect((await s.api('GET', `${plan}/reports/${Q1}/${UNIT.a}`, { token: reporter })).status).toBe(403);
    expect((await s.api('POST', `${plan}/reports`, { token: reporter, body: { unitId: UNIT.a, period: Q1, data: reportA() } })).status).toBe(403);
    expect((await s.api('GET', '/v1/me', { token: reporter })).body.memberships).toEqual([]);
    expect(await members()).not.toContain(PEOPLE.reporter);
  });

  it('answers 404 not_a_member for someone who is not (or no longer) a member, in vi and en', async () => {
    const never = await s.api('DELETE', `${plan}/members/khong-co@thu.vn`, { token: admin });
    expect(never.status).toBe(404);
    expect(never.body).toEqual({ error: { code: 'not_a_member', message: '"khong-co@thu.vn" không phải thành viên của kế hoạch này.', issues: [] } });
    const again = await s.api('DELETE', `${plan}/members/${PEOPLE.reporter}`, { token: admin, lang: 'en' });
    expect(again.status).toBe(404);
    expect(again.body.error.message).toBe('"can-bo-a@thu.vn" is not a member of this plan.');
    // An administrator named in ADMIN_EMAILS is one by configuration, not by membership.
    expect((await s.api('DELETE', `${plan}/members/${ADMIN_EMAIL}`, { token: admin })).status).toBe(404);
  });

  it('reads the path’s email as PUT does: trimmed and lower-cased', async () => {
    const res = await s.api('DELETE', `${plan}/members/${encodeURIComponent(' Roi-Di@Thu.VN ')}`, { token: admin });
    expect(res.status).toBe(204);
    expect(await members()).not.toContain('roi-di@thu.vn');
  });

  it.each([
    ['no @', 'khong-phai-email'],
    ['a space inside', encodeURIComponent('a b@thu.vn')],
    ['over 254 characters', `${'a'.repeat(250)}@thu.vn`],
  ])('refuses a path email with %s: 400 naming `email`', async (_what, email) => {
    const res = await s.api('DELETE', `${plan}/members/${email}`, { token: admin, lang: 'en' });
    expect(res.status).toBe(400);
    expect(res.body.error.issues).toEqual([{ path: 'email', code: 'invalid_format', message: '"email" is not in the expected format (email).' }]);
  });

  it('another Lambda container sees the removal once its 30 s cache entry expires', async () => {
    await s.api('PUT', `${plan}/members/${PEOPLE.reporter}`, { token: admin, body: { role: 'reporter', unitId: UNIT.a } });
    let clock = 0;
    const client = createDynamoClient(s.stack.storeEndpoint);
    const otherContainer = withCache(createDynamoStore(client, s.stack.tableName), 30_000, () => clock);
    try {
      expect(await otherContainer.getMembership(PLAN_ID, PEOPLE.reporter)).toMatchObject({ role: 'reporter' });
      expect((await s.api('DELETE', `${plan}/members/${PEOPLE.reporter}`, { token: admin })).status).toBe(204);
      clock = 29_999;
      expect(await otherContainer.getMembership(PLAN_ID, PEOPLE.reporter)).toMatchObject({ role: 'reporter' });
      clock = 30_000;
      expect(await otherContainer.getMembership(PLAN_ID, PEOPLE.reporter)).toBeNull();
    } finally {
      client.destroy();
    }
  });
});
