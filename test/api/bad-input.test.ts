/**
 * Bad input on every route that takes a body (DESIGN §3, §5): 400 with the path of each problem,
 * 413 over 256 KiB, messages in Vietnamese unless `Accept-Language: en`, never a 5xx, and after
 * every rejected request nothing new in the store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB } from '../helpers/fixtures.js';
import type { ReportData } from '../../shared/report/schema.js';

const PLAN = `/v1/plans/${PLAN_ID}`;
const NEWCOMER = 'khach@thu.vn';
/** Letters only Vietnamese uses: a Vietnamese message has some, an English one none. */
const VIETNAMESE = /[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụỳýỷỹỵấầẩẫậắằẳẵặếềểễệốồổỗộớờởỡợứừửữự]/i;

let s: ApiStack;
let admin: string;
let planText: string;

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, planDefinition());
  // One stored report, to review and to check that its history never grows.
  expect((await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId: UNIT.a, period: Q1, data: reportA() } })).status).toBe(201);
  planText = (await s.api('GET', PLAN, { token: admin })).text;
});
afterAll(() => s.close());

/** After a rejected request: no report of xa-b or phong-d, xa-a still at version 1 and open, the plan as it was, no new member. */
async function expectNothingStored(): Promise<void> {
  for (const unit of [UNIT.b, UNIT.d]) expect((await s.api('GET', `${PLAN}/reports/${Q1}/${unit}`, { token: admin })).status).toBe(404);
  const a = await s.api('GET', `${PLAN}/reports/${Q1}/${UNIT.a}`, { token: admin });
  expect(a.body).toMatchObject({ version: 1, status: 'submitted', history: [{ version: 1 }] });
  expect(a.body.history).toHaveLength(1);
  expect((await s.api('GET', PLAN, { token: admin })).text).toBe(planText);
  expect((await s.api('GET', '/v1/me', { token: await s.token(NEWCOMER) })).body.memberships).toEqual([]);
}

const issuesOf = (body: Json): [string, string][] => body.error.issues.map((i: { path: string; code: string }) => [i.path, i.code]);

/** The four routes with a body, each with a body it accepts. */
const BODY_ROUTES: [name: string, method: string, path: string, valid: () => Record<string, unknown>][] = [
  ['PUT plan', 'PUT', PLAN, () => planDefinition()],
  ['PUT member', 'PUT', `${PLAN}/members/${NEWCOMER}`, () => ({ role: 'viewer' })],
  ['POST report', 'POST', `${PLAN}/reports`, () => ({ unitId: UNIT.b, period: Q1, data: reportB() })],
  ['POST review', 'POST', `${PLAN}/reports/${Q1}/${UNIT.a}/review`, () => ({ decision: 'accept', comment: '' })],
];

describe.each(BODY_ROUTES)('%s', (_name, method, path, valid) => {
  it.each([
    ['cut-off JSON', '{"role": '],
    ['an empty body', ''],
    ['single quotes', "{'role': 'viewer'}"],
  ])('rejects %s with 400 bad_json', async (_what, rawBody) => {
    const res = await s.api(method, path, { token: admin, rawBody });
    expect(res.status).toBe(400);
    expect(res.body).toEqual({ error: { code: 'bad_json', message: 'Nội dung gửi lên không phải JSON hợp lệ.', issues: [] } });
    await expectNothingStored();
  });

  it.each([
    ['null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
    ['a string', '"text"'],
    ['a __proto__ key', '{"__proto__": {"admin": true}}'],
    ['arrays nested 2000 deep', '['.repeat(2000) + ']'.repeat(2000)],
  ])(
    'rejects %s as the body with 400 validation_failed',
    async (_what, rawBody) => {
      const res = await s.api(method, path, { token: admin, rawBody });
      expect(res.status, res.text).toBe(400);
      expect(res.body.error.code).toBe('validation_failed');
      await expectNothingStored();
    },
  );

  it('names an unknown key by its path', async () => {
    const res = await s.api(method, path, { token: admin, body: { ...valid(), colour: 'đỏ' } });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body)).toEqual([['colour', 'unknown_key']]);
    await expectNothingStored();
  });

  it('answers 413 payload_too_large for a body over 256 KiB, before reading it as JSON', async () => {
    const res = await s.api(method, path, { token: admin, body: { ...valid(), padding: 'x'.repeat(256 * 1024) } });
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: { code: 'payload_too_large', message: 'Nội dung gửi lên vượt quá 256 KiB.', issues: [] } });
    await expectNothingStored();
  });
});

