/** Sheets, data validation and user edits, protection, conditional formatting and charts. */
import { beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';
import type { Sheet } from './sheet.js';
import type { SpreadsheetApp } from './spreadsheet-app.js';

let fake: AppsScriptFake;
let app: SpreadsheetApp;
let sheet: Sheet;
beforeEach(() => {
  fake = createAppsScriptFake({ userEmail: 'reporter@daison.vn', ownerEmail: 'owner@tuky.vn' });
  app = fake.globals.SpreadsheetApp;
  sheet = app.getActive().getActiveSheet();
});

describe('sheets', () => {
  it('inserts a sheet at an index and makes it active', () => {
    const ss = app.getActive();
    const inserted = ss.insertSheet('Báo cáo Q1', 0);
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Báo cáo Q1', 'Sheet1']);
    expect(ss.getActiveSheet().getName()).toBe('Báo cáo Q1');
    expect(ss.getSheetByName('Báo cáo Q1')).toBe(inserted);
    expect(ss.getSheetByName('Không có')).toBeNull();
  });

  it('refuses a duplicate name and deleting the last sheet', () => {
    const ss = app.getActive();
    expect(() => ss.insertSheet('sheet1')).toThrow('A sheet with the name "sheet1" already exists. Please enter another name.');
    expect(() => ss.deleteSheet(sheet)).toThrow("You can't remove all the sheets in a document.");
  });

  it('finds a range by sheet-qualified A1 notation', () => {
    app.getActive().insertSheet('Báo cáo Q1').getRange('B2').setValue(5);
    expect(app.getActive().getRange("'Báo cáo Q1'!B2").getValue()).toBe(5);
  });
});

describe('data validation', () => {
  const nonNegative = () => app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).setAllowInvalid(false).setHelpText('Nhập số ≥ 0').build();

  it('builds rules that read back their criteria', () => {
    const rule = nonNegative();
    expect([rule.getCriteriaType(), rule.getCriteriaValues(), rule.getAllowInvalid(), rule.getHelpText()]).toEqual([
      'NUMBER_GREATER_THAN_OR_EQUAL_TO', [0], false, 'Nhập số ≥ 0',
    ]);
    expect(app.newDataValidation().requireValueInList(['done', 'in-progress']).build().getCriteriaValues()).toEqual([['done', 'in-progress'], true]);
    expect(app.newDataValidation().requireNumberBetween(1, 11).build().getAllowInvalid()).toBe(true); // the default
  });

  it('stores a rule per cell and clears it', () => {
    sheet.getRange('C5:D5').setDataValidation(nonNegative());
    expect(sheet.getRange('C5:E5').getDataValidations().map((row) => row.map((rule) => rule?.getCriteriaType() ?? null))).toEqual([
      ['NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_GREATER_THAN_OR_EQUAL_TO', null],
    ]);
    sheet.getRange('C5').clearDataValidations();
    expect(sheet.getRange('C5').getDataValidation()).toBeNull();
  });

  it('refuses a user edit that breaks a reject rule, and changes no cell of that edit', () => {
    sheet.getRange('C5:D5').setDataValidation(nonNegative());
    const result = fake.userEdit('C5:D5', [[4, -1]]);
    expect(result).toEqual({ accepted: false, rejections: [{ a1: 'D5', reason: 'validation', message: 'Nhập số ≥ 0' }], warnings: [] });
    expect(sheet.getRange('C5:D5').getValues()).toEqual([['', '']]);
    expect(fake.userEdit('C5:D5', [['4', '']]).accepted).toBe(true); // typed '4' is the number 4; clearing is allowed
    expect(sheet.getRange('C5').getValue()).toBe(4);
  });

  it('lets scripts write invalid data, as Apps Script does', () => {
    sheet.getRange('C5').setDataValidation(nonNegative()).setValue(-1);
    expect(sheet.getRange('C5').getValue()).toBe(-1);
  });

  it('keeps invalid input under a warning-only rule and reports it', () => {
    sheet.getRange('C5').setDataValidation(app.newDataValidation().requireValueInList(['done']).build());
    const result = fake.userEdit('C5', [['later']]);
    expect([result.accepted, result.warnings.map((w) => w.a1), sheet.getRange('C5').getValue()]).toEqual([true, ['C5'], 'later']);
  });

  it('evaluates custom-formula rules relative to each cell (whole numbers)', () => {
    sheet.getRange('C5:C6').setDataValidation(app.newDataValidation().requireFormulaSatisfied('=INT(C5)=C5').setAllowInvalid(false).build());
    expect(fake.userEdit('C5:C6', [[2], [2.5]]).rejections.map((r) => r.a1)).toEqual(['C6']);
    expect(fake.userEdit('C5:C6', [[2], [3]]).accepted).toBe(true);
  });
});

