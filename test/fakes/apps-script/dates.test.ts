/** Date cells: what getValues returns for them, and how a typed date and plain-text cells are read. */
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';
import type { Sheet } from './sheet.js';

let fake: AppsScriptFake;
let sheet: Sheet;
beforeEach(() => {
  fake = createAppsScriptFake(); // spreadsheet in vi_VN, Asia/Ho_Chi_Minh
  sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
});

// 15 December 2024, 00:00 in Hà Nội (UTC+7) is 14 December 17:00 UTC; its serial (days since
// 30 December 1899) is 45641, since 1 January 2025 is 45658.
const DEC_15 = '2024-12-14T17:00:00.000Z';

describe('getValues', () => {
  it('returns a Date for a date cell and numbers for numbers, a new Date on each read', () => {
    sheet.getRange('A1:B1').setValues([[new Date(DEC_15), 45641]]);
    const [[date, number]] = sheet.getRange('A1:B1').getValues() as [[Date, number]];
    expect([date.toISOString(), number]).toEqual([DEC_15, 45641]);
    date.setFullYear(2000);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe(DEC_15);
  });

  it('reads a number under a date format as a Date, and a Date under a number format as its serial', () => {
    sheet.getRange('A1:B1').setValues([[45641, new Date(DEC_15)]]);
    sheet.getRange('A1').setNumberFormat('dd/MM/yyyy');
    sheet.getRange('B1').setNumberFormat('0');
    const [[date, serial]] = sheet.getRange('A1:B1').getValues() as [[Date, number]];
    expect([date.toISOString(), serial]).toEqual([DEC_15, 45641]);
  });

  it('hands the add-in Dates of its own realm', () => {
    sheet.getRange('A1').setValue(new Date(DEC_15));
    expect(vm.runInContext("SpreadsheetApp.getActiveSheet().getRange('A1').getValue() instanceof Date", fake.createContext())).toBe(true);
  });
});

describe('what a person types', () => {
  it('becomes a date in the spreadsheet\'s locale: day first in vi_VN, month first in en_US', () => {
    fake.userEdit('A1:C1', [['15/12/2024', '2024-12-15', '31/02/2024']]);
    const [[dayFirst, iso, impossible]] = sheet.getRange('A1:C1').getValues() as [[Date, Date, string]];
    expect([dayFirst.toISOString(), iso.toISOString(), impossible]).toEqual([DEC_15, DEC_15, '31/02/2024']);
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');

    fake.globals.SpreadsheetApp.getActive().setSpreadsheetLocale('en_US');
    fake.userEdit('A2', [['12/15/2024']]);
    expect((sheet.getRange('A2').getValue() as Date).toISOString()).toBe(DEC_15);
  });

  it('stays as typed in a plain-text cell (format "@"), from a person or a script', () => {
    sheet.getRange('A1:A3').setNumberFormat('@');
    fake.userEdit('A1:A2', [['15/12/2024'], ['=1+1']]);
    sheet.getRange('A3').setValue('0012');
    expect(sheet.getRange('A1:A3').getValues()).toEqual([['15/12/2024'], ['=1+1'], ['0012']]);
    expect(sheet.getRange('A2').getFormula()).toBe('');
  });
});
