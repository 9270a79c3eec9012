import { describe, expect, it } from 'vitest';
import { validateReport } from '../../shared/report/rules.js';
import type { ReportData } from '../../shared/report/schema.js';
import { reportWarnings } from '../../shared/report/warnings.js';
import { expectProblems, problemsOf, type ExpectedProblem } from './helpers/problems.js';
import { q1Report, q2Report, smallPlan } from './helpers/report-fixtures.js';

const plan = smallPlan();
const commune = plan.units.find((u) => u.id === 'xa-a')!; // tagged one-stop-office and certification
const agency = plan.units.find((u) => u.id === 'phong-b')!; // no tags

type Report = ReturnType<typeof q1Report>;

function valid(report: unknown): ReportData {
  const result = validateReport(report, plan, commune);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.value;
}

describe('validateReport', () => {
  it('accepts a consistent report, unchanged', () => {
    expect(validateReport(q1Report(), plan, commune)).toEqual({ ok: true, value: q1Report() });
  });

  it('accepts an agency without a one-stop office reporting no office block', () => {
    const { office: _, ...report } = q1Report();
    expect(validateReport(report, plan, agency).ok).toBe(true);
  });

  // Each case breaks one thing of the Q1 report; the report then has exactly that one problem.
  const shape: [string, (r: any) => void, ExpectedProblem][] = [
    ['an unknown top-level key', (r) => (r.comments = 'x'),
      { path: 'comments', code: 'unknown_key', vi: '"comments" không được phép', en: 'Unknown field "comments"' }],
    ['an unknown nested key', (r) => (r.digital.foo = 1),
      { path: 'digital.foo', code: 'unknown_key', vi: '"digital.foo" không được phép', en: 'Unknown field "digital.foo"' }],
    ['a missing key', (r) => delete r.satisfaction.lciRatings,
      { path: 'satisfaction.lciRatings', code: 'required', vi: 'Thiếu trường bắt buộc', en: 'is missing' }],
    ['a missing block', (r) => delete r.feedback,
      { path: 'feedback', code: 'required', vi: 'Thiếu trường bắt buộc "feedback"', en: 'Required field "feedback"' }],
    ['a non-integer', (r) => (r.dossiers[1].online = 10.5),
      { path: 'dossiers[1].online', code: 'not_integer', vi: 'phải là số nguyên', en: 'must be a whole number' }],
    ['a negative count', (r) => (r.procedures.total = -1),
      { path: 'procedures.total', code: 'negative', vi: 'không được âm', en: 'must not be negative' }],
    ['a string instead of a number', (r) => (r.feedback.received = '3'),
      { path: 'feedback.received', code: 'invalid_type', vi: 'sai kiểu dữ liệu (cần number)', en: 'wrong type (expected number)' }],
    ['task number 12', (r) => (r.tasks[0].task = 12),
      { path: 'tasks[0].task', code: 'too_big', vi: 'phải ≤ 11', en: 'must be ≤ 11' }],
    ['task number 0', (r) => (r.tasks[0].task = 0),
      { path: 'tasks[0].task', code: 'too_small', vi: 'phải ≥ 1', en: 'must be ≥ 1' }],
    ['an unknown task status', (r) => (r.tasks[1].status = 'finished'),
      { path: 'tasks[1].status', code: 'invalid_value', vi: 'chọn một trong: not-started, in-progress, done', en: 'one of: not-started, in-progress, done' }],
  ];

  const rules: [string, (r: Report) => void, ExpectedProblem][] = [
    ['a field not in the plan', (r) => (r.dossiers[1]!.field = 'hang-hai'),
      { path: 'dossiers[1].field', code: 'unknown_field', vi: 'Lĩnh vực "hang-hai" không có trong kế hoạch', en: 'Field "hang-hai" is not in the plan' }],
    ['a duplicate field row', (r) => (r.dossiers[2]!.field = 'ho-tich'),
      { path: 'dossiers[2].field', code: 'duplicate_field', vi: '"ho-tich" xuất hiện nhiều lần', en: '"ho-tich" appears more than once' }],
    // Row 2: received 4+16+10 = 30, accounted 2+12+2 + 12+3 = 31.
    ['a row that does not balance', (r) => (r.dossiers[2]!.late = 2),
      { path: 'dossiers[2].late', code: 'dossier_balance', vi: 'Số hồ sơ nhận (30 = trực tuyến + trực tiếp + kỳ trước) phải bằng đã giải quyết + đang giải quyết (31)', en: 'Dossiers received (30 = online + direct + carried over) must equal resolved + pending (31)' }],
    ['oneStop > total', (r) => (r.procedures.oneStop = 121),
      { path: 'procedures.oneStop', code: 'part_exceeds_whole', vi: '"procedures.oneStop" (121) không được lớn hơn "procedures.total" (120)', en: '"procedures.oneStop" (121) cannot exceed "procedures.total" (120)' }],
    ['paidOnline > feeDossiers', (r) => (r.digital.paidOnline = 61),
      { path: 'digital.paidOnline', code: 'part_exceeds_whole', vi: '(61) không được lớn hơn "digital.feeDossiers" (60)', en: '(61) cannot exceed "digital.feeDossiers" (60)' }],
    ['satisfied > ratings', (r) => (r.satisfaction.satisfied = 101),
      { path: 'satisfaction.satisfied', code: 'part_exceeds_whole', vi: '(101) không được lớn hơn "satisfaction.ratings" (100)', en: '(101) cannot exceed "satisfaction.ratings" (100)' }],
    // 21 > lciRatings 20, still ≤ satisfied 95.
    ['lciSatisfied > lciRatings', (r) => (r.satisfaction.lciSatisfied = 21),
      { path: 'satisfaction.lciSatisfied', code: 'part_exceeds_whole', vi: '(21) không được lớn hơn "satisfaction.lciRatings" (20)', en: '(21) cannot exceed "satisfaction.lciRatings" (20)' }],
    ['lciRatings > ratings', (r) => (r.satisfaction.lciRatings = 101),
      { path: 'satisfaction.lciRatings', code: 'part_exceeds_whole', vi: '(101) không được lớn hơn "satisfaction.ratings" (100)', en: '(101) cannot exceed "satisfaction.ratings" (100)' }],
    // satisfied 15 ≤ ratings 100, lciSatisfied 17 ≤ lciRatings 20, but 17 > 15.
    ['lciSatisfied > satisfied', (r) => (r.satisfaction.satisfied = 15),
      { path: 'satisfaction.lciSatisfied', code: 'part_exceeds_whole', vi: '(17) không được lớn hơn "satisfaction.satisfied" (15)', en: '(17) cannot exceed "satisfaction.satisfied" (15)' }],
    ['resolvedOnTime > resolved', (r) => (r.feedback.resolvedOnTime = 3),
      { path: 'feedback.resolvedOnTime', code: 'part_exceeds_whole', vi: '(3) không được lớn hơn "feedback.resolved" (2)', en: '(3) cannot exceed "feedback.resolved" (2)' }],
    // resolved = 77 + 130 + 15 = 222
    ['digitizedResults > resolved', (r) => (r.digital.digitizedResults = 223),
      { path: 'digital.digitizedResults', code: 'part_exceeds_whole', vi: '(223) không được lớn hơn "resolved" (222)', en: '(223) cannot exceed "resolved" (222)' }],
    ['electronicResults > resolved', (r) => (r.digital.electronicResults = 223),
      { path: 'digital.electronicResults', code: 'part_exceeds_whole', vi: '(223) không được lớn hơn "resolved" (222)', en: '(223) cannot exceed "resolved" (222)' }],
    // online + direct = 80 + 130 + 20 = 230
    ['digitizedDossiers > online+direct', (r) => (r.digital.digitizedDossiers = 231),
      { path: 'digital.digitizedDossiers', code: 'part_exceeds_whole', vi: '(231) không được lớn hơn "online+direct" (230)', en: '(231) cannot exceed "online+direct" (230)' }],
    ['reusedData > online+direct', (r) => (r.digital.reusedData = 231),
      { path: 'digital.reusedData', code: 'part_exceeds_whole', vi: '(231) không được lớn hơn "online+direct" (230)', en: '(231) cannot exceed "online+direct" (230)' }],
    ['processedOnSystem > online+direct', (r) => (r.digital.processedOnSystem = 231),
      { path: 'digital.processedOnSystem', code: 'part_exceeds_whole', vi: '(231) không được lớn hơn "online+direct" (230)', en: '(231) cannot exceed "online+direct" (230)' }],
    ['eCertifiedCopies > certifiedCopies', (r) => (r.digital.eCertifiedCopies = 401),
      { path: 'digital.eCertifiedCopies', code: 'part_exceeds_whole', vi: '(401) không được lớn hơn "digital.certifiedCopies" (400)', en: '(401) cannot exceed "digital.certifiedCopies" (400)' }],
    ['an office block missing for a one-stop unit', (r) => delete (r as Partial<Report>).office,
      { path: 'office', code: 'required', vi: 'Thiếu trường bắt buộc "office"', en: 'Required field "office" is missing' }],
    ['a duplicate task', (r) => r.tasks.push({ task: 1, status: 'done' }),
      { path: 'tasks[3].task', code: 'duplicate_task', vi: 'Nhiệm vụ số 1 xuất hiện nhiều lần', en: 'Task 1 appears more than once' }],
  ];

  it.each([...shape, ...rules])('rejects %s, naming the path', (_, breakIt, expected) => {
    const report = q1Report();
    breakIt(report);
    expectProblems(problemsOf(validateReport(report, plan, commune)), [expected]);
  });

  it('rejects an office block from a unit without a one-stop office', () => {
    expectProblems(problemsOf(validateReport(q1Report(), plan, agency)), [
      { path: 'office', code: 'office_not_applicable', vi: 'chỉ dành cho đơn vị có Bộ phận Một cửa', en: 'only for units with a one-stop office' },
    ]);
  });

  it('lists every rule problem of one report', () => {
    const report = q1Report();
    report.dossiers[2]!.late = 2;
    report.procedures.oneStop = 121;
    report.tasks.push({ task: 2, status: 'done' });
    expectProblems(problemsOf(validateReport(report, plan, commune)), [
      { path: 'dossiers[2].late', code: 'dossier_balance', vi: '(31)', en: '(31)' },
      { path: 'procedures.oneStop', code: 'part_exceeds_whole', vi: '(121)', en: '(121)' },
      { path: 'tasks[3].task', code: 'duplicate_task', vi: 'số 2', en: 'Task 2' },
    ]);
  });
});

