/**
 * The pure part of the template: where each input is, what the mirror holds, how the mirror's
 * rows become the report the shared validator reads, and how problems are told on their cells.
 */
import { describe, expect, it } from 'vitest';
import { readReport, cellOf } from '../../addon/server/read-report.js';
import { showProblems } from '../../addon/server/problem-text.js';
import { cellValue, safeText } from '../../addon/server/safe-text.js';
import { planForValidation, type PlanSlice } from '../../addon/server/settings.js';
import { templateLayout, type TemplateRecord } from '../../addon/server/template/layout.js';
import { inputBoxes } from '../../addon/server/template/sheet-grid.js';
import { parsePlan } from '../../shared/plans/plan.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { validateReport } from '../../shared/report/rules.js';

const tuKy = parsePlan(TU_KY_2024);
if (!tuKy.ok) throw new Error('the Tứ Kỳ plan should be valid');
const unit = { id: 'xa-a', name: 'Xã A', kind: 'commune' as const, tags: ['one-stop-office'] };
const plan: PlanSlice = {
  id: 'p', name: 'P', year: 2024, timezone: 'Asia/Ho_Chi_Minh', unit,
  fields: [{ id: 'ho-tich', name: 'Hộ tịch' }, { id: 'dat-dai', name: 'Đất đai', nameEn: 'Land', group: 'lci' }],
  periods: [{ id: '2024-Q1', from: '2023-12-15', to: '2024-03-14', deadline: '2024-03-17T23:59:59+07:00', derived: false }],
  // The Tứ Kỳ plan's 11 tasks (task 2 due 2024-08-31, asking for a document).
  tasks: tuKy.value.tasks,
};
const record: TemplateRecord = { period: '2024-Q1', unitId: 'xa-a', fieldIds: ['ho-tich', 'dat-dai'], office: true, insertedAt: '2024-03-01T00:00:00Z' };
const layout = templateLayout(plan, unit, record);

/** The mirror's rows as Sheets would read them: key, then the typed value ('' when blank). */
const mirror = (typed: Record<string, unknown>) => layout.mirror.rows.map(([key]) => [key, typed[key] ?? '']);

describe('the layout', () => {
  it('puts each report figure in one input cell: 2 fields × 8 counts + 2 + 9 + 4 + 3 + 1 checkbox + 11 tasks × 4 cells', () => {
    expect(layout.inputs).toHaveLength(16 + 2 + 9 + 4 + 3 + 1 + 44);
    const at = (key: string) => layout.inputs.find((i) => i.key === key);
    expect(at('dossiers.dat-dai.late')).toMatchObject({ sheet: '06a 2024-Q1', row: 7, column: 10, label: { vi: 'Đất đai — Quá hạn (cột 10)', en: 'Land — Late (column 10)' } });
    expect(at('feedback.resolvedOnTime')).toMatchObject({ sheet: 'Hài lòng-PAKN 2024-Q1', row: 12, column: 2 });
    expect(at('office.brandIdentity')).toMatchObject({ sheet: 'Một cửa 2024-Q1', row: 4, column: 2, kind: 'checkbox' });
    expect(at('tasks.11.note')).toMatchObject({ sheet: 'Nhiệm vụ 2024-Q1', row: 14, column: 6, kind: 'text' });
    expect(at('tasks.2.evidence')).toMatchObject({ row: 5, column: 7, kind: 'text', label: { vi: 'Nhiệm vụ 2 — Minh chứng', en: 'Task 2 — evidence' } });
    expect(at('tasks.2.evidenceDate')).toMatchObject({ row: 5, column: 8, kind: 'text' });
  });

  it('mirrors every input with a formula that keeps a blank cell blank', () => {
    expect(layout.mirror.a1).toBe('A1:B79');
    expect(layout.mirror.rows[0]).toEqual(['dossiers.ho-tich.online', { formula: `=IF(ISBLANK('06a 2024-Q1'!D6),"",'06a 2024-Q1'!D6)` }]);
  });

  it('groups the 06a inputs into three blocks of columns (D–F, H–J, L–M) for validation', () => {
    expect(inputBoxes(layout.sheets[0]!, 'count')).toEqual([
      { row: 6, column: 4, numRows: 2, numColumns: 3 },
      { row: 6, column: 8, numRows: 2, numColumns: 3 },
      { row: 6, column: 12, numRows: 2, numColumns: 2 },
    ]);
  });
});

