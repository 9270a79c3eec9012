/**
 * The built add-in (dist/addon/Code.js) end to end against the local stack in its own process:
 * a commune inserts the Q4 template, fills it, checks it (the mistakes land on the right cells),
 * fixes them and submits (a timeout and a retry store one version); the district office sees the
 * status, returns and accepts the report, computes the scorecard and writes the leadership
 * sheet, twice, then for another quarter.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STATUS_COLORS } from '../../shared/charts/chart-style.js';
import type { Scorecard } from '../../shared/engine/scorecard-model.js';
import { AddonCallError, buildOnce, openAddon, type AddonSession } from './helpers/addon.js';
import { DIGITAL_INPUT, DOSSIER_INPUT, EXPECTED_ROW, PERIOD, PROCEDURES_INPUT, S, SATISFACTION_INPUT } from './helpers/report-input.js';
import { apiChartRows, chartsOf, DISTRICT_SHADE, expectedColors, rowColors, sheetOf, SHEET, values, WHITE } from './helpers/scorecard-sheet.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const REPORTER = 'xa-dai-son@tuky.local';
const REVIEWER = 'van-phong@tuky.local';
const COLLEAGUE = 'can-bo-khac@tuky.local';
const ERROR_RED = '#f4c7c3';
const INPUT_YELLOW = '#fffde7';

let stack: AddonStack;
let reporter: AddonSession;
let reviewer: AddonSession;

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack()]);
  reporter = openAddon({ userEmail: REPORTER, ...stack.reachable, uuid: () => 'fixed-uuid' });
  reviewer = openAddon({ userEmail: REVIEWER, ...stack.reachable });
}, 90_000);

afterAll(async () => {
  await Promise.all([reporter?.fake.dispose(), reviewer?.fake.dispose()]);
  await stack?.stop();
});

const read = (session: AddonSession, a1: string) => session.fake.read(() => session.fake.spreadsheet.getRange(a1).getValues());
const cell = (session: AddonSession, sheet: string, a1: string) =>
  session.fake.read(() => {
    const range = session.fake.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    return { value: range.getValue(), formula: range.getFormula(), note: range.getNote(), background: range.getBackground() };
  });
function type(session: AddonSession, sheet: string, a1: string, values: unknown[][], as = REPORTER) {
  return session.fake.userEdit(session.fake.spreadsheet.getSheetByName(sheet)!.getRange(a1), values, { email: as });
}

describe('a commune reports a quarter', () => {
  it('takes its unit from /v1/me when settings are saved', () => {
    const saved = reporter.call('saveSettings', { apiUrl: stack.apiUrl, planId: 'tu-ky-2024' }, 'vi');
    expect([saved.settings.role, saved.settings.unitId, saved.plan.unit?.name, saved.plan.fields.length]).toEqual(['reporter', 'xa-dai-son', 'Xã Đại Sơn', 22]);
  });

  it('1. inserts the template: form 06a with formulas, the other blocks, validation and protected headings', () => {
    const inserted = reporter.call('insertTemplate', PERIOD, false, 'vi');
    expect(inserted.outcome).toBe('inserted');
    expect(reporter.fake.spreadsheet.getSheets().map((s) => s.getName())).toEqual(['Sheet1', ...Object.values(S), `_data ${PERIOD}`]);
    expect(cell(reporter, S.dossiers, 'B6')).toMatchObject({ value: 'Hộ tịch', note: 'Civil status registration (ho-tich)' });
    expect(cell(reporter, S.dossiers, 'C6').formula).toBe('=SUM(D6:F6)');
    expect(cell(reporter, S.dossiers, 'G6').formula).toBe('=SUM(H6:J6)');
    expect(cell(reporter, S.dossiers, 'K6').formula).toBe('=SUM(L6:M6)');
    // 22 fields in rows 6–27, the total row is 28.
    expect(cell(reporter, S.dossiers, 'C28').formula).toBe('=SUM(C6:C27)');
    expect(cell(reporter, S.dossiers, 'D4')).toMatchObject({ value: 'Trực tuyến', note: 'Online' });
    expect(cell(reporter, S.tasks, 'B14').value).toBe('Chế độ thông tin báo cáo; lưu trữ hồ sơ');
    expect(reporter.fake.read(() => reporter.fake.spreadsheet.getSheetByName(`_data ${PERIOD}`)!.isSheetHidden())).toBe(true);

    // Whole numbers ≥ 0 only; anyone (a colleague too) is warned before changing a heading or a
    // formula (typed here as they were, so nothing changes), and types figures without a warning.
    expect(type(reporter, S.dossiers, 'D6', [[-5]]).accepted).toBe(false);
    expect(type(reporter, S.dossiers, 'D6', [[2.5]]).accepted).toBe(false);
    expect(type(reporter, S.digital, 'B4', [['nhiều']]).accepted).toBe(false);
    expect(type(reporter, S.dossiers, 'G6', [['=SUM(H6:J6)']], COLLEAGUE).warnings.map((w) => [w.a1, w.reason])).toEqual([['G6', 'protected']]);
    expect(type(reporter, S.dossiers, 'B6', [['Hộ tịch']], COLLEAGUE).warnings.map((w) => [w.a1, w.reason])).toEqual([['B6', 'protected']]);
    expect(type(reporter, S.dossiers, 'D6', [[1]], COLLEAGUE)).toMatchObject({ accepted: true, warnings: [] });
    expect(type(reporter, S.dossiers, 'D6', [[null]]).accepted).toBe(true);
  });

  it('2–3. fills it in and checks: each mistake is marked on its own cell with a Vietnamese note', () => {
    for (const [a1, values] of DOSSIER_INPUT) expect(type(reporter, S.dossiers, a1, values).accepted).toBe(true);
    for (const [sheet, [a1, values]] of [[S.procedures, PROCEDURES_INPUT], [S.digital, DIGITAL_INPUT], ...SATISFACTION_INPUT.map((i) => [S.satisfaction, i] as const)] as const) {
      expect(type(reporter, sheet, a1, values).accepted).toBe(true);
    }
    expect(type(reporter, S.office, 'B4', [[true]]).accepted).toBe(true);
    expect(type(reporter, S.tasks, 'E7:F7', [['Đang thực hiện', 'Niêm yết tại Bộ phận Một cửa']]).accepted).toBe(true);
    expect(type(reporter, S.tasks, 'E14', [['Hoàn thành']]).accepted).toBe(true);
    expect(read(reporter, `'${S.dossiers}'!C6:N6`)).toEqual([[105, 30, 70, 5, 97, 60, 35, 2, 8, 6, 2, '✓']]);

    // One check names every mistake it can: the blank figure, and the sums of the parts that are
    // complete (the digital block waits for its blank cell before its own sums are checked).
    const blank = reporter.call('checkReport', PERIOD, 'vi');
    expect(blank.problems.map((p) => [p.code, p.sheet, p.a1, p.message])).toEqual([
      ['required', S.digital, 'B12', 'Thiếu trường bắt buộc "Trong đó: bản sao chứng thực điện tử".'],
      ['dossier_balance', S.dossiers, 'J8', 'Số hồ sơ nhận (44 = trực tuyến + trực tiếp + kỳ trước) phải bằng đã giải quyết + đang giải quyết (50).'],
      ['part_exceeds_whole', S.procedures, 'B5', '"Số TTHC giải quyết qua Bộ phận Một cửa" (125) không được lớn hơn "Tổng số TTHC thuộc thẩm quyền giải quyết của đơn vị" (120).'],
    ]);
    expect(cell(reporter, S.digital, 'B12')).toMatchObject({ background: ERROR_RED, note: '⚠ Thiếu trường bắt buộc "Trong đó: bản sao chứng thực điện tử".' });

    type(reporter, S.digital, 'B12', [[60]]);
    const checked = reporter.call('checkReport', PERIOD, 'vi');
    expect(checked.ok).toBe(false);
    expect(checked.problems.map((p) => [p.code, p.sheet, p.a1])).toEqual([
      ['dossier_balance', S.dossiers, 'J8'], // đất đai: 10+30+4 = 44 received, 20+15+9+5+1 = 50 accounted
      ['part_exceeds_whole', S.procedures, 'B5'], // 125 TTHC via one-stop > 120 in all
    ]);
    expect(cell(reporter, S.dossiers, 'J8')).toMatchObject({ background: ERROR_RED, note: '⚠ Số hồ sơ nhận (44 = trực tuyến + trực tiếp + kỳ trước) phải bằng đã giải quyết + đang giải quyết (50).' });
    expect(cell(reporter, S.procedures, 'B5')).toMatchObject({
      background: ERROR_RED,
      note: '⚠ "Số TTHC giải quyết qua Bộ phận Một cửa" (125) không được lớn hơn "Tổng số TTHC thuộc thẩm quyền giải quyết của đơn vị" (120).',
    });
    // The last check's mark is gone; cells around the marks keep their input colour.
    expect(cell(reporter, S.digital, 'B12')).toMatchObject({ background: INPUT_YELLOW, note: '' });
    expect(cell(reporter, S.dossiers, 'J7')).toMatchObject({ background: INPUT_YELLOW, note: '' });
  });

  it('4. the fixes clear the marks', () => {
    type(reporter, S.dossiers, 'J8', [[3]]);
    type(reporter, S.procedures, 'B5', [[115]]);
    const english = reporter.call('checkReport', PERIOD, 'en');
    expect([english.ok, english.problems]).toEqual([true, []]);
    for (const [sheet, a1] of [[S.dossiers, 'J8'], [S.procedures, 'B5']] as const) {
      expect(cell(reporter, sheet, a1)).toMatchObject({ background: INPUT_YELLOW, note: '' });
    }
  });

  it('5. submits once, even when the first answer is lost to a timeout', async () => {
    reporter.fake.http.queueTimeout({ deliver: true }); // the server stores it, the answer never comes back
    const lost = reporter.outcome('submitReport', PERIOD, 'vi');
    expect(lost.ok).toBe(false);
    if (!lost.ok) expect(lost.error.message).toMatch(/^Không kết nối được máy chủ \(Timeout: .*\)\. Báo cáo có thể đã đến hoặc chưa/);
    expect([...reporter.fake.properties.document.keys()]).toContain(`pending:xa-dai-son:${PERIOD}`);

    const retried = reporter.call('submitReport', PERIOD, 'vi');
    expect(retried.outcome).toBe('submitted');
    // The demo's clock is today's; Q4 2024 was due 2024-12-17, so the report is late.
    expect(retried.receipt).toMatchObject({ version: 1, onTime: false, status: 'submitted' });
    const sent = reporter.fake.http.requests.filter((r) => r.method === 'POST');
    expect(sent.map((r) => JSON.parse(r.payload).idempotencyKey)).toEqual([expect.stringMatching(/^addon-/), JSON.parse(sent[0]!.payload).idempotencyKey]);
    expect([...reporter.fake.properties.document.keys()]).not.toContain(`pending:xa-dai-son:${PERIOD}`);

    const stored = await stack.api<{ history: unknown[]; warnings: { path: string; message: string }[] }>(`/v1/plans/tu-ky-2024/reports/${PERIOD}/xa-dai-son`, { as: REVIEWER });
    expect(stored.body.history).toHaveLength(1);
    // Warnings come from the server and point at their cells: chứng thực carried over 0 while Q3 left some pending.
    expect(retried.receipt!.warnings.map((w) => [w.path, w.message])).toEqual(stored.body.warnings.map((w) => [w.path, w.message]));
    expect(retried.receipt!.warnings.find((w) => w.path === 'dossiers[1].carriedOver')).toMatchObject({ code: 'carried_over_mismatch', sheet: S.dossiers, a1: 'F7' });
  });

  it('asks before inserting the template again over typed figures', () => {
    // Typed: 06a 3 rows × 8 = 24, procedures 2, digital 9, satisfaction 4 + feedback 3, the office
    // checkbox 1, tasks 3 (status and note of task 4, status of task 11): 24 + 2 + 9 + 7 + 1 + 3 = 46.
    expect(reporter.call('insertTemplate', PERIOD, false, 'vi')).toMatchObject({ outcome: 'needs-confirmation', filled: 46 });
    reporter.fake.ui.queuePromptResponse(PERIOD);
    reporter.fake.ui.queueAlertResponse('NO');
    reporter.run('menuInsertTemplate');
    expect(reporter.fake.ui.questions.at(-1)).toMatchObject({ prompt: `Mẫu ${PERIOD} đã có 46 ô được nhập. Chèn lại sẽ xóa các số liệu này. Tiếp tục?`, answer: 'NO' });
    expect(read(reporter, `'${S.dossiers}'!D6:F6`)).toEqual([[30, 70, 5]]);
  });

  it('answers a refused request with the server\'s own message (a token for another OAuth client)', () => {
    const stranger = openAddon({ userEmail: 'la@nowhere.vn', ...stack.reachable, oauthClientId: '999999999999-someone-else.apps.googleusercontent.com' });
    const refused = stranger.outcome('lookupAccount', stack.apiUrl, null, 'en');
    expect(refused).toEqual({ ok: false, error: { code: 'unauthorized', message: 'Not signed in, or the token is not valid.', issues: [], status: 401 } });
    void stranger.fake.dispose();
  });
});

describe('the district office', () => {
  it('sees the period\'s status, returns the report with a comment, then accepts it', () => {
    const saved = reviewer.call('saveSettings', { apiUrl: stack.apiUrl, planId: 'tu-ky-2024' }, 'vi');
    expect([saved.settings.role, saved.settings.unitId]).toEqual(['reviewer', null]);
    const status = reviewer.call('getPeriodStatus', PERIOD, 'vi');
    // 35 units expected; only Đại Sơn has reported Q4, after the deadline.
    expect(status.summary).toEqual({ expected: 35, submitted: 1, onTime: 0, late: 1, missing: 34 });
    expect(status.units.find((u) => u.unitId === 'xa-dai-son')).toMatchObject({ late: true, missing: false, status: 'submitted', version: 1 });

    const comment = 'Đề nghị kiểm tra lại số hồ sơ chứng thực.';
    expect(reviewer.call('reviewReport', PERIOD, 'xa-dai-son', 'return', comment, 'vi').status).toBe('returned');
    expect(reporter.call('getMyReport', PERIOD, 'vi')).toMatchObject({ version: 1, status: 'returned', lastReview: { decision: 'return', comment } });
    expect(reviewer.call('reviewReport', PERIOD, 'xa-dai-son', 'accept', '', 'vi').status).toBe('accepted');
  });

  it('locks an accepted report: the menu\'s submit answers with the server\'s message', () => {
    reporter.fake.ui.queueAlertResponse('YES'); // "Gửi báo cáo 2024-Q4 của Xã Đại Sơn?"
    reporter.run('menuSubmit');
    expect(reporter.fake.ui.questions.slice(-2).map((q) => q.prompt)).toEqual([
      `Gửi báo cáo ${PERIOD} của Xã Đại Sơn?`,
      'Báo cáo đã được chấp nhận và khóa; cần trả lại trước khi gửi lại.',
    ]);
  });

  it('6. computes the scorecard', () => {
    const computed = reviewer.call('computeScorecard', PERIOD, 'vi');
    expect([computed.expected, computed.submitted]).toEqual([35, 1]);
  });

  it('a reporter may not compute: the server says so in the reader\'s language', () => {
    const refused = reporter.outcome('computeScorecard', PERIOD, 'vi');
    expect(refused.ok ? null : [refused.error.status, refused.error.message]).toEqual([403, 'Bạn không có quyền thực hiện thao tác này.']);
    expect(() => reporter.call('computeScorecard', PERIOD, 'vi')).toThrow(AddonCallError);
  });
});

describe('the leadership sheet', () => {
  let first: { document: number; total: number };
  let chartIds: string[];

  it('7. writes the table, its traffic lights and five native charts', async () => {
    reviewer.fake.calls.reset();
    const written = reviewer.call('writeScorecardSheet', PERIOD, 'vi');
    first = { document: reviewer.fake.calls.document, total: reviewer.fake.calls.total };
    expect(written).toMatchObject({ sheet: SHEET, period: PERIOD, units: 35, charts: 5 });
    expect(first.document).toBeLessThanOrEqual(25);

    expect(values(reviewer, 'A3:E3')).toEqual([['Hạng', 'Đơn vị', 'Điểm (%)', 'TTHC qua Một cửa (%)', 'Giải quyết trước, đúng hạn (%)']]);
    expect(values(reviewer, 'B4:G4')).toEqual([['Mục tiêu', 1, 1, 1, '', 0.45]]); // online_submission has no target
    expect(values(reviewer, 'B5:G5')[0]!.map((v) => (typeof v === 'number' ? Number(v.toFixed(6)) : v))).toEqual(['Gần đạt từ', 0.9, 0.9, 0.9, '', 0.35]);
    // Only Đại Sơn reported Q4: the district's ratios are its own. Unit-count KPIs (district only):
    // brand identity 1 of 24 one-stop offices, e-certification 1 of 24, completeness 1/35, on time 0/35.
    const district = values(reviewer, 'A6:T6')[0]!;
    expect(district.slice(0, 3)).toEqual(['Chung', 'Toàn kế hoạch', '']);
    expect(district.slice(16).map((v) => Number(v).toFixed(6))).toEqual([1 / 24, 1 / 24, 1 / 35, 0].map((v) => v.toFixed(6)));
    const unit = values(reviewer, 'A7:T7')[0]!;
    expect(unit.slice(0, 2)).toEqual([1, 'Xã Đại Sơn']);
    expect(unit[2]).toBeCloseTo(EXPECTED_ROW.score, 5);
    Object.values(EXPECTED_ROW.values).forEach((v, i) => expect(unit[3 + i]).toBeCloseTo(v, 5)); // the API answers values to 6 decimals
    expect(unit.slice(16)).toEqual(['', '', '', '']);
    expect(values(reviewer, 'A41:C41')).toEqual([['—', expect.any(String), '']]); // 35 units: rows 7–41

    const { met, near, below } = STATUS_COLORS;
    // C score near; D–P as worked out in report-input.ts; Q–T are the district's only.
    expect(rowColors(reviewer, 7)).toEqual([WHITE, WHITE, near, near, near, WHITE, met, near, near, below, met, near, met, met, met, WHITE, WHITE, WHITE, WHITE, WHITE]);
    expect(rowColors(reviewer, 6).slice(16)).toEqual([below, below, below, below]);
    expect(rowColors(reviewer, 4).slice(2)).toEqual(Array(18).fill('#eceff1')); // targets are not lit

    const card = (await stack.api<Scorecard>(`/v1/plans/tu-ky-2024/scorecards/${PERIOD}`, { as: REVIEWER })).body;
    const charts = chartsOf(reviewer);
    expect(charts.map((c) => [c.type, c.title])).toEqual(['district-kpis', 'unit-ranking', 'completeness', 'trend', 'index766'].map((id, i) => [['BAR', 'BAR', 'PIE', 'LINE', 'BAR'][i], card.charts.find((c) => c.id === id)!.title]));
    for (const [i, id] of ['district-kpis', 'unit-ranking', 'completeness', 'trend', 'index766'].entries()) expect(charts[i]!.data).toEqual(apiChartRows(card, id));
    expect(reviewer.fake.read(() => sheetOf(reviewer)!.getConditionalFormatRules().length)).toBe(3);
    chartIds = charts.map((c) => c.id);
  });

  it('8. rewrites in place on refresh: no duplicate charts or rules, a chart of the user\'s own left alone', () => {
    reviewer.fake.read(() => {
      const sheet = sheetOf(reviewer)!;
      sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B3')).setOption('title', 'Biểu đồ riêng').build());
    });
    reviewer.fake.calls.reset();
    reviewer.call('writeScorecardSheet', PERIOD, 'vi');
    const refresh = { document: reviewer.fake.calls.document, total: reviewer.fake.calls.total };
    expect(refresh.document).toBeLessThanOrEqual(first.document);
    const charts = chartsOf(reviewer);
    expect(charts.map((c) => c.id)).toEqual([...chartIds, expect.any(String)]);
    expect(charts[5]!.title).toBe('Biểu đồ riêng');
    expect(reviewer.fake.read(() => sheetOf(reviewer)!.getConditionalFormatRules().length)).toBe(3);
    console.info(`scorecard sheet (35 units): first write ${first.document} document / ${first.total} total calls; refresh ${refresh.document} / ${refresh.total}`);
  });

  it('lights every cell of another quarter as the API judged it, with the same charts retitled', async () => {
    reviewer.call('writeScorecardSheet', '2024-Q3', 'vi');
    const card = (await stack.api<Scorecard>('/v1/plans/tu-ky-2024/scorecards/2024-Q3', { as: REVIEWER })).body;
    expect(rowColors(reviewer, 6)).toEqual(expectedColors(card.district.kpis, null, DISTRICT_SHADE));
    card.units.forEach((unit, i) => {
      expect(values(reviewer, `B${7 + i}`)[0]![0]).toBe(unit.name);
      expect(rowColors(reviewer, 7 + i), unit.name).toEqual(expectedColors(unit.kpis, unit.score));
    });
    const charts = chartsOf(reviewer);
    expect(charts.map((c) => c.id)).toEqual([...chartIds, expect.any(String)]);
    expect(charts.slice(0, 5).map((c) => c.title)).toEqual(['district-kpis', 'unit-ranking', 'completeness', 'trend', 'index766'].map((id) => card.charts.find((c) => c.id === id)!.title));
    expect(charts[1]!.data).toEqual(apiChartRows(card, 'unit-ranking'));
  });
});
