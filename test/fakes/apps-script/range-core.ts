/**
 * The base of the fake `Range`: where it is, and the shape checks every 2-D read and write shares.
 * Formatting is in range-format.ts, values and the rest in range.ts.
 */
import { formatA1, type GridBox } from './a1.js';
import { hasContent, type Cell } from './cell.js';
import type { FakeEnv } from './env.js';
import { refuseProtectedCells } from './protection-rules.js';
import type { Sheet } from './sheet.js';

export class RangeCore {
  constructor(
    protected readonly env: FakeEnv,
    /** The sheet the range is on (the counted service object). */
    readonly sheet: Sheet,
    readonly box: Readonly<GridBox>,
  ) {
    return env.count(this, 'Range');
  }

  getA1Notation(): string { return formatA1(this.box); }
  getRow(): number { return this.box.row; }
  getColumn(): number { return this.box.column; }
  getNumRows(): number { return this.box.numRows; }
  getNumColumns(): number { return this.box.numColumns; }
  getHeight(): number { return this.box.numRows; }
  getWidth(): number { return this.box.numColumns; }
  getLastRow(): number { return this.box.row + this.box.numRows - 1; }
  getLastColumn(): number { return this.box.column + this.box.numColumns - 1; }
  getSheet(): Sheet { return this.sheet; }
  getGridId(): number { return this.sheet.getSheetId(); }

  isBlank(): boolean {
    return this.read((cell) => hasContent(cell)).flat().every((filled) => !filled);
  }

  /** One entry per cell, row by row: what the 2-D getters return. */
  protected read<T>(pick: (cell: Readonly<Cell>, row: number, column: number) => T): T[][] {
    const { row: top, column: left, numRows, numColumns } = this.box;
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numColumns }, (_, j) => pick(this.sheet.grid.cellAt(top + i, left + j), top + i, left + j)),
    );
  }

  /** Writes a 2-D array that must match the range's size, as Apps Script insists. */
  protected write<T>(method: string, data: unknown, apply: (cell: Cell, item: T, row: number, column: number) => void): this {
    const rows = this.checkShape(method, data) as T[][];
    this.refuseIfProtected();
    this.sheet.grid.forEach(this.box, (cell, row, column) => {
      apply(cell, rows[row - this.box.row]?.[column - this.box.column] as T, row, column);
    });
    return this;
  }

  /** Every change to the cells goes through here: the script runs as its user (protection-rules.ts). */
  protected refuseIfProtected(): void {
    refuseProtectedCells(this.env, this.sheet, this.box);
  }

  private checkShape(method: string, data: unknown): unknown[][] {
    if (!Array.isArray(data) || !data.every((row) => Array.isArray(row))) {
      const type = data === null ? 'null' : Array.isArray(data) ? 'Object[]' : typeof data === 'string' ? 'String' : 'Object';
      throw this.env.exception(`The parameters (${type}) don't match the method signature for SpreadsheetApp.Range.${method}.`);
    }
    const { numRows, numColumns } = this.box;
    if (data.length !== numRows) {
      throw this.env.exception(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${numRows}.`,
      );
    }
    const badRow = (data as unknown[][]).find((row) => row.length !== numColumns);
    if (badRow) {
      throw this.env.exception(
        `The number of columns in the data does not match the number of columns in the range. The data has ${badRow.length} but the range has ${numColumns}.`,
      );
    }
    return data as unknown[][];
  }
}
