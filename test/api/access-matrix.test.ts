/**
 * Who may call what (DESIGN §3), cell by cell over HTTP. The reporter's two columns are one
 * person, a reporter of xa-a: "own" acts on xa-a, "other" on xa-b. Routes without a unit treat
 * both columns alike. Reviews use `return`, so that no cell locks a report for the next one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB } from '../helpers/fixtures.js';

const ROLES = ['admin', 'planAdmin', 'reviewer', 'viewer', 'reporterOwn', 'reporterOther', 'stranger', 'anonymous'] as const;
type Role = (typeof ROLES)[number];

const EMAIL: Record<Exclude<Role, 'anonymous'>, string> = {
  admin: ADMIN_EMAIL, // named in ADMIN_EMAILS
  planAdmin: 'quan-tri@thu.vn', // admin by membership of this plan only
  reviewer: 'van-phong@thu.vn',
  viewer: 'lanh-dao@thu.vn',
  reporterOwn: 'can-bo-a@thu.vn',
  reporterOther: 'can-bo-a@thu.vn',
  stranger: 'nguoi-la@thu.vn', // signed in, no membership
};

interface Call {
  method: 'GET' | 'PUT' | 'POST' | 'DELETE';
  path: string;
  body?: unknown;
}
/** A call, aimed at xa-a or (for the "other" column) at xa-b, made as `role`. */
type CallOn = (unitId: string, role: Role) => Call;
/** Each column removes a member of its own, so that one cell's removal cannot turn the next into a 404. */
const leaving = (role: Role) => `roi-di-${role.toLowerCase()}@thu.vn`;

const plan = `/v1/plans/${PLAN_ID}`;
const dataOf = (unitId: string) => (unitId === UNIT.a ? reportA() : reportB());

type Row = [route: string, call: CallOn, expected: Record<Role, number>];
const row = (route: string, call: CallOn, ...codes: number[]): Row => [route, call, Object.fromEntries(ROLES.map((r, i) => [r, codes[i]!])) as Record<Role, number>];

// prettier-ignore
const MATRIX: Row[] = [
  //                                                                                                           admin planAdm review viewer repOwn repOther stranger anon
  row('GET  /v1/me',                      () => ({ method: 'GET', path: '/v1/me' }),                           200,  200,    200,   200,   200,   200,     200,     401),
  row('GET  /v1/plans',                   () => ({ method: 'GET', path: '/v1/plans' }),                        200,  200,    200,   200,   200,   200,     200,     401),
  row('GET  /v1/plans/{id}',              () => ({ method: 'GET', path: plan }),                               200,  200,    200,   200,   200,   200,     403,     401),
  row('PUT  /v1/plans/{id}',              () => ({ method: 'PUT', path: plan, body: planDefinition() }),       200,  200,    403,   403,   403,   403,     403,     401),
  row('PUT  …/members/{email}',           () => ({ method: 'PUT', path: `${plan}/members/khach@thu.vn`, body: { role: 'viewer' } }),
                                                                                                               200,  200,    403,   403,   403,   403,     403,     401),
  row('DELETE …/members/{email}',         (_u, role) => ({ method: 'DELETE', path: `${plan}/members/${leaving(role)}` }),
                                                                                                               204,  204,    403,   403,   403,   403,     403,     401),
  row('GET  …/members',                   () => ({ method: 'GET', path: `${plan}/members` }),                  200,  200,    403,   403,   403,   403,     403,     401),
  row('GET  …/members/audit',             () => ({ method: 'GET', path: `${plan}/members/audit` }),            200,  200,    403,   403,   403,   403,     403,     401),
  row('POST …/reports',                   (u) => ({ method: 'POST', path: `${plan}/reports`, body: { unitId: u, period: Q1, data: dataOf(u) } }),
                                                                                                               201,  201,    403,   403,   201,   403,     403,     401),
  row('GET  …/reports/{p}/{unit}',        (u) => ({ method: 'GET', path: `${plan}/reports/${Q1}/${u}` }),      200,  200,    200,   200,   200,   403,     403,     401),
  row('GET  …/reports/{p}/{unit}/versions/1', (u) => ({ method: 'GET', path: `${plan}/reports/${Q1}/${u}/versions/1` }),
                                                                                                               200,  200,    200,   200,   200,   403,     403,     401),
  row('POST …/reports/{p}/{unit}/review', (u) => ({ method: 'POST', path: `${plan}/reports/${Q1}/${u}/review`, body: { decision: 'return', comment: 'Kiểm tra lại' } }),
                                                                                                               200,  200,    200,   403,   403,   403,     403,     401),
  row('GET  …/periods/{p}/status',        () => ({ method: 'GET', path: `${plan}/periods/${Q1}/status` }),     200,  200,    200,   200,   200,   200,     403,     401),
  row('POST …/scorecards/{p}/compute',    () => ({ method: 'POST', path: `${plan}/scorecards/${Q1}/compute` }), 200, 200,    200,   403,   403,   403,     403,     401),
  row('GET  …/scorecards/{p}',            () => ({ method: 'GET', path: `${plan}/scorecards/${Q1}` }),         200,  200,    200,   200,   200,   200,     403,     401),
  row('GET  /openapi.json',               () => ({ method: 'GET', path: '/openapi.json' }),                    200,  200,    200,   200,   200,   200,     200,     200),
];

