/**
 * Several people on one spreadsheet, and protection applied to scripts as to typing: the rules of
 * https://developers.google.com/apps-script/reference/spreadsheet/protection as protection.ts
 * models them.
 */
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';
import { PROTECTED_MESSAGE } from './protection-rules.js';

const OWNER = 'chu-tich@daison.vn';
const INSERTER = 'van-thu@daison.vn';
const COLLEAGUE = 'can-bo@daison.vn';

let owner: AppsScriptFake;
let inserter: AppsScriptFake;
let colleague: AppsScriptFake;
beforeEach(() => {
  owner = createAppsScriptFake({ userEmail: OWNER, uuid: () => 'owner-uuid' });
  inserter = owner.openAs({ userEmail: INSERTER });
  colleague = owner.openAs({ userEmail: COLLEAGUE });
});

/** The inserter locks Sheet1 to itself (the example of the Protection page), leaving C5:D20 open. */
function lockSheet() {
  const sheet = inserter.globals.SpreadsheetApp.getActive().getSheetByName('Sheet1')!;
  sheet.getRange('A1:B2').setValues([['Tiêu đề', 'x'], ['=1+1', 'y']]);
  const protection = sheet.protect().setDescription('Mẫu');
  protection.setUnprotectedRanges([sheet.getRange('C5:D20')]);
  protection.addEditor(inserter.globals.Session.getEffectiveUser());
  protection.removeEditors(protection.getEditors());
  return protection;
}

const colleagueSheet = () => colleague.globals.SpreadsheetApp.getActive().getSheetByName('Sheet1')!;

describe('one spreadsheet, several people', () => {
  it('shares the sheets and document properties; each person has their own user, calls, UI and user properties', () => {
    inserter.globals.SpreadsheetApp.getActive().insertSheet('06a 2024-Q4').getRange('D6').setValue(30);
    inserter.globals.PropertiesService.getDocumentProperties().setProperty('template:2024-Q4', '{}');
    inserter.globals.PropertiesService.getUserProperties().setProperty('lang', 'en');
    inserter.calls.reset();

    const app = colleague.globals.SpreadsheetApp;
    expect(app.getActive().getSheetByName('06a 2024-Q4')!.getRange('D6').getValue()).toBe(30);
    expect(colleague.globals.PropertiesService.getDocumentProperties().getProperty('template:2024-Q4')).toBe('{}');
    expect(colleague.globals.PropertiesService.getUserProperties().getProperty('lang')).toBeNull();
    expect(colleague.globals.Session.getActiveUser().getEmail()).toBe(COLLEAGUE);
    expect(app.getActive().getOwner().getEmail()).toBe(OWNER);
    app.getActive().toast('Đã kiểm tra');
    // The colleague's calls (getActive, getSheetByName, getRange, getValue, getOwner, getEmail, getActive, toast) are theirs.
    expect([colleague.calls.byMethod['Range.getValue'], inserter.calls.total]).toEqual([1, 0]);
    expect([colleague.ui.toasts.length, inserter.ui.toasts.length]).toEqual([1, 0]);
  });

  it('throws into the calling person\'s own realm, and takes back the objects it handed out', () => {
    const context = colleague.createContext();
    const caught = vm.runInContext(`
      const ss = SpreadsheetApp.getActive();
      const sheet = ss.getSheetByName('Sheet1');
      let error = null;
      try { ss.deleteSheet(sheet); } catch (e) { error = e; }
      [error instanceof Error, String(error), ss.getSheets()[0] === sheet]
    `, context) as unknown[];
    expect(caught).toEqual([true, "Exception: You can't remove all the sheets in a document.", true]);
    const other = colleague.globals.SpreadsheetApp.getActive().insertSheet('Tạm');
    colleague.globals.SpreadsheetApp.getActive().deleteSheet(other);
    expect(owner.read(() => owner.spreadsheet.getSheets().map((s) => s.getName()))).toEqual(['Sheet1']);
  });
});

describe('editors of a protection', () => {
  it('mirror the file until the script changes them: everyone who opened it may edit', () => {
    const protection = inserter.globals.SpreadsheetApp.getActive().getSheetByName('Sheet1')!.protect();
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER, INSERTER, COLLEAGUE]);
    expect(colleagueSheet().getRange('A1').setValue('ok').getValue()).toBe('ok');
  });

  it('never lose the owner or the person running the script', () => {
    const protection = lockSheet();
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER, INSERTER]);
    protection.removeEditors([OWNER, INSERTER]).removeEditor(OWNER);
    expect(protection.getEditors().map((u) => u.getEmail())).toEqual([OWNER, INSERTER]);
    const asOwner = owner.globals.SpreadsheetApp.getActive().getSheetByName('Sheet1')!.getProtections(owner.globals.SpreadsheetApp.ProtectionType.SHEET)[0]!;
    asOwner.removeEditor(INSERTER);
    expect(asOwner.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
  });

  it('can be changed only by someone who may edit the protection', () => {
    lockSheet();
    const asColleague = colleagueSheet().protect(); // the sheet's existing protection
    expect([asColleague.getDescription(), asColleague.canEdit()]).toEqual(['Mẫu', false]);
    expect(() => asColleague.addEditor(COLLEAGUE)).toThrow(PROTECTED_MESSAGE);
    expect(() => asColleague.setWarningOnly(true)).toThrow(PROTECTED_MESSAGE);
    expect(() => asColleague.remove()).toThrow(PROTECTED_MESSAGE);
  });
});

