/** One cell of the fake grid, and how Sheets reads a value written into it. */
import type { DataValidationRule } from './data-validation.js';

/** What `getValue` can return; '' is an empty cell. */
export type CellValue = string | number | boolean | Date;

export interface CellFormat {
  background: string;
  fontColor: string;
  fontWeight: string;
  fontStyle: string;
  fontSize: number;
  fontFamily: string;
  numberFormat: string;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrap: boolean;
}

export const DEFAULT_FORMAT: Readonly<CellFormat> = {
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontSize: 10,
  fontFamily: 'Arial',
  numberFormat: '0.###############',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
};

/** A validation rule as stored on a cell: relative references in it are relative to `anchor`. */
export interface CellValidation {
  rule: DataValidationRule;
  anchor: { row: number; column: number };
}

export interface Cell {
  /** The literal value; '' when empty or when the cell holds a formula. */
  value: CellValue;
  /** The formula text including '=', or ''. */
  formula: string;
  note: string;
  format: Partial<CellFormat>;
  validation: CellValidation | null;
}

export function emptyCell(): Cell {
  return { value: '', formula: '', note: '', format: {}, validation: null };
}

export function hasContent(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.formula !== '' || cell.value !== '');
}

export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]'; // also Dates from the vm's realm
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?(%?)$/;

/**
 * What a cell holds after `setValue(input)`. Sheets reads script-written strings as if typed:
 * '=…' becomes a formula, and so does '+…' or '-…' that is not a number (stored as '=+…',
 * '=-…', the way Sheets keeps Lotus-style entries); a leading apostrophe forces text (and is not
 * part of the value); '42' and '50%' become numbers, 'true' a boolean. '@…' stays text, and
 * locale-specific forms (decimal commas, dates) are not parsed: they stay text.
 */
export function entered(input: unknown): { value: CellValue; formula: string } {
  if (input === null || input === undefined) return { value: '', formula: '' };
  if (typeof input === 'number' || typeof input === 'boolean' || isDate(input)) return { value: input, formula: '' };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1), formula: '' };
  if (text.startsWith('=') && text.length > 1) return { value: '', formula: text };
  const number = NUMBER.exec(text.trim());
  if (number) return { value: number[4] ? Number(text.trim().slice(0, -1)) / 100 : Number(text.trim()), formula: '' };
  if (/^[+-]./.test(text)) return { value: '', formula: `=${text}` };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === 'true', formula: '' };
  return { value: text, formula: '' };
}
