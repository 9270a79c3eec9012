/**
 * The reminder run (issue 15) against the real local stack and its dynalite store, through the
 * local-only routes `POST /dev/reminders/run` and `GET /dev/outbox`. 2024-Q3 is due 23:59:59 on
 * 17 September (Vietnam time): reminders go on the 10th (17 − 7) and the 15th (17 − 2) to units
 * that have not submitted, and on the 18th to those again and to the office with its list.
 *
 * Cast: xa-a's reporter reads Vietnamese, xa-b's English; phong-d submits before the first run;
 * xa-c has no reporter (no unit mail, but it is on the office's list); one reviewer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/routes.js';
import { sendReminders } from '../../functions/use-cases/send-reminders.js';
import { seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, UNIT, planDefinition, reportB, reportD } from '../helpers/fixtures.js';

const PLAN = `/v1/plans/${PLAN_ID}`;
const Q3 = '2024-Q3';
const REPORTER_A = 'can-bo-a@thu.vn';
const REPORTER_B = 'officer-b@thu.vn';
const REPORTER_D = 'can-bo-d@thu.vn';
const REVIEWER = 'van-phong@thu.vn';

let s: ApiStack;
let admin: string;

beforeAll(async () => {
  s = await startApiStack({ now: '2024-09-01T08:00:00+07:00' });
  admin = await seedPlan(s, planDefinition(), [
    { email: REPORTER_A, role: 'reporter', unitId: UNIT.a },
    { email: REPORTER_D, role: 'reporter', unitId: UNIT.d },
    { email: REVIEWER, role: 'reviewer' },
  ]);
  const english = await s.api('PUT', `${PLAN}/members/${REPORTER_B}`, { token: admin, body: { role: 'reporter', unitId: UNIT.b, lang: 'en' } });
  expect(english.status, english.text).toBe(200);
  expect(english.body).toMatchObject({ email: REPORTER_B, lang: 'en' });
  await submit(REPORTER_D, UNIT.d, reportD());
});
afterAll(() => s.close());

async function submit(email: string, unitId: string, data: unknown): Promise<void> {
  const res = await s.api('POST', `${PLAN}/reports`, { token: await s.token(email), body: { unitId, period: Q3, data } });
  expect(res.status, res.text).toBe(201);
}
const run = () => s.api('POST', '/dev/reminders/run', { token: admin });
const outbox = async (): Promise<Json[]> => (await s.api('GET', '/dev/outbox', { token: admin })).body.mails;
const lastReminded = async () => {
  const res = await s.api('GET', `${PLAN}/periods/${Q3}/status`, { token: await s.token(REVIEWER) });
  expect(res.status).toBe(200);
  return Object.fromEntries(res.body.units.map((u: Json) => [u.unitId, u.lastRemindedAt]));
};

describe('7 days before (10 September)', () => {
  it('a run retried twice mails each unit that has not submitted once', async () => {
    s.setNow('2024-09-10T07:00:00+07:00');
    const first = await run();
    expect(first.status, first.text).toBe(200);
    expect(first.body.sent).toEqual([`${PLAN_ID}/2024-09-10/${UNIT.a}`, `${PLAN_ID}/2024-09-10/${UNIT.b}`]);
    // The schedule's retries: the claims with sentAt stop both.
    expect((await run()).body.sent).toEqual([]);
    expect((await run()).body.sent).toEqual([]);
    const mails = await outbox();
    expect(mails.map((m) => m.to)).toEqual([[REPORTER_B], [REPORTER_A]]); // newest first
  });

  it('writes Vietnamese for a Vietnamese reader: the unit, the period, the deadline and how to submit', async () => {
    const mail = (await outbox()).find((m) => m.to[0] === REPORTER_A);
    expect(mail.subject).toBe('[Nhắc] Báo cáo Quý 3/2024 của Xã A: hạn 17/09/2024');
    expect(mail.text).toContain('Hạn nộp: 23:59 ngày 17/09/2024 (còn 7 ngày)');
    expect(mail.text).toContain('Tiện ích → tiện ích bổ sung báo cáo TTHC → Gửi báo cáo');
    expect(mail.text).toContain(s.url);
    expect(mail.html).toContain('<p>Kính gửi bộ phận một cửa Xã A,</p>');
  });

  it('writes English for an English-speaking member', async () => {
    const mail = (await outbox()).find((m) => m.to[0] === REPORTER_B);
    expect(mail.subject).toBe("[Reminder] Xã B's Q3 2024 report is due 17/09/2024");
    expect(mail.text).toContain('It is due by 23:59 on 17/09/2024 (7 days left).');
    expect(mail.text).not.toContain('Kính gửi');
  });

  it('the period status tells the office when each unit was last reminded', async () => {
    expect(await lastReminded()).toEqual({ [UNIT.a]: '2024-09-10T00:00:00.000Z', [UNIT.b]: '2024-09-10T00:00:00.000Z', [UNIT.c]: null, [UNIT.d]: null });
  });
});

describe('2 days before (15 September)', () => {
  it('a unit that submitted between two runs gets no second mail', async () => {
    s.setNow('2024-09-14T10:00:00+07:00');
    await submit(REPORTER_B, UNIT.b, reportB());
    s.setNow('2024-09-15T07:00:00+07:00');
    expect((await run()).body.sent).toEqual([`${PLAN_ID}/2024-09-15/${UNIT.a}`]);
    expect((await outbox()).length).toBe(3);
    expect((await outbox())[0]).toMatchObject({ to: [REPORTER_A], subject: expect.stringContaining('hạn 17/09/2024') });
  });

  it('a send that fails after its claim is sent by the retry, once', async () => {
    s.setNow('2024-09-15T09:00:00+07:00');
    // Later the same day: xa-a's claim for the day already holds sentAt.
    expect((await run()).body.sent).toEqual([]);
    const deps = s.stack.deps;
    const sent: string[] = [];
    const broken = { send: () => Promise.reject(new Error('SES is down')) };
    const working = { send: async (m: { to: readonly string[] }) => void sent.push(...m.to) };
    // 16 September is no reminder day for Q3; run as if the 15th were a day later with days [1].
    await s.api('PUT', PLAN, { token: admin, body: { ...planDefinition(), reminders: { daysBefore: [1] } } });
    const now = new Date('2024-09-16T07:00:00+07:00');
    const ctx = { ...deps, pageUrl: s.url, now: () => now };
    await expect(sendReminders({ ...ctx, mailer: broken }, now)).rejects.toThrow(/thu-api-2024/);
    expect((await sendReminders({ ...ctx, mailer: working }, now)).sent).toEqual([`${PLAN_ID}/2024-09-16/${UNIT.a}`]);
    expect((await sendReminders({ ...ctx, mailer: working }, now)).sent).toEqual([]);
    expect(sent).toEqual([REPORTER_A]);
    await s.api('PUT', PLAN, { token: admin, body: planDefinition() });
  });
});

describe('the day after the deadline (18 September)', () => {
  it('mails the still-missing unit again and the office its list of who is missing', async () => {
    s.setNow('2024-09-18T07:00:00+07:00');
    expect((await run()).body.sent).toEqual([`${PLAN_ID}/2024-09-18/${UNIT.a}`, `${PLAN_ID}/2024-09-18/office`]);
    const [office, unitA] = await outbox();
    expect(unitA).toMatchObject({ to: [REPORTER_A], subject: '[Quá hạn] Báo cáo Quý 3/2024 của Xã A chưa được nộp' });
    expect(office.to).toEqual([REVIEWER]);
    // Missing: xa-a (reminded) and xa-c (no reporter to remind); xa-b and phong-d submitted.
    expect(office.subject).toBe('[Quá hạn] 2 đơn vị chưa nộp báo cáo Quý 3/2024');
    expect(office.text).toContain('- Xã A\n- Xã C');
    expect(office.text).not.toContain('Xã B');
  });

  it('at most one mail per unit per day, however often it runs', async () => {
    s.setNow('2024-09-18T16:00:00+07:00');
    expect((await run()).body.sent).toEqual([]);
    expect((await lastReminded())[UNIT.a]).toBe('2024-09-18T00:00:00.000Z');
  });
});

describe('the local-only routes', () => {
  it('are for administrators: no token 401, a reviewer 403', async () => {
    const reviewer = await s.token(REVIEWER);
    expect((await s.api('GET', '/dev/outbox')).status).toBe(401);
    expect((await s.api('GET', '/dev/outbox', { token: reviewer })).status).toBe(403);
    const refused = await s.api('POST', '/dev/reminders/run', { token: reviewer });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
  });

  it('are no route of the contract, so the CDK stack never serves them', () => {
    expect(ROUTES.filter((r) => r.path.startsWith('/dev'))).toEqual([]);
  });

  it('a member keeps their mail language when the plan sheet changes their grant (POST …/members)', async () => {
    const changed = await s.api('POST', `${PLAN}/members`, { token: admin, body: { put: [{ email: REPORTER_B, role: 'viewer' }] } });
    expect(changed.body).toMatchObject({ changed: 1 });
    const members = (await s.api('GET', `${PLAN}/members`, { token: admin })).body.members;
    expect(members.find((m: Json) => m.email === REPORTER_B)).toEqual({ email: REPORTER_B, role: 'viewer', lang: 'en' });
  });

  it('a member lang other than vi or en is a 400 naming "lang"', async () => {
    const res = await s.api('PUT', `${PLAN}/members/x@thu.vn`, { token: admin, body: { role: 'viewer', lang: 'fr' } });
    expect(res.status).toBe(400);
    expect(res.body.error.issues.map((i: Json) => i.path)).toEqual(['lang']);
  });
});