const CELLS = MATRIX.flatMap(([route, call, expected]) => ROLES.map((role) => [route, role, expected[role], call] as const));

describe('the role × route matrix of DESIGN §3', () => {
  let s: ApiStack;
  const tokens = new Map<Role, string | undefined>();

  beforeAll(async () => {
    s = await startApiStack();
    await seedPlan(s, planDefinition(), [
      { email: EMAIL.planAdmin, role: 'admin' },
      { email: EMAIL.reviewer, role: 'reviewer' },
      { email: EMAIL.viewer, role: 'viewer' },
      { email: EMAIL.reporterOwn, role: 'reporter', unitId: UNIT.a },
      ...ROLES.map((role) => ({ email: leaving(role), role: 'viewer' as const })),
    ]);
    for (const role of ROLES) tokens.set(role, role === 'anonymous' ? undefined : await s.token(EMAIL[role]));
    // Something to read, review and show: a report of each unit and a computed scorecard.
    const admin = tokens.get('admin');
    for (const [unitId, data] of [[UNIT.a, reportA()], [UNIT.b, reportB()]] as const) {
      expect((await s.api('POST', `${plan}/reports`, { token: admin, body: { unitId, period: Q1, data } })).status).toBe(201);
    }
    expect((await s.api('POST', `${plan}/scorecards/${Q1}/compute`, { token: admin })).status).toBe(200);
  });
  afterAll(() => s.close());

  it.each(CELLS)('%s as %s → %i', async (_route, role, expected, call) => {
    const { method, path, body } = call(role === 'reporterOther' ? UNIT.b : UNIT.a, role);
    const res = await s.api(method, path, { token: tokens.get(role), body });
    expect(res.status, res.text).toBe(expected);
    if (expected === 401 || expected === 403) {
      expect(res.body).toEqual({ error: { code: expected === 401 ? 'unauthorized' : 'forbidden', message: expect.any(String), issues: [] } });
    }
  });
});

