/**
 * POST /v1/plans/{planId}/members over HTTP: an admin's many grants, changes and removals in one
 * request. Counts of each kind, one audit event per real change (an unchanged grant is counted,
 * not rewritten), warnings at `put[i].role`, and all or nothing: every problem named by its path
 * and nothing written while any is left. Only an admin may.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, UNIT, planDefinition } from '../helpers/fixtures.js';

const plan = `/v1/plans/${PLAN_ID}`;
const REPORTER_A = 'can-bo-a@thu.vn';
const REPORTER_B = 'can-bo-b@thu.vn';
const VIEWER = 'lanh-dao@thu.vn';

describe('bulk member changes', () => {
  let s: ApiStack;
  let admin: string;
  const members = async () => (await s.api('GET', `${plan}/members`, { token: admin })).body.members;
  const audit = async () => (await s.api('GET', `${plan}/members/audit`, { token: admin })).body.events;
  const change = (body: unknown, token = admin, lang?: string) => s.api('POST', `${plan}/members`, { token, body, ...(lang ? { lang } : {}) });

  beforeAll(async () => {
    s = await startApiStack();
    admin = await seedPlan(s, planDefinition(), [
      { email: REPORTER_A, role: 'reporter', unitId: UNIT.a },
      { email: REPORTER_B, role: 'reporter', unitId: UNIT.b },
      { email: VIEWER, role: 'viewer' },
    ]);
  });
  afterAll(() => s.close());

  it('grants, changes and removes in one request; an unchanged grant is counted and writes no event', async () => {
    const before = await audit();
    s.setNow('2024-04-01T08:30:00+07:00'); // = 01:30 UTC
    const res = await change({
      put: [
        { email: REPORTER_A, role: 'reporter', unitId: UNIT.a }, // as it is: unchanged
        { email: 'Can-Bo-B@Thu.VN', role: 'viewer' }, // reporter of xa-b → viewer: changed, and widens
        { email: 'can-bo-c@thu.vn', role: 'reporter', unitId: UNIT.c }, // new: granted
        { email: 'chuyen-vien@thu.vn', role: 'reviewer' }, // new: granted
      ],
      remove: [VIEWER],
    });
    expect(res.status, res.text).toBe(200);
    // 2 granted + 1 changed + 1 removed + 1 unchanged = the 5 entries sent.
    expect(res.body).toEqual({
      planId: PLAN_ID, granted: 2, changed: 1, removed: 1, unchanged: 1,
      warnings: [{
        path: 'put[1].role', code: 'role_widens_access',
        message: 'Vai trò "viewer" xem được mọi đơn vị, không chỉ đơn vị "xa-b" như trước. Muốn thu hồi quyền, hãy xóa thành viên thay vì đổi vai trò.',
      }],
    });
    expect(await members()).toEqual([
      { email: REPORTER_A, role: 'reporter', unitId: UNIT.a },
      { email: REPORTER_B, role: 'viewer' },
      { email: 'can-bo-c@thu.vn', role: 'reporter', unitId: UNIT.c },
      { email: 'chuyen-vien@thu.vn', role: 'reviewer' },
    ]);
    // 4 real changes → 4 events, by the caller at the server's time; none for REPORTER_A.
    const added = (await audit()).slice(before.length);
    const at = '2024-04-01T01:30:00.000Z';
    expect(added.sort((x: { email: string }, y: { email: string }) => x.email.localeCompare(y.email))).toEqual([
      { email: REPORTER_B, at, by: ADMIN_EMAIL, action: 'changed', from: { role: 'reporter', unitId: UNIT.b }, to: { role: 'viewer' } },
      { email: 'can-bo-c@thu.vn', at, by: ADMIN_EMAIL, action: 'granted', from: null, to: { role: 'reporter', unitId: UNIT.c } },
      { email: 'chuyen-vien@thu.vn', at, by: ADMIN_EMAIL, action: 'granted', from: null, to: { role: 'reviewer' } },
      { email: VIEWER, at, by: ADMIN_EMAIL, action: 'removed', from: { role: 'viewer' }, to: null },
    ]);
  });

  it('the removed member loses access at once; sending the same changes again changes nothing', async () => {
    expect((await s.api('GET', plan, { token: await s.token(VIEWER) })).status).toBe(403);
    const before = await audit();
    const again = await change({ put: [{ email: 'chuyen-vien@thu.vn', role: 'reviewer' }], remove: [] });
    expect(again.body).toMatchObject({ granted: 0, changed: 0, removed: 0, unchanged: 1, warnings: [] });
    expect(await audit()).toEqual(before);
  });

  it('refuses the whole request, naming every problem by its path, and writes nothing', async () => {
    const [membersBefore, auditBefore] = [await members(), await audit()];
    const res = await change(
      {
        put: [
          { email: 'moi@thu.vn', role: 'viewer' }, // fine on its own, still not written
          { email: 'khong-phai-email', role: 'viewer' },
          { email: 'x@thu.vn', role: 'reporter' },
          { email: 'y@thu.vn', role: 'reporter', unitId: 'xa-khong-co' },
          { email: ' MOI@thu.vn', role: 'reviewer' },
        ],
        remove: ['nguoi-la@thu.vn', 'y@thu.vn', REPORTER_A],
      },
      admin,
      'en',
    );
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(res.body.error.issues.map((i: { path: string; code: string }) => [i.path, i.code])).toEqual([
      ['put[1].email', 'invalid_format'],
      ['put[2].unitId', 'required'], // a reporter needs a unit
      ['put[3].unitId', 'unknown_unit'],
      ['put[4].email', 'duplicate_email'], // " MOI@thu.vn" is moi@thu.vn, as put[0]
      ['remove[0]', 'not_a_member'],
      ['remove[1]', 'put_and_removed'],
    ]);
    expect(res.body.error.issues[4].message).toBe('"nguoi-la@thu.vn" is not a member of this plan.');
    expect(await members()).toEqual(membersBefore);
    expect(await audit()).toEqual(auditBefore);
  });

  it('is for admins only: 403 for the plan’s reviewer and reporter, and nothing changes', async () => {
    const auditBefore = await audit();
    for (const email of ['chuyen-vien@thu.vn', REPORTER_A]) {
      const res = await change({ put: [{ email: 'khach@thu.vn', role: 'admin' }] }, await s.token(email));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await audit()).toEqual(auditBefore);
  });

  it('takes a plan sheet of 100 members in one request, past BatchWriteItem’s 25 writes per call', async () => {
    const put = Array.from({ length: 100 }, (_, i) => ({ email: `can-bo-${i}@thu.vn`, role: 'viewer' }));
    const res = await change({ put, remove: [] });
    expect(res.body).toMatchObject({ granted: 100, changed: 0, removed: 0, unchanged: 0 });
    // 4 earlier members + 100 new ones.
    expect(await members()).toHaveLength(104);
  });
});
