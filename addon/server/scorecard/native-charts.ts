/// <reference types="google-apps-script" />
/**
 * Keeps the sheet's native charts in step with the chart blocks, in place: a chart the
 * add-in made before is found by the id kept in document properties (never by its title, which
 * changes with the quarter and which a person may edit), left alone when its range, title and
 * type are unchanged (it follows the rewritten data), modified when they changed, and only
 * inserted when missing. So a refresh never piles up charts, and the user's own charts are left alone.
 */
import { CHART_SIZE, type ChartBlock } from './chart-blocks.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Builder = GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder;

export interface SavedChart {
  chartId: string;
  a1: string;
  title: string;
  type: string;
}

export type SavedCharts = Record<string, SavedChart>;

/** Returns what to remember for next time. */
export function syncCharts(sheet: Sheet, blocks: readonly ChartBlock[], saved: SavedCharts, sheetIsNew: boolean): SavedCharts {
  const existing = new Map<string, GoogleAppsScript.Spreadsheet.EmbeddedChart>();
  if (!sheetIsNew) for (const chart of sheet.getCharts()) existing.set(String(chart.getChartId()), chart);
  const found = (block: ChartBlock) => {
    const before = saved[block.id];
    const chart = before ? existing.get(before.chartId) : undefined;
    return chart && before ? { chart, before } : null;
  };
  const ranges = rangesOf(sheet, blocks.filter((block) => found(block)?.before.a1 !== block.a1));
  const next: SavedCharts = {};
  const inserted: ChartBlock[] = [];
  for (const block of blocks) {
    const kept = found(block);
    const wanted = { a1: block.a1, title: block.title, type: block.type };
    if (kept) {
      const { chart, before } = kept;
      if (before.a1 !== block.a1 || before.title !== block.title || before.type !== block.type) {
        const builder = chart.modify();
        if (before.a1 !== block.a1) builder.clearRanges().addRange(ranges.get(block.id)!);
        sheet.updateChart(configure(builder, block).build());
      }
      next[block.id] = { chartId: before.chartId, ...wanted };
    } else {
      sheet.insertChart(configure(sheet.newChart().addRange(ranges.get(block.id)!), block).build());
      inserted.push(block);
    }
  }
  if (inserted.length > 0) Object.assign(next, idsOfInserted(sheet, inserted, existing));
  return next;
}

/** The data ranges of the charts to insert or re-point, in one range list: two calls however many charts. */
function rangesOf(sheet: Sheet, blocks: readonly ChartBlock[]): Map<string, GoogleAppsScript.Spreadsheet.Range> {
  if (blocks.length === 0) return new Map();
  const ranges = sheet.getRangeList(blocks.map((b) => b.a1)).getRanges();
  return new Map(blocks.map((b, i) => [b.id, ranges[i]!]));
}

/**
 * `insertChart` returns nothing, so the new charts are the ones that were not on the sheet
 * before, each told apart by the cell the add-in anchored it at.
 */
function idsOfInserted(sheet: Sheet, inserted: readonly ChartBlock[], before: ReadonlyMap<string, unknown>): SavedCharts {
  const found: SavedCharts = {};
  for (const chart of sheet.getCharts()) {
    const id = String(chart.getChartId());
    if (before.has(id)) continue;
    const anchor = chart.getContainerInfo();
    const block = inserted.find((b) => b.anchorRow === anchor.getAnchorRow() && b.column === anchor.getAnchorColumn());
    if (block) found[block.id] = { chartId: id, a1: block.a1, title: block.title, type: block.type };
  }
  return found;
}

function configure(builder: Builder, block: ChartBlock): Builder {
  const b = builder
    .setChartType(Charts.ChartType[block.type])
    .setNumHeaders(1)
    .setPosition(block.anchorRow, block.column, 0, 0)
    .setOption('title', block.title)
    .setOption('colors', block.colors)
    .setOption('legend', { position: block.legend ? 'bottom' : 'none' })
    .setOption('width', CHART_SIZE.width)
    .setOption('height', CHART_SIZE.height);
  if (block.percentAxis) b.setOption(`${block.percentAxis}.viewWindow.min`, 0).setOption(`${block.percentAxis}.viewWindow.max`, 100);
  if (block.type === 'PIE') b.setOption('pieHole', 0.4);
  return b;
}