describe('protection', () => {
  const COLLEAGUE = 'can-bo@daison.vn';
  const lockHeaders = () => {
    const protection = sheet.getRange('A1:D2').protect().setDescription('Tiêu đề');
    protection.removeEditors(protection.getEditors());
    return protection;
  };

  it('mirrors the file permissions until editors change, then only listed users and the owner may edit', () => {
    sheet.getRange('A1:D2').protect();
    expect(fake.userEdit('A1', [['x']], { email: COLLEAGUE }).accepted).toBe(true); // nobody is restricted yet
    const protection = lockHeaders();
    // Neither the owner nor the user running the script can be removed.
    expect(protection.getEditors().map((user) => user.getEmail())).toEqual(['owner@tuky.vn', 'reporter@daison.vn']);
    expect(protection.canEdit()).toBe(true);
    expect(fake.userEdit('B2', [['y']], { email: COLLEAGUE }).rejections.map((r) => r.reason)).toEqual(['protected']);
    expect(fake.userEdit('B2', [['y']], { email: 'owner@tuky.vn' }).accepted).toBe(true);
    expect(fake.userEdit('C5', [[1]], { email: COLLEAGUE }).accepted).toBe(true); // outside the range
  });

  it('lists protections by type and removes them', () => {
    lockHeaders();
    const whole = sheet.protect().setWarningOnly(true);
    expect(sheet.getProtections('RANGE').map((p) => p.getDescription())).toEqual(['Tiêu đề']);
    expect(app.getActive().getProtections('SHEET')).toEqual([whole]);
    sheet.getProtections('RANGE')[0]?.remove();
    expect(sheet.getProtections('RANGE')).toEqual([]);
  });

  it('lets unprotected ranges of a protected sheet be edited', () => {
    const protection = sheet.protect();
    protection.removeEditors(protection.getEditors());
    protection.setUnprotectedRanges([sheet.getRange('C5:D20')]);
    expect(fake.userEdit('C5', [[1]], { email: COLLEAGUE }).accepted).toBe(true);
    expect(fake.userEdit('A1', [[1]], { email: COLLEAGUE }).accepted).toBe(false);
  });
});

describe('conditional formatting', () => {
  const traffic = (range = sheet.getRange('B2:B4')) => [
    app.newConditionalFormatRule().whenNumberGreaterThanOrEqualTo(1).setBackground('#b7e1cd').setRanges([range]).build(),
    app.newConditionalFormatRule().whenNumberBetween(0.9, 1).setBackground('#fce8b2').setRanges([range]).build(),
    app.newConditionalFormatRule().whenNumberLessThan(0.9).setBackground('#f4c7c3').setFontColor('#990000').setRanges([range]).build(),
  ];

  it('sets, gets and replaces the sheet rules', () => {
    sheet.setConditionalFormatRules(traffic());
    const rules = sheet.getConditionalFormatRules();
    expect(rules.map((r) => r.getBooleanCondition()?.getCriteriaType())).toEqual(['NUMBER_GREATER_THAN_OR_EQUAL_TO', 'NUMBER_BETWEEN', 'NUMBER_LESS_THAN']);
    expect(rules[1]?.getBooleanCondition()?.getCriteriaValues()).toEqual([0.9, 1]);
    expect(rules[2]?.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B4']);
    sheet.setConditionalFormatRules(traffic(sheet.getRange('C2:C4')).slice(0, 1));
    expect(sheet.getConditionalFormatRules().map((r) => r.getRanges()[0]?.getA1Notation())).toEqual(['C2:C4']);
  });

  it('paints each cell with the first rule that matches it', () => {
    sheet.getRange('B2:B5').setValues([[1], [0.95], [0.5], ['']]);
    sheet.setConditionalFormatRules(traffic(sheet.getRange('B2:B5')));
    // 1 ≥ 1 → green; 0.95 is between 0.9 and 1 → amber; 0.5 < 0.9 → red; blank matches no number rule.
    expect(fake.renderedFormats('B2:B5').map(([cell]) => [cell?.background, cell?.fontColor])).toEqual([
      ['#b7e1cd', '#000000'], ['#fce8b2', '#000000'], ['#f4c7c3', '#990000'], ['#ffffff', '#000000'],
    ]);
  });

  it('evaluates custom formulas relative to the first range', () => {
    sheet.getRange('A2:B3').setValues([['met', 1], ['below', 2]]);
    const rule = app.newConditionalFormatRule().whenFormulaSatisfied('=$A2="met"').setBold(true).setRanges([sheet.getRange('A2:B3')]).build();
    sheet.setConditionalFormatRules([rule]);
    expect(fake.renderedFormats('A2:B3').map((row) => row.map((cell) => cell.bold))).toEqual([[true, true], [false, false]]);
  });

  it('refuses to build a rule without ranges', () => {
    expect(() => app.newConditionalFormatRule().whenCellEmpty().build()).toThrow('A conditional format rule must have at least one range.');
  });
});

describe('charts', () => {
  const columnChart = () =>
    sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B5')).setTitle('Tỉ lệ đúng hạn').setPosition(2, 4, 0, 0).setOption('legend', { position: 'none' }).build();

  it('inserts a chart, giving it an id, and reads its options back', () => {
    sheet.insertChart(columnChart());
    const [chart] = sheet.getCharts();
    expect(chart?.getChartId()).toEqual(expect.any(Number));
    expect(chart?.getOptions().get('title')).toBe('Tỉ lệ đúng hạn');
    expect(chart?.getOptions().get('legend')).toEqual({ position: 'none' });
    expect(chart?.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B5']);
    expect([chart?.getContainerInfo().getAnchorRow(), chart?.getContainerInfo().getAnchorColumn()]).toEqual([2, 4]);
    expect(chart?.modify().getChartType()).toBe('COLUMN');
  });

  it('updates a chart in place through modify()', () => {
    sheet.insertChart(columnChart());
    const [chart] = sheet.getCharts();
    if (!chart) throw new Error('no chart');
    sheet.updateChart(chart.modify().asBarChart().setOption('title', 'Mới').build());
    const [updated] = sheet.getCharts();
    expect([sheet.getCharts().length, updated?.getChartId(), updated?.getOptions().get('title'), updated?.modify().getChartType()]).toEqual([
      1, chart.getChartId(), 'Mới', 'BAR',
    ]);
  });

  it('removes a chart, and refuses to update one that is not on the sheet', () => {
    sheet.insertChart(columnChart());
    const [chart] = sheet.getCharts();
    if (!chart) throw new Error('no chart');
    sheet.removeChart(chart);
    expect(sheet.getCharts()).toEqual([]);
    expect(() => sheet.updateChart(columnChart())).toThrow('The chart was not found on this sheet.');
  });
});