describe('wrong types and values in the envelopes', () => {
  it.each([
    ['PUT plan, year as text', 'PUT', PLAN, { ...planDefinition(), year: '2024' }, [['year', 'invalid_type']]],
    ['PUT plan, a unit of an unknown kind', 'PUT', PLAN, { ...planDefinition(), units: [{ id: 'xa-x', name: 'Xã X', kind: 'province' }] }, [['units[0].kind', 'invalid_value']]],
    ['PUT plan, another plan’s id', 'PUT', PLAN, { ...planDefinition(), id: 'khac-2024' }, [['id', 'invalid_value']]],
    ['PUT member, unitId as a number', 'PUT', `${PLAN}/members/${NEWCOMER}`, { role: 'viewer', unitId: 7 }, [['unitId', 'invalid_type']]],
    ['PUT member, an unknown role', 'PUT', `${PLAN}/members/${NEWCOMER}`, { role: 'owner' }, [['role', 'invalid_value']]],
    ['PUT member, a reporter without a unit', 'PUT', `${PLAN}/members/${NEWCOMER}`, { role: 'reporter' }, [['unitId', 'required']]],
    ['PUT member, a unit not in the plan', 'PUT', `${PLAN}/members/${NEWCOMER}`, { role: 'reporter', unitId: 'xa-khong-co' }, [['unitId', 'unknown_unit']]],
    ['PUT member, not an email', 'PUT', `${PLAN}/members/khong-phai-email`, { role: 'viewer' }, [['email', 'invalid_format']]],
    ['POST report, unitId as a number', 'POST', `${PLAN}/reports`, { unitId: 42, period: Q1, data: reportB() }, [['unitId', 'invalid_type']]],
    ['POST report, no data', 'POST', `${PLAN}/reports`, { unitId: UNIT.b, period: Q1 }, [['data', 'required']]],
    ['POST report, a unit not in the plan', 'POST', `${PLAN}/reports`, { unitId: 'xa-khong-co', period: Q1, data: reportB() }, [['unitId', 'unknown_unit']]],
    ['POST report, a derived period', 'POST', `${PLAN}/reports`, { unitId: UNIT.b, period: '2024-H1', data: reportB() }, [['period', 'invalid_period']]],
    ['POST report, a quarter of another year', 'POST', `${PLAN}/reports`, { unitId: UNIT.b, period: '2023-Q4', data: reportB() }, [['period', 'invalid_period']]],
    ['POST report, a too short idempotencyKey', 'POST', `${PLAN}/reports`, { unitId: UNIT.b, period: Q1, data: reportB(), idempotencyKey: 'abc' }, [['idempotencyKey', 'too_short']]],
    ['POST review, an unknown decision', 'POST', `${PLAN}/reports/${Q1}/${UNIT.a}/review`, { decision: 'maybe' }, [['decision', 'invalid_value']]],
    ['POST review, comment as a number', 'POST', `${PLAN}/reports/${Q1}/${UNIT.a}/review`, { decision: 'accept', comment: 5 }, [['comment', 'invalid_type']]],
    ['POST review, version 0', 'POST', `${PLAN}/reports/${Q1}/${UNIT.a}/review`, { decision: 'accept', version: 0 }, [['version', 'too_small']]],
    ['POST review, a comment over 2000 characters', 'POST', `${PLAN}/reports/${Q1}/${UNIT.a}/review`, { decision: 'accept', comment: 'x'.repeat(2001) }, [['comment', 'too_long']]],
  ])('%s → 400 naming the path', async (_what, method, path, body, expected) => {
    const res = await s.api(method, path, { token: admin, body });
    expect(res.status, res.text).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(issuesOf(res.body)).toEqual(expected);
    await expectNothingStored();
  });

  it('PUT plan lists every problem of a plan at once', async () => {
    const broken = planDefinition();
    broken.timezone = 'Mars/Olympus';
    broken.units = [
      { id: 'xa-a', name: 'Xã A', kind: 'commune' },
      { id: 'xa-a', name: 'Xã A bis', kind: 'commune' },
      { id: 'xa-cu', name: 'Xã Cũ', kind: 'commune', mergedInto: 'xa-khong-co' },
    ];
    broken.targets = { not_a_kpi: 0.5 };
    const res = await s.api('PUT', PLAN, { token: admin, body: broken });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body).sort()).toEqual(
      [
        ['timezone', 'unknown_timezone'],
        ['units[1].id', 'duplicate_id'],
        ['units[2].mergedInto', 'unknown_unit'],
        ['units[2].validTo', 'merged_without_end'],
        ['targets.not_a_kpi', 'unknown_kpi'],
      ].sort(),
    );
    await expectNothingStored();
  });
});

