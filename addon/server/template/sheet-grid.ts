/**
 * A template sheet as data: every cell from A1, its notes, which cells are inputs (and which
 * report path each one feeds), and the rows that are headings. The insert writes it; the check
 * rebuilds it to know where each input is and how an unmarked cell looks. Pure: no Apps Script.
 */
import type { CellInput } from '../safe-text.js';
import type { Words } from '../../../shared/report/report-labels.js';

export type InputKind = 'count' | 'checkbox' | 'status' | 'text';

export interface InputCell {
  sheet: string;
  row: number;
  column: number;
  /** Where the value goes in the report: `dossiers.<fieldId>.<count>`, `procedures.total`, `tasks.3.note`… */
  key: string;
  kind: InputKind;
  /** What a person calls this cell, e.g. "Hộ tịch — Quá hạn (cột 10)". */
  label: Words;
}

export interface SheetGrid {
  name: string;
  cells: CellInput[][];
  notes: string[][];
  inputs: InputCell[];
  /** 1-based rows drawn as headings (bold, shaded). */
  headingRows: number[];
  /** 1-based rows drawn bold only (the title, totals). */
  boldRows: number[];
  frozenRows: number;
  columnWidths: [column: number, width: number][];
}

export const COLORS = {
  heading: '#cfd8dc',
  input: '#fffde7',
  formula: '#eceff1',
  error: '#f4c7c3',
} as const;

function isFormula(cell: CellInput | undefined): boolean {
  return typeof cell === 'object' && cell !== null;
}

/** A grid of `rows` × `columns` filled with `fill`. */
export function blank<T>(rows: number, columns: number, fill: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => fill));
}

/** How each cell of the sheet looks before any problem is marked. */
export function baseBackgrounds(grid: SheetGrid): (string | null)[][] {
  const inputs = new Set(grid.inputs.map((i) => `${i.row}:${i.column}`));
  const headings = new Set(grid.headingRows);
  return grid.cells.map((cells, r) =>
    cells.map((cell, c) => {
      if (inputs.has(`${r + 1}:${c + 1}`)) return COLORS.input;
      if (headings.has(r + 1)) return COLORS.heading;
      return isFormula(cell) ? COLORS.formula : null;
    }),
  );
}

export type FontWeight = 'bold' | 'normal';

export function fontWeights(grid: SheetGrid): FontWeight[][] {
  const bold = new Set([...grid.headingRows, ...grid.boldRows]);
  return grid.cells.map((cells, r) => cells.map((): FontWeight => (bold.has(r + 1) ? 'bold' : 'normal')));
}

export interface Box {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/**
 * Rectangles that hold only inputs (of one kind, or of any), one per run of rows in a column,
 * runs of the same rows in adjacent columns joined: for validation, protection and marks.
 */
export function inputBoxes(grid: Pick<SheetGrid, 'inputs'>, kind?: InputKind): Box[] {
  const byColumn = new Map<number, number[]>();
  for (const input of grid.inputs.filter((i) => kind === undefined || i.kind === kind)) {
    byColumn.set(input.column, [...(byColumn.get(input.column) ?? []), input.row]);
  }
  const boxes: Box[] = [];
  for (const column of [...byColumn.keys()].sort((a, b) => a - b)) {
    for (const { row, numRows } of rowRuns(byColumn.get(column)!)) {
      const joined = boxes.find((b) => b.column + b.numColumns === column && b.row === row && b.numRows === numRows);
      if (joined) joined.numColumns += 1;
      else boxes.push({ row, column, numRows, numColumns: 1 });
    }
  }
  return boxes;
}

/** [4,5,6,9,10] → runs 4–6 and 9–10. */
function rowRuns(rows: number[]): { row: number; numRows: number }[] {
  const runs: { row: number; numRows: number }[] = [];
  for (const row of [...rows].sort((a, b) => a - b)) {
    const last = runs[runs.length - 1];
    if (last && last.row + last.numRows === row) last.numRows += 1;
    else runs.push({ row, numRows: 1 });
  }
  return runs;
}

function columnLetter(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function boxA1(box: Box): string {
  return `${a1(box.row, box.column)}:${a1(box.row + box.numRows - 1, box.column + box.numColumns - 1)}`;
}

/** `'Sheet name'!A1:B2`, quoted as formulas and `getRange` want it. */
export function sheetRef(sheet: string, ref: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${ref}`;
}
