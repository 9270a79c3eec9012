/**
 * GET /v1/plans/{planId}/members/audit over HTTP: every grant, role change and removal, oldest
 * first, with who made it (the caller) and when (the server's clock). The PUT answer warns when
 * a reporter's new role sees every unit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, UNIT, planDefinition } from '../helpers/fixtures.js';

const plan = `/v1/plans/${PLAN_ID}`;
const PLAN_ADMIN = 'quan-tri@thu.vn';
const member = (email: string) => `${plan}/members/${email}`;

describe('the membership audit', () => {
  let s: ApiStack;
  let admin: string;
  let planAdmin: string;
  const audit = async () => (await s.api('GET', `${plan}/members/audit`, { token: admin })).body.events;

  beforeAll(async () => {
    s = await startApiStack(); // the clock starts at 2024-03-10T09:00:00+07:00 = 02:00 UTC
    admin = await seedPlan(s, planDefinition(), [{ email: PLAN_ADMIN, role: 'admin' }]);
    planAdmin = await s.token(PLAN_ADMIN);
  });
  afterAll(() => s.close());

  it('records grant → change → removal in order, with the actor and the server’s time; a PUT that changes nothing adds nothing', async () => {
    s.setNow('2024-04-01T08:30:00+07:00');
    expect((await s.api('PUT', member('can-bo-b@thu.vn'), { token: admin, body: { role: 'reporter', unitId: UNIT.b } })).status).toBe(200);
    s.setNow('2024-04-02T14:00:00+07:00');
    expect((await s.api('PUT', member('Can-Bo-B@Thu.VN'), { token: planAdmin, body: { role: 'viewer' } })).status).toBe(200);
    s.setNow('2024-04-02T14:05:00+07:00');
    expect((await s.api('PUT', member('can-bo-b@thu.vn'), { token: planAdmin, body: { role: 'viewer' } })).status).toBe(200);
    s.setNow('2024-04-03T07:15:00+07:00');
    expect((await s.api('DELETE', member('can-bo-b@thu.vn'), { token: admin })).status).toBe(204);

    const res = await s.api('GET', `${plan}/members/audit`, { token: planAdmin });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      planId: PLAN_ID,
      events: [
        { email: PLAN_ADMIN, at: '2024-03-10T02:00:00.000Z', by: ADMIN_EMAIL, action: 'granted', from: null, to: { role: 'admin' } },
        { email: 'can-bo-b@thu.vn', at: '2024-04-01T01:30:00.000Z', by: ADMIN_EMAIL, action: 'granted', from: null, to: { role: 'reporter', unitId: 'xa-b' } },
        { email: 'can-bo-b@thu.vn', at: '2024-04-02T07:00:00.000Z', by: PLAN_ADMIN, action: 'changed', from: { role: 'reporter', unitId: 'xa-b' }, to: { role: 'viewer' } },
        { email: 'can-bo-b@thu.vn', at: '2024-04-03T00:15:00.000Z', by: ADMIN_EMAIL, action: 'removed', from: { role: 'viewer' }, to: null },
      ],
    });
  });

  it('records nothing for a refused change: 403, 400, or 404 not_a_member', async () => {
    const before = await audit();
    const stranger = await s.token('nguoi-la@thu.vn');
    expect((await s.api('PUT', member('khach@thu.vn'), { token: stranger, body: { role: 'viewer' } })).status).toBe(403);
    expect((await s.api('PUT', member('khach@thu.vn'), { token: admin, body: { role: 'reporter' } })).status).toBe(400);
    expect((await s.api('DELETE', member('khach@thu.vn'), { token: admin })).status).toBe(404);
    expect(await audit()).toEqual(before);
  });

  it('warns, in the reader’s language, when a reporter’s new role sees every unit, and only then', async () => {
    await s.api('PUT', member('can-bo-c@thu.vn'), { token: admin, body: { role: 'reporter', unitId: UNIT.c } });
    const toViewer = await s.api('PUT', member('can-bo-c@thu.vn'), { token: admin, body: { role: 'viewer' } });
    expect(toViewer.body).toEqual({
      planId: PLAN_ID, email: 'can-bo-c@thu.vn', role: 'viewer',
      warnings: [{
        path: 'role', code: 'role_widens_access',
        message: 'Vai trò "viewer" xem được mọi đơn vị, không chỉ đơn vị "xa-c" như trước. Muốn thu hồi quyền, hãy xóa thành viên thay vì đổi vai trò.',
      }],
    });
    await s.api('PUT', member('can-bo-c@thu.vn'), { token: admin, body: { role: 'reporter', unitId: UNIT.c } });
    const toReviewer = await s.api('PUT', member('can-bo-c@thu.vn'), { token: admin, body: { role: 'reviewer' }, lang: 'en' });
    expect(toReviewer.body.warnings).toEqual([
      { path: 'role', code: 'role_widens_access', message: 'Role "reviewer" sees every unit, not only unit "xa-c" as before. To take rights away, remove the member instead.' },
    ]);
    // Another unit, or a viewer made reviewer: no unit's reports become newly visible.
    await s.api('PUT', member('can-bo-d@thu.vn'), { token: admin, body: { role: 'reporter', unitId: UNIT.a } });
    expect((await s.api('PUT', member('can-bo-d@thu.vn'), { token: admin, body: { role: 'reporter', unitId: UNIT.b } })).body.warnings).toEqual([]);
    expect((await s.api('PUT', member('can-bo-c@thu.vn'), { token: admin, body: { role: 'viewer' } })).body.warnings).toEqual([]);
  });

  it('keeps a true chain when two admins change one member at the same moment: each event starts where another ended', async () => {
    await Promise.all([
      s.api('PUT', member('tranh-chap@thu.vn'), { token: admin, body: { role: 'viewer' } }),
      s.api('PUT', member('tranh-chap@thu.vn'), { token: planAdmin, body: { role: 'reviewer' } }),
    ]);
    const events = (await audit()).filter((e: { email: string }) => e.email === 'tranh-chap@thu.vn');
    const stored = (await s.api('GET', `${plan}/members`, { token: admin })).body.members.find((m: { email: string }) => m.email === 'tranh-chap@thu.vn');
    expect(events).toHaveLength(2);
    const granted = events.find((e: { action: string }) => e.action === 'granted');
    const changed = events.find((e: { action: string }) => e.action === 'changed');
    // Whichever write came second replaced what the first one stored, and the member holds its role.
    expect(granted.from).toBeNull();
    expect(changed.from).toEqual(granted.to);
    expect(changed.to).toEqual({ role: stored.role });
    expect([granted.to.role, changed.to.role].sort()).toEqual(['reviewer', 'viewer']);
  });
});
