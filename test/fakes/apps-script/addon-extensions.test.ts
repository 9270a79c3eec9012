/**
 * What the add-in needed of the fake beyond its first version: formulas whose result is empty
 * text, and call categories (document calls versus builder calls).
 */
import { describe, expect, it } from 'vitest';
import { createAppsScriptFake } from './index.js';
import { isDocumentCall } from './call-categories.js';

describe('formulas with an empty text result', () => {
  it('read back "" for ="" and for IF(ISBLANK(…),"",…) over a blank cell; a bare reference to a blank cell reads 0', () => {
    const fake = createAppsScriptFake();
    const sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet();
    sheet.getRange('B1:D1').setValues([['=IF(ISBLANK(A1),"",A1)', '=""', '=A1']]);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([['', '', 0]]);
    sheet.getRange('A1').setValue(7);
    expect(sheet.getRange('B1:D1').getValues()).toEqual([[7, '', 7]]);
  });
});

describe('call categories', () => {
  it('counts spreadsheet, properties, lock and network calls as document calls, and builders and factories only in the total', () => {
    const fake = createAppsScriptFake();
    const { SpreadsheetApp, PropertiesService, LockService } = fake.globals as Record<string, any>;
    fake.calls.reset();
    const range = SpreadsheetApp.getActive().getActiveSheet().getRange('A1:B2'); // 3 document calls
    SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=A1>0').setBackground('#00ff00').setRanges([range]).build(); // 5 builder calls
    range.getSheet().setConditionalFormatRules([]); // 2 document calls (getSheet, set…)
    PropertiesService.getDocumentProperties().getProperties(); // 2
    LockService.getDocumentLock().tryLock(1); // 2
    SpreadsheetApp.getUi(); // 1, not a document call
    // 3 + 2 + 2 + 2 = 9 document calls; 9 + 5 builder calls + 1 getUi = 15 in all
    expect([fake.calls.document, fake.calls.total]).toEqual([9, 15]);
    expect(fake.calls.documentSequence.slice(0, 3)).toEqual(['SpreadsheetApp.getActive', 'Spreadsheet.getActiveSheet', 'Sheet.getRange']);
  });

  it('classifies by type and method name', () => {
    expect(['Range.setValues', 'Sheet.insertChart', 'Properties.setProperty', 'UrlFetchApp.fetch', 'ScriptApp.getIdentityToken', 'Lock.releaseLock'].map(isDocumentCall)).toEqual([true, true, true, true, true, true]);
    expect(['Sheet.newChart', 'SpreadsheetApp.newDataValidation', 'SpreadsheetApp.getUi', 'EmbeddedChartBuilder.setOption', 'EmbeddedChart.getChartId', 'HTTPResponse.getContentText', 'Session.getActiveUserLocale'].map(isDocumentCall)).toEqual(
      [false, false, false, false, false, false, false],
    );
  });
});
