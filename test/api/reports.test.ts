/**
 * Submitting and reading reports over HTTP (DESIGN §3, §6, §7): the response shapes, versions that
 * never change, idempotency and concurrent submissions, the review lock, and timeliness judged on
 * the first submission. Each describe block works on its own unit and quarter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, Q1_DEADLINE, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';

const PLAN = `/v1/plans/${PLAN_ID}`;
const Q2 = '2024-Q2';
const Q3 = '2024-Q3';
const REPORTER_A = 'can-bo-a@thu.vn';
const REVIEWER = 'van-phong@thu.vn';
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

let s: ApiStack;
let admin: string;
let reporterA: string;
let reviewer: string;

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition(), [
    { email: REPORTER_A, role: 'reporter', unitId: UNIT.a },
    { email: REVIEWER, role: 'reviewer' },
  ]);
  reporterA = await s.token(REPORTER_A);
  reviewer = await s.token(REVIEWER);
});
afterAll(() => s.close());

const submit = (token: string, unitId: string, period: string, data: unknown, idempotencyKey?: string) =>
  s.api('POST', `${PLAN}/reports`, { token, body: { unitId, period, data, ...(idempotencyKey ? { idempotencyKey } : {}) } });
const latest = (unitId: string, period: string) => s.api('GET', `${PLAN}/reports/${period}/${unitId}`, { token: admin });
const review = (unitId: string, period: string, body: object) => s.api('POST', `${PLAN}/reports/${period}/${unitId}/review`, { token: reviewer, body });

// First in the file, while the stack is still cold: the window between a key's owner writing its
// version and the waiters looking for it is widest then.
describe('idempotency (xa-b, 2024-Q2)', () => {
  beforeAll(() => s.setNow('2024-06-03T09:00:00+07:00'));
  const KEY = 'xa-b-2024-Q2-attempt-1';

  it('the same key sent 20 times at once makes one version: one 201 and nineteen 200', async () => {
    const responses = await Promise.all(Array.from({ length: 20 }, () => submit(admin, UNIT.b, Q2, reportB(), KEY)));
    const statuses = responses.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(responses.map((r) => r.body.version))).toEqual(new Set([1]));
    const read = await latest(UNIT.b, Q2);
    expect(read.body.history).toHaveLength(1);
    expect(read.body.version).toBe(1);
  });

  it('a later retry with the key answers 200 and the same version, storing nothing', async () => {
    s.setNow('2024-06-03T09:05:00+07:00');
    const retry = await submit(admin, UNIT.b, Q2, reportB(), KEY);
    expect(retry.status).toBe(200);
    expect(retry.body).toMatchObject({ unitId: UNIT.b, period: Q2, version: 1, status: 'submitted' });
    expect((await latest(UNIT.b, Q2)).body.history).toHaveLength(1);
  });

  it('the same key with a different body is a 409 conflict, and nothing is stored', async () => {
    const other = { ...reportB(), procedures: { total: 60, oneStop: 60 } };
    const res = await submit(admin, UNIT.b, Q2, other, KEY);
    expect(res.status).toBe(409);
    expect(res.body.error).toEqual({ code: 'idempotency_mismatch', message: expect.any(String), issues: [] });
    const read = await latest(UNIT.b, Q2);
    expect(read.body.history).toHaveLength(1);
    expect(read.body.data).toEqual(reportB());
  });
});

describe('timeliness of 2024-Q1 (due 2024-03-17T23:59:59+07:00)', () => {
  it('a first submission in the deadline’s last second is on time', async () => {
    s.setNow(Q1_DEADLINE);
    const res = await submit(reporterA, UNIT.a, Q1, reportA());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 1, onTime: true });
  });

  it('a first submission one second later (00:00:00 on the 18th) is late', async () => {
    s.setNow('2024-03-18T00:00:00+07:00');
    const res = await submit(admin, UNIT.b, Q1, reportB());
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 1, onTime: false });
  });

  it('a correction after the deadline keeps the unit on time', async () => {
    s.setNow('2024-03-20T08:30:00+07:00');
    const corrected = { ...reportA(), procedures: { total: 100, oneStop: 99 } };
    const res = await submit(reporterA, UNIT.a, Q1, corrected);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ version: 2, onTime: true });
    const read = await latest(UNIT.a, Q1);
    expect(read.body).toMatchObject({ version: 2, onTime: true, firstSubmittedAt: expect.stringMatching(ISO_INSTANT) });
    // Stored as an instant: the deadline itself, 16:59:59 UTC.
    expect(Date.parse(read.body.firstSubmittedAt)).toBe(Date.parse('2024-03-17T16:59:59Z'));
  });

  it('the period status names who was on time, who was late and who is missing', async () => {
    const res = await s.api('GET', `${PLAN}/periods/${Q1}/status`, { token: reviewer });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ planId: PLAN_ID, period: Q1, expected: [UNIT.a, UNIT.b, UNIT.c, UNIT.d] });
    const byUnit = Object.fromEntries(res.body.units.map((u: { unitId: string }) => [u.unitId, u]));
    expect(byUnit[UNIT.a]).toMatchObject({ submitted: true, onTime: true, late: false, missing: false, status: 'submitted' });
    expect(byUnit[UNIT.b]).toMatchObject({ submitted: true, onTime: false, late: true, missing: false, status: 'submitted' });
    expect(byUnit[UNIT.c]).toMatchObject({ submitted: false, late: false, missing: true });
    expect(byUnit[UNIT.d]).toMatchObject({ submitted: false, late: false, missing: true });
  });
});

describe('submitting and reading (xa-a, 2024-Q2)', () => {
  beforeAll(() => s.setNow('2024-06-01T09:00:00+07:00'));

  it('POST answers 201 with {unitId, period, version, submittedAt, onTime, status, warnings}', async () => {
    const res = await submit(reporterA, UNIT.a, Q2, reportA());
    expect(res.status).toBe(201);
    expect(res.body).toEqual({
      unitId: UNIT.a,
      period: Q2,
      version: 1,
      submittedAt: expect.stringMatching(ISO_INSTANT),
      onTime: true,
      status: 'submitted',
      warnings: [],
    });
    expect(Date.parse(res.body.submittedAt)).toBe(Date.parse('2024-06-01T09:00:00+07:00'));
  });

  it('GET latest returns the data as sent, its status, timeliness and history', async () => {
    const res = await latest(UNIT.a, Q2);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      unitId: UNIT.a,
      period: Q2,
      version: 1,
      data: reportA(),
      status: 'submitted',
      onTime: true,
      history: [{ version: 1, submittedAt: expect.stringMatching(ISO_INSTANT), submittedBy: REPORTER_A }],
    });
  });

  it('GET version n returns that version', async () => {
    const res = await s.api('GET', `${PLAN}/reports/${Q2}/${UNIT.a}/versions/1`, { token: reporterA });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ unitId: UNIT.a, period: Q2, version: 1, data: reportA(), submittedBy: REPORTER_A });
  });

  it('a stored version is byte-for-byte the same after later versions and a review', async () => {
    const path = `${PLAN}/reports/${Q2}/${UNIT.a}/versions/1`;
    const before = (await s.api('GET', path, { token: admin })).text;

    s.setNow('2024-06-02T09:00:00+07:00');
    expect((await submit(reporterA, UNIT.a, Q2, { ...reportA(), procedures: { total: 101, oneStop: 101 } })).status).toBe(201);
    expect((await review(UNIT.a, Q2, { decision: 'return', comment: 'Kiểm tra lại số TTHC' })).status).toBe(200);
    expect((await submit(reporterA, UNIT.a, Q2, { ...reportA(), procedures: { total: 102, oneStop: 102 } })).status).toBe(201);

    const after = await s.api('GET', path, { token: admin });
    expect(after.text).toBe(before);
    const history = (await latest(UNIT.a, Q2)).body.history.map((h: { version: number }) => h.version);
    expect(history).toEqual([1, 2, 3]);
  });

  it('warns, without refusing, when carriedOver differs from last quarter’s pending', async () => {
    s.setNow('2024-09-01T09:00:00+07:00');
    // Q2's latest (version 3) left 0 pending in ho-tich; Q3 says 5 came over.
    // ho-tich 40+60+5 = 105 = 60+40+0 + 5+0.
    const data = reportA();
    data.dossiers[0] = { ...data.dossiers[0]!, carriedOver: 5, pendingOnTime: 5 };
    const res = await s.api('POST', `${PLAN}/reports`, { token: reporterA, body: { unitId: UNIT.a, period: Q3, data }, lang: 'en' });
    expect(res.status).toBe(201);
    expect(res.body.warnings).toEqual([
      { path: 'dossiers[0].carriedOver', code: 'carried_over_mismatch', message: 'Carried over (5) differs from last quarter\'s pending (0).' },
    ]);
    // Stored with the version, and told in Vietnamese by default.
    const read = await latest(UNIT.a, Q3);
    expect(read.body.warnings).toEqual([
      { path: 'dossiers[0].carriedOver', code: 'carried_over_mismatch', message: 'Số kỳ trước chuyển sang (5) khác số đang giải quyết cuối quý trước (0).' },
    ]);
  });
});

describe('concurrent submissions (xa-c, 2024-Q2)', () => {
  it('10 distinct submissions at once are all kept, as versions 1..10 without gaps', async () => {
    s.setNow('2024-06-04T09:00:00+07:00');
    // Each a little different; half carry their own key, half none.
    const bodies = Array.from({ length: 10 }, (_, i) => ({ ...reportD(), procedures: { total: 40 + i, oneStop: 32 } }));
    const responses = await Promise.all(bodies.map((data, i) => submit(admin, UNIT.c, Q2, data, i % 2 ? `xa-c-q2-key-${i}` : undefined)));
    expect(responses.map((r) => r.status)).toEqual(Array(10).fill(201));
    expect(responses.map((r) => r.body.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);

    const read = await latest(UNIT.c, Q2);
    expect(read.body.version).toBe(10);
    expect(read.body.history.map((h: { version: number }) => h.version)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    // Every body is stored once: the totals 40..49 each appear in exactly one version.
    const totals = await Promise.all(
      read.body.history.map(async (h: { version: number }) => (await s.api('GET', `${PLAN}/reports/${Q2}/${UNIT.c}/versions/${h.version}`, { token: admin })).body.data.procedures.total),
    );
    expect(totals.sort((a, b) => a - b)).toEqual([40, 41, 42, 43, 44, 45, 46, 47, 48, 49]);
  });
});

describe('the review lock (phong-d, 2024-Q2)', () => {
  beforeAll(() => s.setNow('2024-06-05T09:00:00+07:00'));

  it('accepting locks the report: a new submission is a 409 report_locked', async () => {
    expect((await submit(admin, UNIT.d, Q2, reportD())).status).toBe(201);
    const accepted = await review(UNIT.d, Q2, { decision: 'accept', comment: 'Đạt' });
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ planId: PLAN_ID, unitId: UNIT.d, period: Q2, version: 1, status: 'accepted' });

    const locked = await submit(admin, UNIT.d, Q2, { ...reportD(), procedures: { total: 40, oneStop: 40 } }, 'phong-d-q2-fix');
    expect(locked.status).toBe(409);
    expect(locked.body.error).toEqual({ code: 'report_locked', message: 'Báo cáo đã được chấp nhận và khóa; cần trả lại trước khi gửi lại.', issues: [] });
    const read = await latest(UNIT.d, Q2);
    expect(read.body).toMatchObject({ version: 1, status: 'accepted' });
    expect(read.body.history).toHaveLength(1);
  });

  it('returning unlocks it: the next submission is a 201 and the status is submitted again', async () => {
    const returned = await review(UNIT.d, Q2, { decision: 'return', comment: 'Bổ sung số liệu' });
    expect(returned.status).toBe(200);
    expect(returned.body.status).toBe('returned');
    expect((await latest(UNIT.d, Q2)).body.status).toBe('returned');

    // The key refused while locked was not used up.
    const resubmitted = await submit(admin, UNIT.d, Q2, { ...reportD(), procedures: { total: 40, oneStop: 40 } }, 'phong-d-q2-fix');
    expect(resubmitted.status).toBe(201);
    expect(resubmitted.body).toMatchObject({ version: 2, status: 'submitted' });
    expect((await latest(UNIT.d, Q2)).body).toMatchObject({ version: 2, status: 'submitted' });
  });

  it('a review of a version that is no longer the latest is a 409, and changes nothing', async () => {
    const stale = await review(UNIT.d, Q2, { decision: 'accept', comment: '', version: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe('version_mismatch');
    expect((await latest(UNIT.d, Q2)).body).toMatchObject({ version: 2, status: 'submitted' });

    const current = await review(UNIT.d, Q2, { decision: 'accept', comment: '', version: 2 });
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ version: 2, status: 'accepted' });
  });

  it('a review of a report never submitted is a 404', async () => {
    const res = await review(UNIT.d, '2024-Q4', { decision: 'accept', comment: '' });
    expect(res.status).toBe(404);
  });
});
