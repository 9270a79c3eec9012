/**
 * The plan's tasks through the built add-in (issue 15), in the Apps Script fake against the local
 * stack: the tasks sheet lists the plan's tasks (title, due date, the proof asked for), a title
 * that looks like a formula stays text, Check marks bad evidence on its own cell, and Submit
 * carries the evidence into the stored report and the scorecard's task board.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { buildOnce, openAddon, type AddonSession } from './helpers/addon.js';
import { correctReport, PERIOD, S } from './helpers/report-input.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const REPORTER = 'xa-dai-son@tuky.local';
const REVIEWER = 'van-phong@tuky.local';
const TRICKY_TITLE = '=HYPERLINK("https://evil.example","Công tác chỉ đạo")';
const LINK = 'https://tuky.haiduong.gov.vn/tin-bai/cai-cach-tthc';

let stack: AddonStack;
let reporter: AddonSession;

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack()]);
  // The office renames task 1 to text a spreadsheet would read as a formula.
  const tasks = TU_KY_2024.tasks!.map((t) => (t.id === 1 ? { ...t, title: TRICKY_TITLE } : t));
  const put = await stack.api('/v1/plans/tu-ky-2024', { as: 'admin@localhost', method: 'PUT', body: { ...TU_KY_2024, tasks } });
  expect(put.status).toBe(200);
  reporter = openAddon({ userEmail: REPORTER, ...stack.reachable });
}, 90_000);

afterAll(async () => {
  await reporter?.fake.dispose();
  await stack?.stop();
});

const cell = (sheet: string, a1: string) =>
  reporter.fake.read(() => {
    const range = reporter.fake.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { value: range.getValue(), formula: range.getFormula(), note: range.getNote() };
  });
const type = (sheet: string, a1: string, values: unknown[][]) => reporter.fake.userEdit(reporter.fake.spreadsheet.getSheetByName(sheet)!.getRange(a1), values, { email: REPORTER });

describe('a commune reports the plan’s tasks with evidence', () => {
  it('gets a tasks sheet of the plan’s tasks: title, due date, proof asked for; a formula-looking title stays text', () => {
    reporter.call('saveSettings', { apiUrl: stack.apiUrl, planId: 'tu-ky-2024' }, 'vi');
    expect(reporter.call('insertTemplate', PERIOD, false, 'vi').outcome).toBe('inserted');
    expect(cell(S.tasks, 'B4')).toMatchObject({ value: TRICKY_TITLE, formula: '' });
    expect(cell(S.tasks, 'B5')).toMatchObject({ value: 'Rà soát, đơn giản hóa thủ tục hành chính (mẫu 02/RS-KSTT)', note: 'Review and simplify procedures (form 02/RS-KSTT)' });
    expect([cell(S.tasks, 'C5').value, cell(S.tasks, 'D5').value, cell(S.tasks, 'C6').value]).toEqual(['Hạn 31/08/2024', 'Văn bản (số, ngày)', '—']);
    expect(cell(S.tasks, 'G3').value).toBe('Số văn bản hoặc đường dẫn https');
  });

  it('marks a link where task 2 asks for a document, and an http link, on the evidence cells', () => {
    for (const [sheet, a1, values] of correctReport()) type(sheet, a1, values);
    expect(type(S.tasks, 'E5:G5', [['Hoàn thành', 'Đã gửi Văn phòng', 'https://tuky.haiduong.gov.vn/bc-02.pdf']]).accepted).toBe(true);
    expect(type(S.tasks, 'E12:G12', [['Đang thực hiện', null, 'http://tuky.vn/tin']]).accepted).toBe(true);
    const checked = reporter.call('checkReport', PERIOD, 'vi');
    expect(checked.problems.map((p) => [p.code, p.sheet, p.a1])).toEqual([
      ['evidence_kind_mismatch', S.tasks, 'G5'],
      ['evidence_not_https', S.tasks, 'G12'],
    ]);
    expect(checked.problems[0]!.message).toContain('Nhiệm vụ số 2 cần minh chứng là văn bản (số và ngày)');
  });

  it('submits the evidence as typed: a document number with its date written day first, and an https link', async () => {
    type(S.tasks, 'G5:H5', [['125/BC-UBND', '20/8/2024']]);
    type(S.tasks, 'G12', [[LINK]]);
    expect(reporter.call('checkReport', PERIOD, 'vi')).toMatchObject({ ok: true, problems: [] });
    expect(reporter.call('submitReport', PERIOD, 'vi').outcome).toBe('submitted');

    const stored = await stack.api<{ data: { tasks: unknown[] } }>(`/v1/plans/tu-ky-2024/reports/${PERIOD}/xa-dai-son`, { as: REVIEWER });
    expect(stored.body.data.tasks).toEqual([
      { task: 2, status: 'done', note: 'Đã gửi Văn phòng', evidence: { number: '125/BC-UBND', date: '2024-08-20' } },
      { task: 9, status: 'in-progress', evidence: { url: LINK } },
      { task: 11, status: 'done' },
    ]);
    const scorecard = await stack.api<{ tasks: { id: number; units: { unitId: string; evidence?: unknown }[] }[] }>(
      `/v1/plans/tu-ky-2024/scorecards/${PERIOD}/compute`, { as: REVIEWER, method: 'POST' },
    );
    const own = (id: number) => scorecard.body.tasks.find((t) => t.id === id)!.units.find((u) => u.unitId === 'xa-dai-son');
    expect(own(2)).toMatchObject({ status: 'done', overdue: false, evidence: { number: '125/BC-UBND', date: '2024-08-20' } });
    expect(own(9)).toMatchObject({ status: 'in-progress', evidence: { url: LINK } });
  });
});
