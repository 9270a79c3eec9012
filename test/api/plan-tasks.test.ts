/**
 * The plan's tasks over HTTP (issue 15): a plan with tasks, a report naming them with evidence,
 * the problems of a bad one (400, each at its path, in Vietnamese and English), and the task
 * board in the scorecard. Q1 2024 = 2023-12-15 … 2024-03-14; the stack's clock is 2024-03-10
 * (UTC+7) unless set.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { PlanInput } from '../../shared/plans/plan.js';
import { seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportD } from '../helpers/fixtures.js';

let s: ApiStack;
let admin: string;
const reports = `/v1/plans/${PLAN_ID}/reports`;
const DOCUMENT = { number: '15/KH-UBND', date: '2024-01-20' };

beforeAll(async () => {
  s = await startApiStack();
  const plan: PlanInput & { id: string } = {
    ...planDefinition(),
    tasks: [
      // Due within Q1's window, and one due after it ends.
      { id: 1, title: 'Ban hành kế hoạch kiểm soát TTHC', due: '2024-02-29', evidence: 'document' },
      { id: 2, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-08-31' },
    ],
  };
  admin = await seedPlan(s, plan);
});
afterAll(() => s.close());

it('answers the plan with its tasks, evidence defaulting to none', async () => {
  const res = await s.api('GET', `/v1/plans/${PLAN_ID}`, { token: admin });
  expect(res.body.tasks).toEqual([
    { id: 1, title: 'Ban hành kế hoạch kiểm soát TTHC', due: '2024-02-29', evidence: 'document' },
    { id: 2, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-08-31', evidence: 'none' },
  ]);
});

it('refuses a plan task due outside the plan’s years and a report naming a task the plan lacks or a non-https link, at their paths', async () => {
  const plan = await s.api('PUT', `/v1/plans/${PLAN_ID}`, { token: admin, lang: 'en', body: { ...planDefinition(), tasks: [{ id: 1, title: 'A', due: '2030-01-01' }] } });
  expect(plan.status).toBe(400);
  expect(plan.body.error.issues).toEqual([{ path: 'tasks[0].due', code: 'due_outside_plan_year', message: 'Due date 2030-01-01 is outside the plan\'s range 2023-01-01 – 2025-12-31.' }]);

  const data = { ...reportA(), tasks: [{ task: 11, status: 'done' }, { task: 2, status: 'done', evidence: { url: 'ftp://tuky.vn/bc.pdf' } }] };
  const res = await s.api('POST', reports, { token: admin, body: { unitId: UNIT.a, period: Q1, data } });
  expect(res.status).toBe(400);
  expect(res.body.error.issues.map((i: Json) => [i.path, i.code, i.message])).toEqual([
    ['tasks[0].task', 'unknown_task', 'Kế hoạch không có nhiệm vụ số 11.'],
    ['tasks[1].evidence.url', 'evidence_not_https', expect.stringContaining('phải là địa chỉ https://')],
  ]);
});

it('shows the task board in the scorecard: counts, overdue after the due date, evidence', async () => {
  const a = { ...reportA(), tasks: [{ task: 1, status: 'done', evidence: DOCUMENT }, { task: 2, status: 'in-progress' }] };
  const d = { ...reportD(), tasks: [{ task: 1, status: 'in-progress' }] };
  for (const [unitId, data] of [[UNIT.a, a], [UNIT.d, d]] as const) {
    const sent = await s.api('POST', reports, { token: admin, body: { unitId, period: Q1, data } });
    expect(sent.status, sent.text).toBe(201);
  }
  const res = await s.api('POST', `/v1/plans/${PLAN_ID}/scorecards/${Q1}/compute`, { token: admin });
  expect(res.status, res.text).toBe(200);
  // Computed 2024-03-10 local, before Q1 ends (03-14): the cutoff is 03-10 > 02-29, so task 1 is
  // overdue for d (in progress) and for b and c (no report). Task 2 is due 08-31: not yet.
  expect(res.body.tasks).toEqual([
    {
      id: 1, title: 'Ban hành kế hoạch kiểm soát TTHC', due: '2024-02-29', done: 1, inProgress: 1, notStarted: 0, overdue: 3,
      units: [
        { unitId: UNIT.a, status: 'done', overdue: false, evidence: DOCUMENT },
        { unitId: UNIT.b, status: null, overdue: true },
        { unitId: UNIT.c, status: null, overdue: true },
        { unitId: UNIT.d, status: 'in-progress', overdue: true },
      ],
    },
    {
      // a: in progress; d says nothing of task 2: not started.
      id: 2, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-08-31', done: 0, inProgress: 1, notStarted: 1, overdue: 0,
      units: [
        { unitId: UNIT.a, status: 'in-progress', overdue: false },
        { unitId: UNIT.b, status: null, overdue: false },
        { unitId: UNIT.c, status: null, overdue: false },
        { unitId: UNIT.d, status: 'not-started', overdue: false },
      ],
    },
  ]);
  const stored = await s.api('GET', `/v1/plans/${PLAN_ID}/scorecards/${Q1}`, { token: admin });
  expect(stored.body.tasks).toEqual(res.body.tasks);
});