describe('reading the mirror', () => {
  it('leaves out a field with no figures, keeps blanks missing and reads a status in either language', () => {
    const read = readReport(mirror({ 'dossiers.dat-dai.online': 3, 'procedures.total': 5, 'office.brandIdentity': true, 'tasks.4.status': 'Done', 'tasks.5.note': 'chưa' }), layout);
    if (!read.ok) throw new Error('expected a read');
    expect(read.data.dossiers).toEqual([{ field: 'dat-dai', online: 3, direct: undefined, carriedOver: undefined, early: undefined, onTime: undefined, late: undefined, pendingOnTime: undefined, pendingOverdue: undefined }]);
    expect(read.data.procedures).toEqual({ total: 5, oneStop: undefined });
    expect(read.data.office).toEqual({ brandIdentity: true });
    expect(read.data.tasks).toEqual([{ task: 4, status: 'done' }, { task: 5, status: undefined, note: 'chưa' }]);
    expect(read.filled).toBe(5);
    // dossiers[0] is đất đai, the sheet's second field row (7).
    expect(read.cells.get('dossiers[0].late')).toMatchObject({ sheet: '06a 2024-Q1', a1: 'J7' });
    expect(cellOf(read.cells, 'tasks[1].status.deep')).toMatchObject({ a1: 'E8' });
    expect(cellOf(read.cells, 'unitId')).toBeNull();
  });

  it('lists the plan’s tasks with due date and the proof asked for, and reads evidence as a document or a link', () => {
    const sheet = layout.sheets.find((g) => g.name === 'Nhiệm vụ 2024-Q1')!;
    expect(sheet.cells[3]).toEqual([1, 'Công tác chỉ đạo, điều hành', '—', 'Không bắt buộc', null, null, null, null]);
    expect(sheet.cells[4]).toEqual([2, 'Rà soát, đơn giản hóa thủ tục hành chính (mẫu 02/RS-KSTT)', 'Hạn 31/08/2024', 'Văn bản (số, ngày)', null, null, null, null]);
    expect(sheet.notes[4]!.slice(0, 4)).toEqual(['', 'Review and simplify procedures (form 02/RS-KSTT)', 'By 2024-08-31', 'A document (number, date)']);
    // The four task inputs of a row (E–H) are one status box and one text box F–H: no extra calls.
    expect(inputBoxes(sheet, 'text')).toEqual([{ row: 4, column: 6, numRows: 11, numColumns: 3 }]);

    const read = readReport(mirror({
      'tasks.2.status': 'Hoàn thành', 'tasks.2.evidence': '125/BC-UBND', 'tasks.2.evidenceDate': '20/8/2024',
      'tasks.3.status': 'Done', 'tasks.3.evidence': ' https://tuky.haiduong.gov.vn/tthc ',
      'tasks.9.status': 'Đang thực hiện', 'tasks.9.evidence': 'http://tuky.vn/tin', 'tasks.10.evidenceDate': '2024-05-02',
    }), layout);
    if (!read.ok) throw new Error('expected a read');
    expect(read.data.tasks).toEqual([
      { task: 2, status: 'done', evidence: { number: '125/BC-UBND', date: '2024-08-20' } },
      { task: 3, status: 'done', evidence: { url: 'https://tuky.haiduong.gov.vn/tthc' } },
      { task: 9, status: 'in-progress', evidence: { url: 'http://tuky.vn/tin' } },
      { task: 10, status: undefined, evidence: { date: '2024-05-02' } },
    ]);
    // The validator's paths land on the cells typed in: task 9's http link (G12); task 10's
    // missing status (E13) and a date without a document number (G13); a date's own path is H.
    const checked = validateReport(read.data, planForValidation(plan, unit), unit);
    if (checked.ok) throw new Error('expected problems');
    const shown = showProblems(checked.problems, 'vi', read.cells).filter((p) => p.sheet === 'Nhiệm vụ 2024-Q1').map((p) => p.a1);
    expect(shown).toEqual(['E13', 'G13', 'G12']); // shape problems first, then the rules'
    expect(cellOf(read.cells, 'tasks[0].evidence.date')).toMatchObject({ a1: 'H5' });
  });

  it('refuses a mirror whose rows do not match the layout', () => {
    const rows = mirror({});
    rows[3]![0] = 'something-else';
    expect(readReport(rows, layout)).toEqual({ ok: false, sheet: '_data 2024-Q1' });
  });

  it('tells each problem with its cell\'s words: a negative count, a part larger than its whole', () => {
    const typed: Record<string, unknown> = Object.fromEntries(layout.inputs.filter((i) => i.kind === 'count' && !i.key.startsWith('dossiers.ho-tich')).map((i) => [i.key, 0]));
    Object.assign(typed, { 'dossiers.dat-dai.online': -1, 'dossiers.dat-dai.pendingOnTime': -1, 'procedures.total': 2, 'procedures.oneStop': 3 });
    const read = readReport(mirror(typed), layout);
    if (!read.ok) throw new Error('expected a read');
    const checked = validateReport(read.data, { id: 'p', name: 'P', year: 2024, timezone: 'Asia/Ho_Chi_Minh', units: [unit], fields: plan.fields }, unit);
    if (checked.ok) throw new Error('expected problems');
    // One check tells both: the bad counts of the land row, and the procedures block's sum.
    expect(showProblems(checked.problems, 'vi', read.cells).map((p) => [p.a1, p.message])).toEqual([
      ['D7', '"Đất đai — Trực tuyến (cột 4)" không được âm.'],
      ['L7', '"Đất đai — Trong hạn (cột 12)" không được âm.'],
      ['B5', '"Số TTHC giải quyết qua Bộ phận Một cửa" (3) không được lớn hơn "Tổng số TTHC thuộc thẩm quyền giải quyết của đơn vị" (2).'],
    ]);
    typed['dossiers.dat-dai.online'] = 0;
    typed['dossiers.dat-dai.pendingOnTime'] = 0;
    const second = readReport(mirror(typed), layout);
    const again = validateReport(second.ok ? second.data : null, { id: 'p', name: 'P', year: 2024, timezone: 'Asia/Ho_Chi_Minh', units: [unit], fields: plan.fields }, unit);
    if (again.ok || !second.ok) throw new Error('expected problems');
    expect(showProblems(again.problems, 'en', second.cells).map((p) => [p.a1, p.message])).toEqual([
      ['B5', '"Procedures handled through the one-stop office" (3) cannot exceed "Procedures under the unit\'s authority" (2).'],
    ]);
  });
});

describe('text into cells', () => {
  it('prefixes an apostrophe to text Sheets would read as a formula (even behind leading spaces), and to text starting with one', () => {
    expect(['=1+1', '+SUM(A1)', '-3', '@A1', "'x", 'Xã A', ' =1', ''].map(safeText)).toEqual(["'=1+1", "'+SUM(A1)", "'-3", "'@A1", "''x", 'Xã A', "' =1", '']);
    expect([cellValue({ formula: '=SUM(A1:A2)' }), cellValue(null), cellValue(-3), cellValue(false)]).toEqual(['=SUM(A1:A2)', '', -3, false]);
  });
});