describe('validateReport with shape problems', () => {
  it('still checks the rules of the parts that are well-formed, so one check names every mistake it can', () => {
    const report: any = q1Report();
    delete report.digital.eCertifiedCopies; // a blank cell: the digital block is not well-formed
    report.dossiers[1].late += 1; // row 1 no longer adds up
    report.procedures.oneStop = report.procedures.total + 1; // a part larger than its whole
    report.dossiers[0].online = 'mười'; // row 0 is not well-formed either
    const result = validateReport(report, plan, commune);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map((p) => [p.path.join('.'), p.code])).toEqual([
      ['dossiers.0.online', 'invalid_type'],
      ['digital.eCertifiedCopies', 'required'],
      ['dossiers.1.late', 'dossier_balance'],
      ['procedures.oneStop', 'part_exceeds_whole'],
      // No digital-against-totals rule: neither the digital block nor the row sums are known.
    ]);
  });
});

describe('reportWarnings against last quarter', () => {
  const q1 = valid(q1Report());

  it('finds nothing in a quarter consistent with the last one', () => {
    expect(reportWarnings(valid(q2Report()), q1)).toEqual([]);
  });

  it('finds nothing without a previous report', () => {
    const report = q2Report();
    report.dossiers[0]!.carriedOver = 0; // would differ from Q1's pending 8
    report.dossiers[0]!.onTime = 50; //      and keep the row balanced: 30+50+0 = 20+50+2 + 6+2
    expect(reportWarnings(valid(report), undefined)).toEqual([]);
  });

  it('warns when carriedOver differs from last quarter\'s pending', () => {
    const report = q2Report();
    report.dossiers[2]!.carriedOver = 14; // Q1 pending for dat-dai: 12 + 3 = 15
    report.dossiers[2]!.onTime = 16; //      balanced: 4+16+14 = 34 = 2+16+1 + 12+3
    expectProblems(reportWarnings(valid(report), q1), [
      { path: 'dossiers[2].carriedOver', code: 'carried_over_mismatch', vi: 'Số kỳ trước chuyển sang (14) khác số đang giải quyết cuối quý trước (15)', en: 'Carried over (14) differs from last quarter\'s pending (15)' },
    ]);
  });

  it('warns when a count grows more than 3×, not at exactly 3×', () => {
    const report = q2Report();
    report.digital.certifiedCopies = 1201; // 3 × 400 = 1200
    report.digital.feeDossiers = 180; //      3 × 60 = 180: not more than 3×
    report.dossiers[1]!.direct = 361; //      3 × 120 = 360
    report.dossiers[1]!.early = 341; //       balanced: 10+361+0 = 371 = 341+30+0
    expectProblems(reportWarnings(valid(report), q1), [
      { path: 'dossiers[1].direct', code: 'sharp_change', vi: '"dossiers[1].direct" thay đổi bất thường so với quý trước (120 → 361)', en: '"dossiers[1].direct" changed sharply from last quarter (120 → 361)' },
      { path: 'digital.certifiedCopies', code: 'sharp_change', vi: 'thay đổi bất thường so với quý trước (400 → 1201)', en: 'changed sharply from last quarter (400 → 1201)' },
    ]);
  });

  it('warns when a count falls below ⅓, not at exactly ⅓', () => {
    const report = q2Report();
    report.digital.reusedData = 29; //   29 × 3 = 87 < 90
    report.digital.paidOnline = 10; //   10 × 3 = 30, Q1 had 30: not below ⅓
    expectProblems(reportWarnings(valid(report), q1), [
      { path: 'digital.reusedData', code: 'sharp_change', vi: '(90 → 29)', en: '(90 → 29)' },
    ]);
  });

  it('ignores changes among counts below 10', () => {
    const report = q2Report();
    report.feedback = { received: 9, resolved: 9, resolvedOnTime: 9 }; // Q1: 3, 2, 2 → all > 3× but all < 10
    expect(reportWarnings(valid(report), q1)).toEqual([]);
    report.feedback.received = 10; // 10 > 3 × 3 and reaches the floor
    expectProblems(reportWarnings(valid(report), q1), [
      { path: 'feedback.received', code: 'sharp_change', vi: '(3 → 10)', en: '(3 → 10)' },
    ]);
  });
});