/**
 * xa-b's report with a second row, so that paths like `dossiers[1].late` can be aimed at:
 * dat-dai 5+5+0 = 10 = 5+5+0 + 0+0, so received = 100+10 = 110 and resolved = 100+10 = 110.
 */
function twoRows(): ReportData {
  const data = reportB();
  data.dossiers.push({ field: 'dat-dai', online: 5, direct: 5, carriedOver: 0, early: 5, onTime: 5, late: 0, pendingOnTime: 0, pendingOverdue: 0 });
  return data;
}
type Breakage = (d: Json) => void;

// Each kind of problem of DESIGN §5, with the one issue it must produce.
const RULES: [what: string, breakIt: Breakage, path: string, code: string][] = [
  ['a missing block', (d) => delete d.feedback, 'feedback', 'required'],
  ['a missing count', (d) => delete d.dossiers[1].late, 'dossiers[1].late', 'required'],
  ['an unknown key in a row', (d) => (d.dossiers[1].remark = 'x'), 'dossiers[1].remark', 'unknown_key'],
  ['an unknown key in a block', (d) => (d.digital.scanned = 1), 'digital.scanned', 'unknown_key'],
  ['a fraction', (d) => (d.dossiers[1].online = 2.5), 'dossiers[1].online', 'not_integer'],
  ['a count written as text', (d) => (d.procedures.total = '50'), 'procedures.total', 'invalid_type'],
  ['a negative count', (d) => (d.dossiers[1].direct = -1), 'dossiers[1].direct', 'negative'],
  ['a field not in the plan', (d) => (d.dossiers[1].field = 'hai-quan'), 'dossiers[1].field', 'unknown_field'],
  ['a field reported twice', (d) => (d.dossiers[1] = { ...d.dossiers[0] }), 'dossiers[1].field', 'duplicate_field'],
  // 5+5+0 = 10 received, but 5+5+1 + 0+0 = 11 accounted for.
  ['a row that does not add up', (d) => (d.dossiers[1].late = 1), 'dossiers[1].late', 'dossier_balance'],
  ['oneStop over total', (d) => (d.procedures.oneStop = 51), 'procedures.oneStop', 'part_exceeds_whole'],
  ['paidOnline over feeDossiers', (d) => (d.digital.paidOnline = 81), 'digital.paidOnline', 'part_exceeds_whole'],
  ['eCertifiedCopies over certifiedCopies', (d) => (d.digital.eCertifiedCopies = 1), 'digital.eCertifiedCopies', 'part_exceeds_whole'],
  ['digitizedResults over resolved (110)', (d) => (d.digital.digitizedResults = 111), 'digital.digitizedResults', 'part_exceeds_whole'],
  ['electronicResults over resolved (110)', (d) => (d.digital.electronicResults = 111), 'digital.electronicResults', 'part_exceeds_whole'],
  ['digitizedDossiers over online+direct (110)', (d) => (d.digital.digitizedDossiers = 111), 'digital.digitizedDossiers', 'part_exceeds_whole'],
  ['reusedData over online+direct (110)', (d) => (d.digital.reusedData = 111), 'digital.reusedData', 'part_exceeds_whole'],
  ['processedOnSystem over online+direct (110)', (d) => (d.digital.processedOnSystem = 111), 'digital.processedOnSystem', 'part_exceeds_whole'],
  ['satisfied over ratings', (d) => (d.satisfaction.satisfied = 51), 'satisfaction.satisfied', 'part_exceeds_whole'],
  ['lciSatisfied over lciRatings', (d) => (d.satisfaction.lciSatisfied = 1), 'satisfaction.lciSatisfied', 'part_exceeds_whole'],
  ['lciRatings over ratings', (d) => (d.satisfaction.lciRatings = 60), 'satisfaction.lciRatings', 'part_exceeds_whole'],
  // ratings 50, satisfied 10, lciRatings 20, lciSatisfied 15: 15 ≤ 20, but 15 > 10.
  ['lciSatisfied over satisfied', (d) => (d.satisfaction = { ratings: 50, satisfied: 10, lciRatings: 20, lciSatisfied: 15 }), 'satisfaction.lciSatisfied', 'part_exceeds_whole'],
  ['resolvedOnTime over resolved', (d) => (d.feedback.resolvedOnTime = 3), 'feedback.resolvedOnTime', 'part_exceeds_whole'],
  ['no office block for a one-stop office', (d) => delete d.office, 'office', 'required'],
  ['a task number past 11', (d) => (d.tasks = [{ task: 12, status: 'done' }]), 'tasks[0].task', 'too_big'],
  ['an unknown task status', (d) => (d.tasks = [{ task: 1, status: 'finished' }]), 'tasks[0].status', 'invalid_value'],
  ['a task listed twice', (d) => (d.tasks = [{ task: 3, status: 'done' }, { task: 3, status: 'in-progress' }]), 'tasks[1].task', 'duplicate_task'],
];

