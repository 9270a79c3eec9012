/**
 * The Apps Script fake as the add-in meets it: a vm context whose globals are the services, with
 * every service call counted. Each service's own behaviour is tested beside the fake in
 * test/fakes/apps-script/*.test.ts.
 */
import vm from 'node:vm';
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './apps-script/index.js';

let fake: AppsScriptFake;
let context: vm.Context;
beforeEach(() => {
  fake = createAppsScriptFake({ userEmail: 'reporter@daison.vn' });
  context = fake.createContext();
});

/** Runs add-in code (plain script, top-level functions) in the fake and returns the last value. */
const run = (source: string): unknown => vm.runInContext(source, context);

describe('the vm context', () => {
  it('exposes the services as globals and keeps the add-in functions on it', () => {
    run('function onOpen() { SpreadsheetApp.getUi().createMenu("TTHC").addItem("Nộp", "submit").addToUi(); }');
    run('onOpen()');
    expect(typeof context.onOpen).toBe('function');
    expect(fake.ui.menus.map((menu) => menu.caption)).toEqual(['TTHC']);
    expect(run('[typeof PropertiesService, typeof UrlFetchApp, typeof ScriptApp, typeof HtmlService, typeof Session, typeof LockService, typeof Utilities, typeof Logger, typeof Charts, typeof console]')).toEqual(
      Array(10).fill('object'),
    );
  });

  it('throws Apps Script-shaped errors that are Errors of the add-in realm', () => {
    const caught = run(`
      var out;
      try { SpreadsheetApp.getActive().getActiveSheet().getRange('A1:B2').setValues([[1, 2]]); }
      catch (e) { out = [e instanceof Error, e.name, String(e)]; }
      out;
    `);
    expect(caught).toEqual([
      true,
      'Exception',
      'Exception: The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    ]);
  });
});

describe('call counting', () => {
  it('bills one call for a getValues over 100×10 cells; using the array is free', () => {
    const range = fake.globals.SpreadsheetApp.getActive().getActiveSheet().getRange(1, 1, 100, 10);
    fake.calls.reset();
    const values = range.getValues();
    const total = values.flat().filter((value) => value === '').length;
    expect(total).toBe(1000); // 100 × 10 empty cells
    expect([fake.calls.total, fake.calls.byMethod]).toEqual([1, { 'Range.getValues': 1 }]);
  });

  it('bills each chained builder call; enums are free', () => {
    const app = fake.globals.SpreadsheetApp;
    fake.calls.reset();
    void app.DataValidationCriteria.NUMBER_BETWEEN;
    app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('≥ 0').build();
    expect(fake.calls.sequence).toEqual([
      'SpreadsheetApp.newDataValidation',
      'DataValidationBuilder.requireNumberGreaterThanOrEqualTo',
      'DataValidationBuilder.setAllowInvalid',
      'DataValidationBuilder.setHelpText',
      'DataValidationBuilder.build',
    ]);
  });

  it('bills only the outer call when a service method uses others inside', () => {
    const sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
    fake.calls.reset();
    sheet.getRange('A1:A3').setFormula('=B1'); // setFormula works through setValue internally
    sheet.getRangeList(['A1', 'B2', 'C3']).setBackground('#ff0000'); // three ranges, one call
    expect(fake.calls.byMethod).toEqual({ 'Sheet.getRange': 1, 'Range.setFormula': 1, 'Sheet.getRangeList': 1, 'RangeList.setBackground': 1 });
  });

  it('counts calls made from inside the vm, including one that throws', () => {
    fake.calls.reset();
    run(`
      var sheet = SpreadsheetApp.getActive().getSheetByName('Sheet1');
      var values = sheet.getDataRange().getValues();
      try { sheet.getRange(0, 1); } catch (e) {}
    `);
    // getActive, getSheetByName, getDataRange, getValues, and the failed getRange
    expect(fake.calls.total).toBe(5);
  });

  it('does not bill what the test reads through the fake', () => {
    const sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
    fake.calls.reset();
    fake.read(() => sheet.getRange('A1').getValue());
    fake.userEdit('A1', [[1]]);
    expect(fake.calls.total).toBe(0);
  });
});

describe('reset', () => {
  it('starts a new spreadsheet and empties stores, records and counts', () => {
    const app = fake.globals.SpreadsheetApp;
    app.getActive().getActiveSheet().getRange('A1').setValue('old');
    fake.globals.PropertiesService.getDocumentProperties().setProperty('k', 'v');
    app.getActive().toast('hi');
    fake.reset();
    expect(fake.read(() => app.getActive().getActiveSheet().getRange('A1').getValue())).toBe('');
    expect([fake.properties.document.size, fake.ui.toasts.length, fake.calls.total]).toEqual([0, 0, 0]);
  });
});