describe('what each role sees', () => {
  let s: ApiStack;
  beforeAll(async () => {
    s = await startApiStack();
    await seedPlan(s, planDefinition(), [
      { email: EMAIL.reviewer, role: 'reviewer' },
      { email: EMAIL.reporterOwn, role: 'reporter', unitId: UNIT.a },
    ]);
  });
  afterAll(() => s.close());

  it('GET /v1/me names the caller and each membership, with the reporter’s unit', async () => {
    const reporter = await s.api('GET', '/v1/me', { token: await s.token('Can-Bo-A@Thu.VN') });
    expect(reporter.status).toBe(200);
    expect(reporter.body).toMatchObject({ email: EMAIL.reporterOwn, memberships: [{ planId: PLAN_ID, role: 'reporter', unitId: UNIT.a }] });

    const reviewer = await s.api('GET', '/v1/me', { token: await s.token(EMAIL.reviewer) });
    expect(reviewer.body).toMatchObject({ email: EMAIL.reviewer, memberships: [{ planId: PLAN_ID, role: 'reviewer' }] });
    expect(reviewer.body.memberships[0]).not.toHaveProperty('unitId');

    const admin = await s.api('GET', '/v1/me', { token: await s.token(ADMIN_EMAIL) });
    expect(admin.body).toMatchObject({ email: ADMIN_EMAIL, memberships: [{ planId: PLAN_ID, role: 'admin' }] });
  });

  it('GET /v1/plans lists a member’s plans with computed periods, and nothing for a stranger', async () => {
    const member = await s.api('GET', '/v1/plans', { token: await s.token(EMAIL.reviewer) });
    expect(member.status).toBe(200);
    expect(member.body.plans.map((p: { id: string }) => p.id)).toEqual([PLAN_ID]);
    const stranger = await s.api('GET', '/v1/plans', { token: await s.token(EMAIL.stranger) });
    expect(stranger.body).toEqual({ plans: [] });
  });

  it('GET /v1/plans/{id} returns the definition with its seven periods and Q1’s deadline', async () => {
    const res = await s.api('GET', plan, { token: await s.token(EMAIL.reporterOwn) });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id: PLAN_ID, year: 2024, timezone: 'Asia/Ho_Chi_Minh', units: planDefinition().units, fields: planDefinition().fields });
    expect(res.body.periods.map((p: { id: string }) => p.id)).toEqual(['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4', '2024-H1', '2024-9M', '2024-Y']);
    expect(res.body.periods[0]).toMatchObject({ from: '2023-12-15', to: '2024-03-14', deadline: '2024-03-17T23:59:59+07:00' });
  });

  it('a stranger learns nothing about a plan, even whether it exists (403, not 404)', async () => {
    const stranger = await s.token(EMAIL.stranger);
    expect((await s.api('GET', '/v1/plans/no-such-plan', { token: stranger })).status).toBe(403);
    expect((await s.api('GET', plan, { token: stranger })).status).toBe(403);
  });

  it.each([
    ['an unknown plan', '/v1/plans/no-such-plan'],
    ['an unknown unit', `${plan}/reports/${Q1}/xa-khong-co`],
    ['an unknown period', `${plan}/reports/2024-Q5/${UNIT.a}`],
    ['a period of another year', `${plan}/reports/2023-Q4/${UNIT.a}`],
    ['a report never submitted', `${plan}/reports/${Q1}/${UNIT.a}`],
    ['a version never stored', `${plan}/reports/${Q1}/${UNIT.a}/versions/7`],
    ['a version that is not a number', `${plan}/reports/${Q1}/${UNIT.a}/versions/abc`],
    // A scorecard of the plan's year is computed on read once anything is stored (freshness.test.ts has the 404 before that).
    ['a scorecard of another year', `${plan}/scorecards/2023-H1`],
    ['the status of an unknown period', `${plan}/periods/2024-H3/status`],
  ])('an admin asking for %s gets 404 not_found', async (_what, path) => {
    const res = await s.api('GET', path, { token: await s.token(ADMIN_EMAIL) });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('not_found');
  });

  it('PUT /v1/plans/{id} answers 201 for a new plan and 200 for a replaced one', async () => {
    const admin = await s.token(ADMIN_EMAIL);
    const fresh = { ...planDefinition(), id: 'moi-2024' };
    const created = await s.api('PUT', '/v1/plans/moi-2024', { token: admin, body: fresh });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: 'moi-2024', periods: expect.any(Array) });
    const replaced = await s.api('PUT', '/v1/plans/moi-2024', { token: admin, body: { ...fresh, name: 'Tên mới' } });
    expect(replaced.status).toBe(200);
    expect((await s.api('GET', '/v1/plans/moi-2024', { token: admin })).body.name).toBe('Tên mới');
  });

  it('PUT …/members/{email} answers the stored membership, lower-cased', async () => {
    const res = await s.api('PUT', `${plan}/members/${encodeURIComponent('Can-Bo-D@Thu.VN')}`, {
      token: await s.token(ADMIN_EMAIL),
      body: { role: 'reporter', unitId: UNIT.d },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ planId: PLAN_ID, email: 'can-bo-d@thu.vn', role: 'reporter', unitId: UNIT.d, warnings: [] });
  });
});
