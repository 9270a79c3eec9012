/**
 * The plan's tasks as plan data (issue 15): the plan rules on hand-made task lists, and the
 * report rules that follow from them (a task the plan names, evidence as a document or an https
 * link), each problem at its path in both languages. The Tứ Kỳ plan carries its 11 tasks.
 */
import { describe, expect, it } from 'vitest';
import { parsePlan, type Plan } from '../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { validateReport } from '../../shared/report/rules.js';
import { expectProblems, problemsOf, type ExpectedProblem } from './helpers/problems.js';
import { q1Report, smallPlan } from './helpers/report-fixtures.js';

/** The small plan of the report tests with three tasks of its own, numbered as its office numbers them. */
function planWithTasks(tasks: unknown): ReturnType<typeof parsePlan> {
  const { tasks: _none, ...plan } = smallPlan();
  return parsePlan({ ...plan, tasks });
}

function validPlan(tasks: unknown): Plan {
  const parsed = planWithTasks(tasks);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.value;
}

describe('plan tasks', () => {
  it('accepts ids, titles, due dates in or next to the plan year, and defaults evidence to none', () => {
    const plan = validPlan([
      { id: 2, title: 'Rà soát TTHC', due: '2024-08-31', evidence: 'document' },
      { id: 12, title: '  Tuyên truyền  ', due: '2025-01-15', evidence: 'link' },
      { id: 3, title: 'Công khai TTHC' },
    ]);
    expect(plan.tasks).toEqual([
      { id: 2, title: 'Rà soát TTHC', due: '2024-08-31', evidence: 'document' },
      // Titles are trimmed; 2025-01-15 lies within a year after 2024.
      { id: 12, title: 'Tuyên truyền', due: '2025-01-15', evidence: 'link' },
      { id: 3, title: 'Công khai TTHC', evidence: 'none' },
    ]);
  });

  // Each case: a task list and every problem it must give, in order, at its path.
  const badLists: [string, unknown[], ExpectedProblem[]][] = [
    ['shape: an id below 1, a blank title, an unknown evidence kind, a date not written YYYY-MM-DD', [
      { id: 0, title: 'Không số' },
      { id: 1, title: '   ' },
      { id: 4, title: 'A', evidence: 'photo' },
      { id: 5, title: 'B', due: '31/08/2024' },
    ], [
      { path: 'tasks[0].id', code: 'too_small', vi: 'phải ≥ 1', en: 'must be ≥ 1' },
      { path: 'tasks[1].title', code: 'too_short', vi: 'cần ít nhất 1', en: 'at least 1' },
      { path: 'tasks[2].evidence', code: 'invalid_value', vi: 'document, link, none', en: 'one of: document, link, none' },
      { path: 'tasks[3].due', code: 'invalid_format', vi: 'sai định dạng', en: 'not in the expected format' },
    ]],
    ['rules: a duplicate id, a day that does not exist, due dates outside 2023-01-01 … 2025-12-31 (a 2024 plan)', [
      { id: 2, title: 'A', due: '2024-02-30' },
      { id: 2, title: 'B', due: '2022-12-31' },
      { id: 3, title: 'C', due: '2026-01-01' },
    ], [
      { path: 'tasks[0].due', code: 'invalid_date', vi: '"2024-02-30" không phải ngày hợp lệ', en: '"2024-02-30" is not a valid date' },
      { path: 'tasks[1].id', code: 'duplicate_id', vi: 'Mã "2" bị trùng', en: 'Duplicate id "2"' },
      { path: 'tasks[1].due', code: 'due_outside_plan_year', vi: 'Thời hạn 2022-12-31 nằm ngoài khoảng 2023-01-01 – 2025-12-31', en: 'Due date 2022-12-31 is outside the plan\'s range 2023-01-01 – 2025-12-31' },
      { path: 'tasks[2].due', code: 'due_outside_plan_year', vi: '2026-01-01', en: '2026-01-01' },
    ]],
  ];

  it.each(badLists)('names every problem of a task list at its path, in Vietnamese and English (%s)', (_, tasks, expected) => {
    expectProblems(problemsOf(planWithTasks(tasks)), expected);
  });

  it('ships the Tứ Kỳ 2024 plan with its 11 tasks; only task 2 has a date in the seed (before 31/8/2024)', () => {
    const parsed = parsePlan(TU_KY_2024);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    const tasks = parsed.value.tasks!;
    expect(tasks.map((t) => t.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(tasks[1]).toEqual({
      id: 2, title: 'Rà soát, đơn giản hóa thủ tục hành chính (mẫu 02/RS-KSTT)', titleEn: 'Review and simplify procedures (form 02/RS-KSTT)',
      due: '2024-08-31', evidence: 'document',
    });
    expect(tasks.filter((t) => t.due !== undefined).map((t) => t.id)).toEqual([2]);
  });
});

describe('report tasks against the plan’s tasks', () => {
  // Task 2 asks for a document, 12 for a link, 3 for nothing in particular.
  const plan = validPlan([
    { id: 2, title: 'Rà soát TTHC', due: '2024-08-31', evidence: 'document' },
    { id: 12, title: 'Tuyên truyền', evidence: 'link' },
    { id: 3, title: 'Công khai TTHC' },
  ]);
  const commune = plan.units.find((u) => u.id === 'xa-a')!;
  const withTasks = (tasks: unknown) => ({ ...q1Report(), tasks });

  it('accepts a task beyond 11 that the plan names, a document, an https link, and either kind where the plan asks for none', () => {
    const tasks = [
      { task: 2, status: 'done', evidence: { number: '125/BC-UBND', date: '2024-08-20' } },
      { task: 12, status: 'in-progress', evidence: { url: 'https://tuky.haiduong.gov.vn/tin-tuc/cai-cach-tthc' } },
      { task: 3, status: 'done', evidence: { url: 'https://dichvucong.gov.vn' } },
    ];
    const result = validateReport(withTasks(tasks), plan, commune);
    expect(result.ok && result.value.tasks).toEqual(tasks);
    expect(validateReport(withTasks([{ task: 3, status: 'done', evidence: { number: '7/TB-UBND', date: '2024-03-01' } }]), plan, commune).ok).toBe(true);
  });

  it('names a task the plan does not list, a link that is not https, a day that does not exist, and the wrong kind of proof', () => {
    expectProblems(problemsOf(validateReport(withTasks([
      { task: 11, status: 'done' },
      { task: 12, status: 'done', evidence: { url: 'http://tuky.haiduong.gov.vn/bai-viet' } },
      { task: 3, status: 'done', evidence: { url: 'javascript:alert(1)' } },
      { task: 2, status: 'done', evidence: { number: '125/BC-UBND', date: '2024-02-30' } },
      { task: 2, status: 'done', evidence: { url: 'https://tuky.haiduong.gov.vn/bc-125.pdf' } },
    ]), plan, commune)), [
      { path: 'tasks[0].task', code: 'unknown_task', vi: 'Kế hoạch không có nhiệm vụ số 11', en: 'The plan has no task 11' },
      { path: 'tasks[1].evidence.url', code: 'evidence_not_https', vi: 'phải là địa chỉ https://', en: 'must be a full https:// address' },
      { path: 'tasks[2].evidence.url', code: 'evidence_not_https', vi: 'https://', en: 'https://' },
      { path: 'tasks[3].evidence.date', code: 'invalid_date', vi: '"2024-02-30" không phải ngày hợp lệ', en: '"2024-02-30" is not a valid date' },
      { path: 'tasks[4].task', code: 'duplicate_task', vi: 'Nhiệm vụ số 2 xuất hiện nhiều lần', en: 'Task 2 appears more than once' },
      { path: 'tasks[4].evidence', code: 'evidence_kind_mismatch', vi: 'Nhiệm vụ số 2 cần minh chứng là văn bản (số và ngày)', en: 'Task 2 asks for a document (number and date)' },
    ]);
  });

  it('names the missing or extra part of evidence at its own path, the closest of the two kinds', () => {
    expectProblems(problemsOf(validateReport(withTasks([
      { task: 2, status: 'done', evidence: { number: '125/BC-UBND' } },
      { task: 12, status: 'done', evidence: { url: 'https://a.gov.vn', date: '2024-05-01' } },
      { task: 3, status: 'done', evidence: { number: '7/TB', date: '1/3/2024' } },
      { task: 3, status: 'done', evidence: 'số 7' },
    ]), plan, commune)), [
      { path: 'tasks[0].evidence.date', code: 'required', vi: 'Thiếu trường bắt buộc "tasks[0].evidence.date"', en: 'Required field "tasks[0].evidence.date"' },
      { path: 'tasks[1].evidence.date', code: 'unknown_key', vi: '"tasks[1].evidence.date" không được phép', en: 'Unknown field "tasks[1].evidence.date"' },
      { path: 'tasks[2].evidence.date', code: 'invalid_format', vi: 'sai định dạng', en: 'not in the expected format' },
      { path: 'tasks[3].evidence', code: 'invalid_type', vi: 'cần object', en: 'expected object' },
    ]);
  });

  it('keeps the old rule for a plan without tasks: numbers 1..11, evidence allowed on any', () => {
    const legacy = smallPlan();
    const unit = legacy.units.find((u) => u.id === 'xa-a')!;
    expect(validateReport(withTasks([{ task: 11, status: 'done', evidence: { url: 'https://a.gov.vn/x' } }]), legacy, unit).ok).toBe(true);
    expectProblems(problemsOf(validateReport(withTasks([{ task: 12, status: 'done' }]), legacy, unit)), [
      { path: 'tasks[0].task', code: 'too_big', vi: 'phải ≤ 11', en: 'must be ≤ 11' },
    ]);
  });
});
