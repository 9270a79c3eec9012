/**
 * What a cell holds after a script or a person enters something, given the cell's number format.
 * A plain-text cell (format '@') keeps a string as it is: no formula, number or date is read
 * from it. A person's typing is also read as a date in the spreadsheet's locale ('15/12/2024' in
 * vi_VN), which the cell then shows through a date format (serial-date.ts); otherwise the rules
 * are cell.ts `entered`.
 */
import { entered, type Cell, type CellValue } from './cell.js';
import { typedDate, typedDateFormat } from './serial-date.js';

type Entry = { value: CellValue; formula: string };

const plainText = (cell: Readonly<Cell>): boolean => cell.format.numberFormat === '@';

export function scriptEntry(cell: Readonly<Cell>, input: unknown): Entry {
  return plainText(cell) && typeof input === 'string' ? { value: input, formula: '' } : entered(input);
}

/** Typing into the cell: sets its value and formula, and a date format for a typed date. */
export function typeInto(cell: Cell, input: unknown, locale: string): void {
  if (plainText(cell)) {
    Object.assign(cell, { value: input === null || input === undefined ? '' : String(input), formula: '' });
    return;
  }
  const serial = typeof input === 'string' ? typedDate(input, locale) : null;
  if (serial === null) {
    Object.assign(cell, entered(input));
    return;
  }
  Object.assign(cell, { value: serial, formula: '' });
  cell.format.numberFormat ??= typedDateFormat(locale);
}
