/**
 * `getDisplayValues`: the text a cell shows. Number formats made of `0`, `#`, `,`, `.` and a
 * trailing `%` are applied (e.g. '0', '#,##0', '0.0%'), with '.' as decimal and ',' as grouping
 * separator whatever the locale; other formats show the plain number. Dates show as yyyy-MM-dd.
 */
import { isDate, type CellValue } from './cell.js';
import { FormulaError } from './formula-values.js';

const SIMPLE_FORMAT = /^[#0,]*0(\.0+)?(%?)$/;

export function displayValue(value: CellValue | FormulaError, numberFormat: string): string {
  if (value instanceof FormulaError) return value.code;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return value.toISOString().slice(0, 10);
  if (typeof value !== 'number') return value;
  const format = SIMPLE_FORMAT.exec(numberFormat);
  if (!format) return String(value);
  const decimals = format[1] ? format[1].length - 1 : 0;
  const percent = format[2] === '%';
  const fixed = (percent ? value * 100 : value).toFixed(decimals);
  const grouped = numberFormat.includes(',') ? fixed.replace(/\B(?=(\d{3})+(?!\d))(?<!\.\d*)/g, ',') : fixed;
  return percent ? `${grouped}%` : grouped;
}
