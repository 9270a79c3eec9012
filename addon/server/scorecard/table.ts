/**
 * The leadership sheet as data: a units × KPIs table (rank order, the 766 estimate in the
 * last column, index766-cell.ts) under a targets row and a
 * "near from" row, the district row (or the chosen group's, scope.ts) first, the plan's groups
 * in the same columns below it when it has any, the plan's tasks below those (task-board.ts),
 * and the chart data to the right (chart-blocks.ts). Values are the API's ratios (a score is shown as its share of 100), so one
 * number format serves every KPI column, and the traffic lights light the groups too. Pure.
 */
import { KPI_LABELS, RATIO_KPI_IDS, UNIT_COUNT_KPI_IDS, type KpiId } from '../../../shared/kpis.js';
import { CHART_WORDS, periodLabel } from '../../../shared/charts/labels.js';
import type { Lang } from '../../../shared/words/messages.js';
import { NEAR_MARGIN, type GroupScorecard, type Index766, type KpiResult, type Scorecard } from '../../../shared/engine/scorecard-model.js';
import { pageText } from '../../../shared/words/page-words.js';
import type { CellInput } from '../safe-text.js';
import { COLORS, blank, type FontWeight } from '../template/sheet-grid.js';
import { chartBlocks, CHART_COLUMN, type ChartBlock } from './chart-blocks.js';
import { index766Cell } from './index766-cell.js';
import { taskBoard, taskBoardColumns, type SheetBlock } from './task-board.js';

export const HEADER_ROW = 3;
export const TARGET_ROW = 4;
export const NEAR_ROW = 5;
export const DISTRICT_ROW = 6;
const KPI_COLUMNS: readonly KpiId[] = [...RATIO_KPI_IDS, ...UNIT_COUNT_KPI_IDS];
const FIRST_KPI_COLUMN = 4;
const LAST_KPI_COLUMN = FIRST_KPI_COLUMN - 1 + KPI_COLUMNS.length;
/** After the KPIs, so that every KPI keeps the column it had before the estimate came. */
export const INDEX766_COLUMN = LAST_KPI_COLUMN + 1;
const TABLE_COLUMNS = INDEX766_COLUMN;