describe('POST report: each rule of DESIGN §5', () => {
  it.each(RULES)('%s → 400 at %s, in Vietnamese by default and in English on request', async (_what, breakIt, path, code) => {
    const data = twoRows();
    breakIt(data);
    const body = { unitId: UNIT.b, period: Q1, data };

    const vi = await s.api('POST', `${PLAN}/reports`, { token: admin, body });
    expect(vi.status, vi.text).toBe(400);
    expect(vi.body.error).toMatchObject({ code: 'validation_failed', message: 'Dữ liệu không hợp lệ.' });
    expect(issuesOf(vi.body)).toEqual([[path, code]]);
    expect(vi.body.error.issues[0].message).toMatch(VIETNAMESE);

    const en = await s.api('POST', `${PLAN}/reports`, { token: admin, body, lang: 'en-US,en;q=0.9' });
    expect(en.status).toBe(400);
    expect(en.body.error).toMatchObject({ code: 'validation_failed', message: 'The data is not valid.' });
    expect(issuesOf(en.body)).toEqual([[path, code]]);
    expect(en.body.error.issues[0].message).not.toMatch(VIETNAMESE);
    expect(en.body.error.issues[0].message).toMatch(/[a-z]{3}/);

    await expectNothingStored();
  });

  it('says what does not add up, in the reader’s language', async () => {
    const data = twoRows();
    data.dossiers[1]!.late = 1;
    const body = { unitId: UNIT.b, period: Q1, data };
    const vi = await s.api('POST', `${PLAN}/reports`, { token: admin, body, lang: 'vi' });
    expect(vi.body.error.issues[0].message).toBe('Số hồ sơ nhận (10 = trực tuyến + trực tiếp + kỳ trước) phải bằng đã giải quyết + đang giải quyết (11).');
    const en = await s.api('POST', `${PLAN}/reports`, { token: admin, body, lang: 'en' });
    expect(en.body.error.issues[0].message).toBe('Dossiers received (10 = online + direct + carried over) must equal resolved + pending (11).');
    await expectNothingStored();
  });

  it('lists every problem of one report, not just the first', async () => {
    const data = twoRows();
    data.procedures.oneStop = 51;
    data.satisfaction.satisfied = 51;
    const res = await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId: UNIT.b, period: Q1, data } });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body).sort()).toEqual([
      ['procedures.oneStop', 'part_exceeds_whole'],
      ['satisfaction.satisfied', 'part_exceeds_whole'],
    ]);
    await expectNothingStored();
  });

  it('refuses an office block from a unit without a one-stop office', async () => {
    const data = { ...reportA(), office: { brandIdentity: true } };
    data.dossiers = [{ field: 'dat-dai', online: 0, direct: 150, carriedOver: 0, early: 150, onTime: 0, late: 0, pendingOnTime: 0, pendingOverdue: 0 }];
    const res = await s.api('POST', `${PLAN}/reports`, { token: admin, body: { unitId: UNIT.d, period: Q1, data } });
    expect(res.status).toBe(400);
    expect(issuesOf(res.body)).toEqual([['office', 'office_not_applicable']]);
    await expectNothingStored();
  });
});
