/**
 * The fake `Range`: values, formulas, notes, validations, clearing, sub-ranges and protection.
 * Writes follow Sheets: a string starting with '=' (or a non-numeric '+…'/'-…') becomes a
 * formula, a leading apostrophe keeps text as text, numeric strings become numbers (cell.ts), and
 * a plain-text cell keeps strings as they are (cell-entry.ts). Formula cells read back their
 * computed value (formula-eval.ts); error results read back as their code, e.g. '#DIV/0!'; date
 * cells read back as Dates (serial-date.ts). Every change is held to protection (protection-rules.ts).
 */
import { overlaps, type GridBox } from './a1.js';
import { scriptEntry } from './cell-entry.js';
import type { CellValue } from './cell.js';
import type { DataValidationRule } from './data-validation.js';
import { displayValue } from './display.js';
import type { FakeEnv } from './env.js';
import { FormulaError } from './formula-values.js';
import { shiftFormula } from './formula.js';
import { Protection } from './protection.js';
import { RangeFormatting } from './range-format.js';
import { valueAsRead } from './serial-date.js';
import type { Sheet } from './sheet.js';

type ClearOptions = { commentsOnly?: boolean; contentsOnly?: boolean; formatOnly?: boolean; validationsOnly?: boolean };

export class Range extends RangeFormatting {
  getValue(): CellValue { return this.getValues()[0]?.[0] ?? ''; }
  getValues(): CellValue[][] { return this.read((_, row, column) => this.computed(row, column)); }
  getDisplayValue(): string { return this.getDisplayValues()[0]?.[0] ?? ''; }

  getDisplayValues(): string[][] {
    return this.read((cell, row, column) => displayValue(this.sheet.grid.value(row, column), cell.format.numberFormat ?? ''));
  }

  /** Every cell gets the value; a formula is adjusted per cell like a fill. */
  setValue(value: unknown): this {
    this.refuseIfProtected();
    this.sheet.grid.forEach(this.box, (cell, row, column) => {
      const { value: literal, formula } = scriptEntry(cell, value);
      cell.value = literal;
      cell.formula = formula && shiftFormula(formula, row - this.box.row, column - this.box.column);
    });
    return this;
  }

  setValues(values: unknown[][]): this {
    return this.write<unknown>('setValues', values, (cell, value) => Object.assign(cell, scriptEntry(cell, value)));
  }

  getFormula(): string { return this.getFormulas()[0]?.[0] ?? ''; }
  getFormulas(): string[][] { return this.read((cell) => cell.formula); }
  setFormula(formula: string): this { return this.setValue(formula); }

  setFormulas(formulas: string[][]): this {
    return this.write<string>('setFormulas', formulas, (cell, formula) => Object.assign(cell, scriptEntry(cell, formula)));
  }

  getNote(): string { return this.getNotes()[0]?.[0] ?? ''; }
  getNotes(): string[][] { return this.read((cell) => cell.note); }

  setNote(note: string | null): this {
    this.refuseIfProtected();
    this.sheet.grid.forEach(this.box, (cell) => (cell.note = note ?? ''));
    return this;
  }

  setNotes(notes: (string | null)[][]): this {
    return this.write<string | null>('setNotes', notes, (cell, note) => (cell.note = note ?? ''));
  }

  /** Without options: contents and formats (notes and validations stay, as in Sheets). */
  clear(options: ClearOptions = {}): this {
    const { commentsOnly = false, contentsOnly = false, formatOnly = false, validationsOnly = false } = options;
    const everything = !(commentsOnly || contentsOnly || formatOnly || validationsOnly);
    this.refuseIfProtected();
    this.sheet.grid.clear(this.box, {
      contents: everything || contentsOnly,
      formats: everything || formatOnly,
      notes: commentsOnly,
      validations: validationsOnly,
    });
    return this;
  }

  clearContent(): this { return this.clear({ contentsOnly: true }); }
  clearFormat(): this { return this.clear({ formatOnly: true }); }
  clearNote(): this { return this.clear({ commentsOnly: true }); }
  clearDataValidations(): this { return this.clear({ validationsOnly: true }); }

  getDataValidation(): DataValidationRule | null { return this.getDataValidations()[0]?.[0] ?? null; }
  getDataValidations(): (DataValidationRule | null)[][] { return this.read((cell) => cell.validation?.rule ?? null); }

  /** Relative references in a custom-formula rule are relative to the range's top-left cell. */
  setDataValidation(rule: DataValidationRule | null): this {
    this.refuseIfProtected();
    const anchor = { row: this.box.row, column: this.box.column };
    this.sheet.grid.forEach(this.box, (cell) => (cell.validation = rule && { rule, anchor }));
    return this;
  }

  setDataValidations(rules: (DataValidationRule | null)[][]): this {
    return this.write<DataValidationRule | null>('setDataValidations', rules, (cell, rule, row, column) => {
      cell.validation = rule && { rule, anchor: { row, column } };
    });
  }

  activate(): this {
    this.sheet.getParent().setActiveRange(this);
    return this;
  }

  getCell(row: number, column: number): Range {
    if (row < 1 || column < 1 || row > this.box.numRows || column > this.box.numColumns) {
      throw this.env.exception('The coordinates of the range are outside the dimensions of the range.');
    }
    return createRange(this.env, this.sheet, { row: this.box.row + row - 1, column: this.box.column + column - 1, numRows: 1, numColumns: 1 });
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): Range {
    return createRange(this.env, this.sheet, {
      row: this.box.row + rowOffset,
      column: this.box.column + columnOffset,
      numRows: numRows ?? this.box.numRows,
      numColumns: numColumns ?? this.box.numColumns,
    });
  }

  getMergedRanges(): Range[] {
    return this.sheet.grid.merges.filter((merge) => overlaps(merge, this.box)).map((merge) => createRange(this.env, this.sheet, merge));
  }

  protect(): Protection {
    return new Protection(this.env, this.sheet, 'RANGE', this);
  }

  private computed(row: number, column: number): CellValue {
    const value = this.sheet.grid.value(row, column);
    return value instanceof FormulaError ? value.code : valueAsRead(value, this.sheet.grid.cellAt(row, column).format.numberFormat, this.env);
  }
}

/** A range on `sheet`, checked against the sheet's size with Apps Script's messages. */
export function createRange(env: FakeEnv, sheet: Sheet, box: GridBox): Range {
  const { maxRows, maxColumns } = sheet.grid;
  if (box.row < 1) throw env.exception('The starting row of the range is too small.');
  if (box.column < 1) throw env.exception('The starting column of the range is too small.');
  if (box.numRows < 1) throw env.exception('The number of rows in the range must be at least 1.');
  if (box.numColumns < 1) throw env.exception('The number of columns in the range must be at least 1.');
  if (box.row + box.numRows - 1 > maxRows || box.column + box.numColumns - 1 > maxColumns) {
    throw env.exception('The coordinates of the range are outside the dimensions of the sheet.');
  }
  return new Range(env, sheet, { ...box });
}
