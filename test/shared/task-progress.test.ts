/**
 * The scorecard's task board (issue 15, DESIGN §10 `tasks`), worked out by hand on three units of
 * 2024-Q3 (window 2024-06-15 … 2024-09-14, Asia/Ho_Chi_Minh = UTC+7):
 *   a reported task 2 done with a document, task 5 in progress;
 *   b reported task 2 in progress and says nothing of task 5 (= not started);
 *   c sent no report (status null: in none of the three counts, still on the board).
 * Task 2 is due 2024-08-31; task 5 has no due date.
 */
import { describe, expect, it } from 'vitest';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { SubmittedReport } from '../../shared/engine/scorecard-model.js';
import { tasksOfUnits } from '../../shared/engine/task-progress.js';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';
import { q1Report } from './helpers/report-fixtures.js';

const parsed = parsePlan({
  id: 'thu-2024', name: 'Kế hoạch thử', year: 2024,
  units: [
    { id: 'a', name: 'Xã A', kind: 'commune' },
    { id: 'b', name: 'Xã B', kind: 'commune' },
    { id: 'c', name: 'Phòng C', kind: 'agency' },
  ],
  fields: [{ id: 'ho-tich', name: 'Hộ tịch' }, { id: 'chung-thuc', name: 'Chứng thực' }, { id: 'dat-dai', name: 'Đất đai' }],
  tasks: [
    { id: 2, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-08-31', evidence: 'document' },
    { id: 5, title: 'Tập huấn cán bộ' },
  ],
});
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const plan: Plan = parsed.value;

const DOCUMENT = { number: '125/BC-UBND', date: '2024-08-20' };

function report(unitId: string, period: string, tasks: ReportData['tasks']): SubmittedReport {
  const { office: _, ...data } = q1Report();
  return { unitId, period, version: 1, data: { ...data, tasks }, firstSubmittedAt: '2024-09-10T02:00:00Z', submittedAt: '2024-09-10T02:00:00Z', status: 'submitted' };
}

const q3 = [
  report('a', '2024-Q3', [{ task: 2, status: 'done', evidence: DOCUMENT }, { task: 5, status: 'in-progress' }]),
  report('b', '2024-Q3', [{ task: 2, status: 'in-progress' }]),
];

const board = (period: string, reports: SubmittedReport[], computedAt: string) => computeScorecard({ plan, period, reports, computedAt }).tasks;

describe('the task board of 2024-Q3', () => {
  it('counts each task over the expected units, flags overdue units, and lists evidence', () => {
    // Computed 2024-09-20 (local): the cutoff is the earlier of the period's last day (09-14) and
    // 09-20, so 09-14 > 08-31: task 2's due date has passed. Not done: b (in progress) and c (no
    // report) → overdue 2. Task 5 has no due date: never overdue.
    expect(board('2024-Q3', q3, '2024-09-20T02:00:00Z')).toEqual([
      {
        id: 2, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-08-31',
        done: 1, inProgress: 1, notStarted: 0, overdue: 2,
        units: [
          { unitId: 'a', status: 'done', overdue: false, evidence: DOCUMENT },
          { unitId: 'b', status: 'in-progress', overdue: true },
          { unitId: 'c', status: null, overdue: true },
        ],
      },
      {
        id: 5, title: 'Tập huấn cán bộ', due: null,
        done: 0, inProgress: 1, notStarted: 1, overdue: 0,
        units: [
          { unitId: 'a', status: 'in-progress', overdue: false },
          { unitId: 'b', status: 'not-started', overdue: false },
          { unitId: 'c', status: null, overdue: false },
        ],
      },
    ]);
  });

  it('turns overdue at local midnight after the due date, in the plan’s time zone', () => {
    const overdueOf = (computedAt: string) => board('2024-Q3', q3, computedAt)[0]!.overdue;
    // 2024-08-31T16:59:59Z = 23:59:59 on 31/8 in UTC+7: the due day has not ended.
    expect(overdueOf('2024-08-31T16:59:59Z')).toBe(0);
    // 2024-08-31T17:00:00Z = 00:00 on 1/9 local (still 31/8 in UTC): b and c are overdue.
    expect(overdueOf('2024-08-31T17:00:00Z')).toBe(2);
  });

  it('never shows a task overdue in a period that ended before its due date, however late it is computed', () => {
    // 2024-Q2 ends 2024-06-14 < 2024-08-31: b's not-done task 2 is not overdue there.
    const q2 = board('2024-Q2', [report('b', '2024-Q2', [{ task: 2, status: 'not-started' }])], '2024-12-01T00:00:00Z');
    expect(q2[0]).toMatchObject({ done: 0, inProgress: 0, notStarted: 1, overdue: 0 });
  });

  it('takes a derived period’s status from the last report in it (9M = Q1..Q3)', () => {
    // a said task 2 done in Q2 but "in progress" in Q3: the 9M board says in progress, overdue
    // (cutoff min(2024-09-14, 2024-10-01) = 09-14 > 08-31). b reported Q2 only: done, with its link.
    const link = { url: 'https://tuky.haiduong.gov.vn/bc-02' };
    const nineMonths = board('2024-9M', [
      report('a', '2024-Q2', [{ task: 2, status: 'done', evidence: DOCUMENT }]),
      report('a', '2024-Q3', [{ task: 2, status: 'in-progress' }]),
      report('b', '2024-Q2', [{ task: 2, status: 'done', evidence: link }]),
    ], '2024-10-01T00:00:00Z');
    expect(nineMonths[0]).toMatchObject({
      done: 1, inProgress: 1, notStarted: 0, overdue: 2,
      units: [
        { unitId: 'a', status: 'in-progress', overdue: true },
        { unitId: 'b', status: 'done', overdue: false, evidence: link },
        { unitId: 'c', status: null, overdue: true },
      ],
    });
    expect(nineMonths[0]!.units[0]).not.toHaveProperty('evidence');
  });

  it('counts a group’s or one unit’s board over its own units only', () => {
    const whole = board('2024-Q3', q3, '2024-09-20T02:00:00Z');
    // b and c: task 2 in progress (b) and no report (c), both overdue; task 5 not started (b).
    expect(tasksOfUnits(whole, new Set(['b', 'c'])).map(({ units, ...counts }) => [counts, units.map((u) => u.unitId)])).toEqual([
      [{ id: 2, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-08-31', done: 0, inProgress: 1, notStarted: 0, overdue: 2 }, ['b', 'c']],
      [{ id: 5, title: 'Tập huấn cán bộ', due: null, done: 0, inProgress: 0, notStarted: 1, overdue: 0 }, ['b', 'c']],
    ]);
  });

  it('is empty for a plan that lists no tasks', () => {
    const { tasks: _, ...withoutTasks } = plan;
    expect(computeScorecard({ plan: withoutTasks, period: '2024-Q3', reports: q3, computedAt: '2024-09-20T02:00:00Z' }).tasks).toEqual([]);
  });
});