describe('a script runs as its user: protection applies to its writes', () => {
  it('refuses every change to a protected cell by someone who is not an editor, and changes nothing', () => {
    lockSheet();
    const sheet = colleagueSheet();
    const header = sheet.getRange('A1:B2');
    const writes: [string, () => unknown][] = [
      ['setValues', () => header.setValues([[1, 2], [3, 4]])],
      ['setValue', () => sheet.getRange('A1').setValue('x')],
      ['setFormula', () => sheet.getRange('B1').setFormula('=2')],
      ['setBackground', () => header.setBackground('#f4c7c3')],
      ['setBackgrounds', () => header.setBackgrounds([['#f4c7c3', null], [null, null]])],
      ['setNote', () => sheet.getRange('A2').setNote('⚠')],
      ['setNotes', () => header.setNotes([['⚠', ''], ['', '']])],
      ['setFontWeight', () => header.setFontWeight('bold')],
      ['setNumberFormat', () => header.setNumberFormat('@')],
      ['setBorder', () => header.setBorder(true, true, true, true, null, null)],
      ['merge', () => header.merge()],
      ['clear', () => header.clear()],
      ['clearContent', () => header.clearContent()],
      ['clearNote', () => header.clearNote()],
      ['clearFormat', () => header.clearFormat()],
      ['setDataValidation', () => sheet.getRange('A1').setDataValidation(null)],
      ['a range list', () => sheet.getRangeList(['C5', 'A1']).setBackground('#ffffff')],
      ['Sheet.clear', () => sheet.clear()],
      ['Sheet.clearNotes', () => sheet.clearNotes()],
      ['insertRowsAfter', () => sheet.insertRowsAfter(1, 2)],
      ['insertColumnsAfter', () => sheet.insertColumnsAfter(1, 1)],
      ['setName', () => sheet.setName('Khác')],
      ['setFrozenRows', () => sheet.setFrozenRows(2)],
      ['setColumnWidths', () => sheet.setColumnWidths(1, 2, 90)],
      ['setRowHeight', () => sheet.setRowHeight(1, 30)],
      ['setConditionalFormatRules', () => sheet.setConditionalFormatRules([])],
      ['insertChart', () => sheet.insertChart(sheet.newChart().asPieChart().addRange(sheet.getRange('C5:D6')).build())],
      ['deleteSheet', () => colleague.globals.SpreadsheetApp.getActive().deleteSheet(sheet)],
    ];
    colleague.globals.SpreadsheetApp.getActive().insertSheet('Khác'); // so that deleting Sheet1 is not refused for being the last
    const refused = writes.filter(([, write]) => {
      try {
        write();
        return false;
      } catch (error) {
        return (error as Error).message === PROTECTED_MESSAGE;
      }
    });
    expect(refused.map(([name]) => name)).toEqual(writes.map(([name]) => name));
    expect(inserter.read(() => inserter.spreadsheet.getRange("'Sheet1'!A1:B2").getFormulas())).toEqual([['', ''], ['=1+1', '']]);
    expect(inserter.read(() => inserter.spreadsheet.getRange("'Sheet1'!A1:B2").getValues())).toEqual([['Tiêu đề', 'x'], [2, 'y']]);
  });

  it('lets the colleague write the unprotected cells, and the owner and the inserter write anywhere', () => {
    lockSheet();
    colleagueSheet().getRange('C5:D6').setValues([[1, 2], [3, 4]]).setBackgrounds([['#f4c7c3', null], [null, null]]).setNotes([['⚠ sai', ''], ['', '']]);
    expect(inserter.read(() => inserter.spreadsheet.getRange("'Sheet1'!C5:D6").getValues())).toEqual([[1, 2], [3, 4]]);
    owner.globals.SpreadsheetApp.getActive().getSheetByName('Sheet1')!.getRange('A1').setValue('Chủ sở hữu');
    inserter.globals.SpreadsheetApp.getActive().getSheetByName('Sheet1')!.getRange('B1').setValue('Người chèn');
    expect(owner.read(() => owner.spreadsheet.getRange("'Sheet1'!A1:B1").getValues())).toEqual([['Chủ sở hữu', 'Người chèn']]);
  });

  it('lets anyone through a warning-only protection, and a range protection guards only its range', () => {
    lockSheet().setWarningOnly(true);
    colleagueSheet().getRange('A1').setValue('cảnh báo thôi');
    const app = inserter.globals.SpreadsheetApp;
    const ranged = app.getActive().insertSheet('Khối').getRange('A1:A2').protect();
    ranged.removeEditors(ranged.getEditors());
    const block = colleague.globals.SpreadsheetApp.getActive().getSheetByName('Khối')!;
    expect(() => block.getRange('A2:B2').setValues([[1, 2]])).toThrow(PROTECTED_MESSAGE);
    expect(block.getRange('B1:B2').setValues([[1], [2]]).getValues()).toEqual([[1], [2]]);
    expect(() => colleague.globals.SpreadsheetApp.getActive().deleteSheet(block)).toThrow(PROTECTED_MESSAGE);
    expect(colleague.userEdit("'Sheet1'!A1", [['gõ tay']]).warnings.map((w) => w.reason)).toEqual(['protected']);
  });
});
