/**
 * The API's chart configurations (DESIGN §6), turned into data blocks on the sheet and the
 * native Sheets charts that draw them: the same labels, series, colours and titles as the
 * Chart.js charts of the sidebar. Five charts: district KPIs, unit ranking, completeness, trend
 * and the 766 estimate (the per-KPI charts stay in the sidebar). Pure.
 */
import { SERIES_COLORS } from '../../../shared/charts/chart-style.js';
import type { ChartSpec } from '../../../shared/engine/scorecard-model.js';
import type { CellInput } from '../safe-text.js';
import { boxA1 } from '../template/sheet-grid.js';

/** Chart data starts in column V, right of the 21 table columns (table.ts); the charts float over it. */
export const CHART_COLUMN = 22;
const SHEET_CHARTS = ['district-kpis', 'unit-ranking', 'completeness', 'trend', 'index766'] as const;
const ROWS_PER_CHART = 21; // a 400 px chart is about 19 rows of 21 px
export const CHART_SIZE = { width: 620, height: 400 };

export type NativeChartType = 'BAR' | 'COLUMN' | 'LINE' | 'PIE';

export interface ChartBlock {
  id: string;
  title: string;
  type: NativeChartType;
  /** Where the data block is (1-based), header row included. */
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
  a1: string;
  values: CellInput[][];
  numberFormat: string;
  colors: string[];
  /** The value axis, fixed at 0–100 for percentages. */
  percentAxis: 'hAxis' | 'vAxis' | null;
  legend: boolean;
  anchorRow: number;
}

interface Scale {
  max?: unknown;
}

export function chartBlocks(specs: readonly ChartSpec[], firstRow: number): ChartBlock[] {
  const blocks: ChartBlock[] = [];
  let row = firstRow;
  for (const id of SHEET_CHARTS) {
    const spec = specs.find((s) => s.id === id);
    if (!spec) continue;
    const { data, options, type } = spec.config;
    const horizontal = options.indexAxis === 'y';
    const scales = (options.scales ?? {}) as Record<string, Scale>;
    const percent = Object.values(scales).some((scale) => scale.max === 100);
    const labels = data.labels.length > 0 ? data.labels : ['—'];
    const values: CellInput[][] = [
      ['', ...data.datasets.map((d) => d.label)],
      ...labels.map((label, i) => [label, ...data.datasets.map((d) => d.data[i] ?? null)]),
    ];
    const block = { row, column: CHART_COLUMN, numRows: values.length, numColumns: values[0]!.length };
    // Counts are whole; percentages and the 766 points are not.
    const fractional = percent || data.datasets.some((d) => d.data.some((v) => v !== null && !Number.isInteger(v)));
    const plugins = (options.plugins ?? {}) as { legend?: { display?: unknown } };
    blocks.push({
      id,
      title: spec.title,
      type: type === 'doughnut' ? 'PIE' : type === 'line' ? 'LINE' : horizontal ? 'BAR' : 'COLUMN',
      ...block,
      a1: boxA1(block),
      values,
      numberFormat: fractional ? '0.0' : '0',
      colors: colorsOf(spec),
      percentAxis: percent ? (horizontal ? 'hAxis' : 'vAxis') : null,
      legend: plugins.legend?.display !== false,
      anchorRow: firstRow + 1 + blocks.length * ROWS_PER_CHART,
    });
    row += values.length + 1;
  }
  return blocks;
}

/** Slice colours for a doughnut; otherwise one colour per series (status-coloured bars get the first series colour). */
function colorsOf(spec: ChartSpec): string[] {
  const datasets = spec.config.data.datasets;
  if (spec.config.type === 'doughnut') {
    const slices = datasets[0]?.backgroundColor;
    return Array.isArray(slices) ? slices : [];
  }
  return datasets.map((d, i) => {
    if (typeof d.borderColor === 'string') return d.borderColor;
    if (typeof d.backgroundColor === 'string') return d.backgroundColor;
    return SERIES_COLORS[i % SERIES_COLORS.length]!;
  });
}