export interface ScorecardSheetModel {
  cells: CellInput[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  weights: FontWeight[][];
  charts: ChartBlock[];
  rows: number;
  columns: number;
}

const WORDS = {
  vi: { rank: 'Hạng', unit: 'Đơn vị', score: 'Điểm', target: 'Mục tiêu', near: 'Gần đạt từ', district: 'Toàn kế hoạch', districtMark: 'Chung', title: 'BẢNG ĐIỂM KPI MỘT CỬA', computed: 'Tính lúc', stale: 'Có báo cáo mới sau lần tính này: cần tính lại.' },
  en: { rank: 'Rank', unit: 'Unit', score: 'Score', target: 'Target', near: 'Near from', district: 'Whole plan', districtMark: 'All', title: 'ONE-STOP KPI SCORECARD', computed: 'Computed', stale: 'Reports arrived after this computation: compute again.' },
};

export interface SheetScope {
  /** The group the sheet is written for; null for the whole plan. */
  group: GroupScorecard | null;
  /** Every group of the plan, in rank order, for the groups table. */
  groups: readonly GroupScorecard[];
}

/**
 * `card` is the scorecard of the scope (the whole plan's, or the group's from scope.ts);
 * `computedAt`: when it was computed, as the reader's clock shows it.
 */
export function scorecardSheetModel(card: Scorecard, lang: Lang, planName: string, computedAt: string, scope: SheetScope = { group: null, groups: card.groups ?? [] }): ScorecardSheetModel {
  const w = WORDS[lang];
  const charts = chartBlocks(card.charts, DISTRICT_ROW);
  const unitsEnd = DISTRICT_ROW + card.units.length;
  // A blank row, the table's title and its header, then one row per group.
  const groupsTitleRow = unitsEnd + 2;
  const groupsEnd = scope.groups.length === 0 ? unitsEnd : groupsTitleRow + 1 + scope.groups.length;
  const chartsEnd = Math.max(0, ...charts.map((c) => c.row + c.numRows - 1));
  const tasks = card.tasks ?? [];
  const board = tasks.length === 0 ? null : taskBoard(tasks, card.units, lang);
  // A board wider than the table would run into the chart data: it then starts below it.
  const boardRow = 2 + (1 + taskBoardColumns(tasks) > TABLE_COLUMNS ? Math.max(groupsEnd, chartsEnd) : groupsEnd);
  const rows = Math.max(board ? boardRow + board.cells.length - 1 : groupsEnd, chartsEnd);
  const columns = Math.max(TABLE_COLUMNS, 1 + taskBoardColumns(tasks), ...charts.map((c) => c.column + c.numColumns - 1));
  const cells = blank<CellInput>(rows, columns, null);
  const formats = blank(rows, columns, '@');
  const backgrounds = blank<string | null>(rows, columns, null);
  const bold = new Set([1, HEADER_ROW, DISTRICT_ROW]);
  const groupWord = pageText(lang, 'group');

  const c = card.completeness;
  const scopeName = scope.group ? `${groupWord}: ${scope.group.name}` : null;
  cells[0]![0] = [w.title, planName, scopeName, periodLabel(card.period, lang)].filter(Boolean).join(' — ');
  cells[1]![0] = [`${w.computed} ${computedAt}`, CHART_WORDS[lang].unitsReported(c.submitted, c.expected), card.stale ? w.stale : ''].filter(Boolean).join(' · ');
  const header: CellInput[] = [w.rank, w.unit, `${w.score} (%)`, ...KPI_COLUMNS.map((id) => `${KPI_LABELS[id][lang]} (%)`), pageText(lang, 'index766')];
  header.forEach((text, i) => (cells[HEADER_ROW - 1]![i] = text));

  const district = new Map(card.district.kpis.map((k) => [k.id, k]));
  const targets = KPI_COLUMNS.map((id) => district.get(id)?.target ?? null);
  setRow(TARGET_ROW, ['', w.target, 1, ...targets]);
  setRow(NEAR_ROW, ['', w.near, 1 - NEAR_MARGIN, ...targets.map((t) => (t === null ? null : t - NEAR_MARGIN))]);
  setRow(DISTRICT_ROW, scope.group ? [groupWord, scope.group.name, null, ...values(card.district.kpis)] : [w.districtMark, w.district, null, ...values(card.district.kpis)]);
  card.units.forEach((unit, i) => setRanked(DISTRICT_ROW + 1 + i, unit.rank, unit.name, unit.score, unit.kpis));
  percentRows(TARGET_ROW, unitsEnd);
  setIndex766(DISTRICT_ROW, card.district.index766);
  card.units.forEach((unit, i) => setIndex766(DISTRICT_ROW + 1 + i, unit.index766));

  if (scope.groups.length > 0) {
    // Each group's name carries its reports (submitted/expected): the columns are the units' own.
    setRow(groupsTitleRow, [pageText(lang, 'groupsHeading')]);
    setRow(groupsTitleRow + 1, [w.rank, `${groupWord} (${pageText(lang, 'groupReports').toLowerCase()})`, `${w.score} (%)`, ...header.slice(3)]);
    scope.groups.forEach((g, i) => setRanked(groupsTitleRow + 2 + i, g.rank, `${g.name} (${g.completeness.submitted}/${g.completeness.expected})`, g.score, g.kpis));
    percentRows(groupsTitleRow + 2, groupsEnd);
    bold.add(groupsTitleRow).add(groupsTitleRow + 1);
    scope.groups.forEach((g, i) => setIndex766(groupsTitleRow + 2 + i, g.index766));
    for (let col = 1; col <= TABLE_COLUMNS; col++) backgrounds[groupsTitleRow]![col - 1] = COLORS.heading;
  }
  for (let col = 1; col <= TABLE_COLUMNS; col++) {
    backgrounds[HEADER_ROW - 1]![col - 1] = COLORS.heading;
    backgrounds[DISTRICT_ROW - 1]![col - 1] = '#e3f2fd';
    for (const r of [TARGET_ROW, NEAR_ROW]) backgrounds[r - 1]![col - 1] = COLORS.formula;
  }

  for (const chart of charts) {
    chart.values.forEach((line, r) =>
      line.forEach((value, k) => {
        cells[chart.row - 1 + r]![chart.column - 1 + k] = value;
        if (typeof value === 'number' || value === null) formats[chart.row - 1 + r]![chart.column - 1 + k] = chart.numberFormat;
      }),
    );
    for (let k = 0; k < chart.numColumns; k++) backgrounds[chart.row - 1]![chart.column - 1 + k] = COLORS.heading;
  }
  if (board) place(board, boardRow);
  cells[HEADER_ROW - 1]![CHART_COLUMN - 1] = lang === 'vi' ? 'Số liệu của các biểu đồ (tự động ghi)' : 'Chart data (written automatically)';
  const chartHeaders = new Set(charts.map((chart) => chart.row));
  const weights = cells.map((line, r) =>
    line.map((_, col): FontWeight => (bold.has(r + 1) && col < TABLE_COLUMNS) || (chartHeaders.has(r + 1) && col >= CHART_COLUMN - 1) ? 'bold' : 'normal'),
  );
  return { cells, numberFormats: formats, backgrounds, weights, charts, rows, columns };

  function setRow(row: number, line: CellInput[]): void {
    line.forEach((value, i) => (cells[row - 1]![i] = value));
  }

  /** A unit's or a group's row: rank (a whole number), name, score as a share of 100, KPIs. */
  function setRanked(row: number, rank: number | null, name: string, score: number | null, kpis: readonly KpiResult[]): void {
    setRow(row, [rank ?? '—', name, score === null ? null : score / 100, ...values(kpis)]);
    formats[row - 1]![0] = '0';
  }

  function percentRows(first: number, last: number): void {
    for (let r = first; r <= last; r++) for (let col = 3; col <= LAST_KPI_COLUMN; col++) formats[r - 1]![col - 1] = '0.0%';
  }

  function setIndex766(row: number, estimate: Index766 | undefined): void {
    const cell = index766Cell(estimate);
    cells[row - 1]![INDEX766_COLUMN - 1] = cell.value;
    formats[row - 1]![INDEX766_COLUMN - 1] = cell.numberFormat;
  }

  /** A block from column B at `row`. */
  function place(block: SheetBlock, row: number): void {
    block.cells.forEach((line, r) =>
      line.forEach((value, c) => {
        cells[row - 1 + r]![c + 1] = value;
        formats[row - 1 + r]![c + 1] = block.numberFormats[r]![c]!;
        backgrounds[row - 1 + r]![c + 1] = block.backgrounds[r]![c]!;
      }),
    );
    for (const r of block.boldRows) bold.add(row + r);
  }
}

/** KPI values in the table's column order; KPIs a row does not have stay blank. */
function values(kpis: readonly KpiResult[]): (number | null)[] {
  const byId = new Map(kpis.map((k) => [k.id, k.value]));
  return KPI_COLUMNS.map((id) => byId.get(id) ?? null);
}
