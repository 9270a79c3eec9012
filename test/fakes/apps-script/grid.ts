/** The cells of one sheet: a sparse map, the sheet's size, merges, and formula results. */
import type { GridBox } from './a1.js';
import { emptyCell, hasContent, type Cell, type CellValue } from './cell.js';
import { evaluateFormula } from './formula-eval.js';
import { FormulaError } from './formula-values.js';

/** What a clear removes; Sheets keeps notes and validations unless asked (`clearNote`, …). */
export interface ClearParts {
  contents?: boolean;
  formats?: boolean;
  notes?: boolean;
  validations?: boolean;
}

const EMPTY: Readonly<Cell> = Object.freeze(emptyCell());

export class Grid {
  maxRows = 1000;
  maxColumns = 26;
  merges: GridBox[] = [];
  private cells = new Map<string, Cell>();

  /** `gridNamed` finds another sheet's grid for references such as `'Sheet 2'!A1`. */
  constructor(private readonly gridNamed: (name: string) => Grid | null) {}

  peek(row: number, column: number): Cell | undefined {
    return this.cells.get(`${row}:${column}`);
  }

  /** For reading: the cell, or an empty one without storing it. */
  cellAt(row: number, column: number): Readonly<Cell> {
    return this.peek(row, column) ?? EMPTY;
  }

  /** The cell, created empty if needed, for writing. */
  cell(row: number, column: number): Cell {
    const key = `${row}:${column}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = emptyCell()));
    return cell;
  }

  forEach(box: GridBox, visit: (cell: Cell, row: number, column: number) => void): void {
    for (let row = box.row; row < box.row + box.numRows; row += 1) {
      for (let column = box.column; column < box.column + box.numColumns; column += 1) {
        visit(this.cell(row, column), row, column);
      }
    }
  }

  /** The value `getValue` shows: literal values as stored, formulas computed. */
  value(row: number, column: number, visiting = new Set<Cell>()): CellValue | FormulaError {
    const cell = this.peek(row, column);
    if (!cell?.formula) return cell?.value ?? '';
    if (visiting.has(cell)) return new FormulaError('#REF!'); // circular dependency
    visiting.add(cell);
    try {
      return this.evaluate(cell.formula, visiting);
    } finally {
      visiting.delete(cell);
    }
  }

  /** Evaluates a formula as if it stood in this sheet. */
  evaluate(formula: string, visiting = new Set<Cell>()): CellValue | FormulaError {
    return evaluateFormula(formula, (sheet, row, column) => {
      const grid = sheet === null ? this : this.gridNamed(sheet);
      return grid ? grid.value(row, column, visiting) : new FormulaError('#REF!');
    });
  }

  lastRow(): number {
    return Math.max(0, ...[...this.cells].filter(([, cell]) => hasContent(cell)).map(([key]) => Number(key.split(':')[0])));
  }

  lastColumn(): number {
    return Math.max(0, ...[...this.cells].filter(([, cell]) => hasContent(cell)).map(([key]) => Number(key.split(':')[1])));
  }

  clear(box: GridBox, parts: ClearParts): void {
    const inside = (key: string): boolean => {
      const [row = 0, column = 0] = key.split(':').map(Number);
      return row >= box.row && row < box.row + box.numRows && column >= box.column && column < box.column + box.numColumns;
    };
    for (const [key, cell] of this.cells) {
      if (!inside(key)) continue;
      if (parts.contents) Object.assign(cell, { value: '', formula: '' });
      if (parts.formats) cell.format = {};
      if (parts.notes) cell.note = '';
      if (parts.validations) cell.validation = null;
    }
  }

  /** Inserts empty rows (`dimension` 0) or columns (1) after `after`, moving what is below/right. */
  insert(dimension: 0 | 1, after: number, count: number): void {
    const moved = new Map<string, Cell>();
    for (const [key, cell] of this.cells) {
      const position = key.split(':').map(Number) as [number, number];
      if (position[dimension] > after) position[dimension] += count;
      moved.set(position.join(':'), cell);
    }
    this.cells = moved;
    if (dimension === 0) this.maxRows += count;
    else this.maxColumns += count;
    for (const merge of this.merges) {
      if (dimension === 0 && merge.row > after) merge.row += count;
      if (dimension === 1 && merge.column > after) merge.column += count;
    }
  }
}
