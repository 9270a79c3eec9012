/**
 * The built add-in run by a second editor of the commune's spreadsheet: neither the person who
 * inserted the template nor the spreadsheet's owner. Apps Script runs a script as the person
 * using it and holds its writes to the sheets' protection (the fake does too), so the colleague's
 * Check must mark only the input cells, even when the owner has locked a sheet, and their Submit
 * and re-insert must work (a re-insert over a locked sheet is refused before anything changes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, openAddon, openAddonAs, type AddonSession } from './helpers/addon.js';
import { DIGITAL_INPUT, DOSSIER_INPUT, PERIOD, PROCEDURES_INPUT, S, SATISFACTION_INPUT } from './helpers/report-input.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const OWNER = 'chu-tich-xa@tuky.local'; // owns the spreadsheet; never runs the add-in here
const INSERTER = 'xa-dai-son@tuky.local'; // the demo's reporter of Xã Đại Sơn
const COLLEAGUE = 'can-bo-tu-phap@tuky.local'; // made a second reporter of Xã Đại Sơn below
const REVIEWER = 'van-phong@tuky.local';
const ERROR_RED = '#f4c7c3';
const INPUT_YELLOW = '#fffde7';
const FORMULA_GREY = '#eceff1';
const WHOLE_06A = `'${S.dossiers}'!A1:N28`; // 22 fields in rows 6–27, the total in row 28

let stack: AddonStack;
let inserter: AddonSession;
let colleague: AddonSession;

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack()]);
  const member = await stack.api(`/v1/plans/tu-ky-2024/members/${COLLEAGUE}`, { as: 'admin@localhost', method: 'PUT', body: { role: 'reporter', unitId: 'xa-dai-son' } });
  expect(member.status).toBeLessThan(300);
  inserter = openAddon({ userEmail: INSERTER, ownerEmail: OWNER, ...stack.reachable });
  colleague = openAddonAs(inserter, { userEmail: COLLEAGUE });
}, 90_000);

afterAll(async () => {
  await Promise.all([inserter?.fake.dispose(), colleague?.fake.dispose()]);
  await stack?.stop();
});

/** What every cell of a range shows: background and note. */
const looks = (session: AddonSession, a1: string) =>
  session.fake.read(() => {
    const range = session.fake.spreadsheet.getRange(a1);
    return { backgrounds: range.getBackgrounds(), notes: range.getNotes() };
  });
const typeAs = (session: AddonSession, sheet: string, a1: string, values: unknown[][]) =>
  session.fake.userEdit(`'${sheet}'!${a1}`, values);

let inserted: ReturnType<typeof looks>;

/** The owner's own session: sets the 06a sheet's protection strict (only the owner) or back to warning only. */
function ownerLocks06a(strict: boolean): void {
  const owner = inserter.fake.openAs({ userEmail: OWNER });
  const protection = owner.globals.SpreadsheetApp.getActive().getSheetByName(S.dossiers)!.protect();
  protection.setWarningOnly(!strict);
  if (strict) protection.removeEditors(protection.getEditors());
  void owner.dispose();
}

