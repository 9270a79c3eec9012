/**
 * The leadership sheet's native charts are found again by the ids the add-in kept, not by their
 * titles: a refresh never piles up charts, whatever happened to the titles, and never touches a
 * chart a person added.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChartBlock } from '../../addon/server/scorecard/chart-blocks.js';
import { syncCharts } from '../../addon/server/scorecard/native-charts.js';
import { createAppsScriptFake, type AppsScriptFake } from '../fakes/apps-script/index.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Two charts with the same title, anchored at U7 and U28 (the second 21 rows lower). */
function blocks(title = 'Tỷ lệ (%)'): ChartBlock[] {
  const block = (id: string, row: number, anchorRow: number): ChartBlock => ({
    id, title, type: 'BAR', row, column: 21, numRows: 2, numColumns: 2, a1: `U${row}:V${row + 1}`,
    values: [['', 'Tỷ lệ'], ['Xã A', 90]], numberFormat: '0.0', colors: ['#1a73e8'], percentAxis: 'hAxis', legend: false, anchorRow,
  });
  return [block('district-kpis', 6, 7), block('unit-ranking', 9, 28)];
}

let fake: AppsScriptFake;
let sheet: Sheet;
beforeEach(() => {
  fake = createAppsScriptFake();
  vi.stubGlobal('Charts', fake.globals.Charts);
  sheet = fake.globals.SpreadsheetApp.getActive().getActiveSheet() as unknown as Sheet;
});
afterEach(() => vi.unstubAllGlobals());

const charts = () => fake.read(() => sheet.getCharts().map((c) => ({ id: String(c.getChartId()), title: c.getOptions().get('title'), row: c.getContainerInfo().getAnchorRow() })));

describe('native charts', () => {
  it('keeps the id of each chart it inserts, even when two charts share a title', () => {
    const saved = syncCharts(sheet, blocks(), {}, true);
    const [first, second] = charts();
    expect([first!.row, second!.row]).toEqual([7, 28]);
    expect([saved['district-kpis']?.chartId, saved['unit-ranking']?.chartId]).toEqual([first!.id, second!.id]);
  });

  it('refreshes in place after a person renamed a chart and added one of their own, with the same title', () => {
    const saved = syncCharts(sheet, blocks(), {}, true);
    fake.read(() => {
      const ours = sheet.getCharts()[0]!;
      sheet.updateChart(ours.modify().setOption('title', 'Đã đổi tên').build());
      sheet.insertChart(sheet.newChart().asColumnChart().addRange(sheet.getRange('A1:B3')).setPosition(7, 21, 0, 0).setOption('title', 'Tỷ lệ (%)').build());
    });
    const before = charts();

    const again = syncCharts(sheet, blocks(), saved, false);
    expect(again).toEqual(saved);
    expect(charts()).toEqual(before); // nothing added, the rename and the person's chart kept

    const retitled = syncCharts(sheet, blocks('Tỷ lệ quý 3 (%)'), again, false);
    expect(charts().map((c) => c.title)).toEqual(['Tỷ lệ quý 3 (%)', 'Tỷ lệ quý 3 (%)', 'Tỷ lệ (%)']);
    expect(Object.values(retitled).map((c) => c.chartId)).toEqual(before.slice(0, 2).map((c) => c.id));
  });

  it('puts back only a chart of its own that was deleted', () => {
    const saved = syncCharts(sheet, blocks(), {}, true);
    fake.read(() => sheet.removeChart(sheet.getCharts()[1]!));
    const again = syncCharts(sheet, blocks(), saved, false);
    const [kept, back] = charts();
    expect([kept!.id, again['district-kpis']?.chartId]).toEqual([saved['district-kpis']?.chartId, kept!.id]);
    expect([back!.row, again['unit-ranking']?.chartId]).toEqual([28, back!.id]);
    expect(back!.id).not.toBe(saved['unit-ranking']?.chartId);
  });
});