describe('a colleague on the same spreadsheet', () => {
  it('sees the template the reporter inserted, with headings and formulas protected (warning only)', () => {
    inserter.call('saveSettings', { apiUrl: stack.apiUrl, planId: 'tu-ky-2024' }, 'vi');
    expect(inserter.call('insertTemplate', PERIOD, false, 'vi').outcome).toBe('inserted');
    inserted = looks(inserter, WHOLE_06A);
    const protection = colleague.fake.read(() => colleague.fake.spreadsheet.getSheetByName(S.dossiers)!.getProtections('SHEET')[0]!);
    expect(colleague.fake.read(() => [protection.isWarningOnly(), protection.getUnprotectedRanges().map((r) => r.getA1Notation())])).toEqual([true, ['D6:F27', 'H6:J27', 'L6:M27']]);
    expect(colleague.call('getPanelState', 'vi')).toMatchObject({ settings: { unitId: 'xa-dai-son' } });
  });

  it('checks figures with mistakes on a sheet the owner locked: no error, and marks only on the input cells', () => {
    ownerLocks06a(true);
    for (const [a1, values] of DOSSIER_INPUT) expect(typeAs(colleague, S.dossiers, a1, values).accepted).toBe(true);
    for (const [sheet, [a1, values]] of [[S.procedures, PROCEDURES_INPUT], [S.digital, DIGITAL_INPUT], ...SATISFACTION_INPUT.map((i) => [S.satisfaction, i] as const)] as const) {
      expect(typeAs(colleague, sheet, a1, values).accepted).toBe(true);
    }
    typeAs(colleague, S.office, 'B4', [[true]]);
    // A note that looks like a date stays text: the note column is plain text.
    typeAs(colleague, S.tasks, 'E14:F14', [['Hoàn thành', '15/12/2024']]);

    const checked = colleague.outcome('checkReport', PERIOD, 'vi');
    expect(checked.ok).toBe(true);
    expect(checked.ok && checked.value.problems.map((p) => [p.code, p.sheet, p.a1])).toEqual([
      ['required', S.digital, 'B12'],
      ['dossier_balance', S.dossiers, 'J8'],
      ['part_exceeds_whole', S.procedures, 'B5'],
    ]);
    // 06a: J8 (row 8, column 10) is the only change since the insert; the formula columns G and K
    // and the heading rows keep their look.
    const marked = looks(colleague, WHOLE_06A);
    expect(marked.backgrounds[7]![9]).toBe(ERROR_RED);
    expect(marked.notes[7]![9]).toMatch(/^⚠ Số hồ sơ nhận \(44/);
    marked.backgrounds[7]![9] = INPUT_YELLOW;
    marked.notes[7]![9] = '';
    expect(marked).toEqual(inserted);
    expect(looks(colleague, `'${S.dossiers}'!G8:K8`).backgrounds).toEqual([[FORMULA_GREY, INPUT_YELLOW, INPUT_YELLOW, ERROR_RED, FORMULA_GREY]]);
    expect(looks(colleague, `'${S.procedures}'!B5`).backgrounds).toEqual([[ERROR_RED]]);
  });

  it('fixes them, checks again (the marks are gone) and submits', async () => {
    typeAs(colleague, S.dossiers, 'J8', [[3]]);
    typeAs(colleague, S.procedures, 'B5', [[115]]);
    typeAs(colleague, S.digital, 'B12', [[60]]);
    expect(colleague.call('checkReport', PERIOD, 'vi')).toMatchObject({ ok: true, problems: [] });
    expect(looks(colleague, WHOLE_06A)).toEqual(inserted);

    const submitted = colleague.call('submitReport', PERIOD, 'vi');
    expect([submitted.outcome, submitted.receipt?.version]).toEqual(['submitted', 1]);
    const stored = await stack.api<{ data: { tasks: { task: number; note?: string }[] }; history: { submittedBy: string }[] }>(
      `/v1/plans/tu-ky-2024/reports/${PERIOD}/xa-dai-son`, { as: REVIEWER },
    );
    expect(stored.body.history.map((h) => h.submittedBy)).toEqual([COLLEAGUE]);
    expect(stored.body.data.tasks.find((t) => t.task === 11)?.note).toBe('15/12/2024');
  });

  it('is told, before anything changes, that a locked sheet keeps them from inserting again', () => {
    const refused = colleague.outcome('insertTemplate', PERIOD, true, 'vi');
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'template_locked', issues: [], status: null,
        message: `Trang "${S.dossiers}" đã được khóa (bảo vệ) với bạn nên không thể chèn lại mẫu. Nhờ chủ sở hữu bảng tính hoặc người được phép sửa trang này chèn lại mẫu, hoặc chuyển trang về chế độ chỉ cảnh báo.`,
      },
    });
    expect(colleague.fake.read(() => colleague.fake.spreadsheet.getSheets().map((s) => s.getName()))).toEqual(['Sheet1', ...Object.values(S), `_data ${PERIOD}`]);
    expect(colleague.fake.read(() => colleague.fake.spreadsheet.getRange(`'${S.dossiers}'!D6:F6`).getValues())).toEqual([[30, 70, 5]]);
  });

  it('inserts the template again over the reporter\'s sheets once the owner unlocks, after confirming', () => {
    ownerLocks06a(false);
    // Typed: 06a 3 rows × 8 = 24, procedures 2, digital 9, satisfaction 4 + 3, the checkbox 1, task 11's status and note 2.
    expect(colleague.call('insertTemplate', PERIOD, false, 'vi')).toMatchObject({ outcome: 'needs-confirmation', filled: 45 });
    expect(colleague.call('insertTemplate', PERIOD, true, 'vi').outcome).toBe('inserted');
    expect(colleague.fake.read(() => colleague.fake.spreadsheet.getRange(`'${S.dossiers}'!D6:F6`).getValues())).toEqual([['', '', '']]);
    expect(looks(colleague, WHOLE_06A)).toEqual(inserted);
    // And the reporter carries on in the colleague's template.
    expect(typeAs(inserter, S.dossiers, 'D6', [[-1]]).accepted).toBe(false);
    expect(inserter.call('checkReport', PERIOD, 'vi')).toMatchObject({ ok: false, filled: 0 });
  });
});
