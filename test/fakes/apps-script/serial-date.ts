/**
 * Dates in cells, as Sheets keeps them: a date is a serial number (days since 30 December 1899,
 * wall-clock time in the spreadsheet's time zone) shown through a date or time number format.
 * `getValues()` returns a Date for a cell whose format is a date or time one, and the number for
 * a plain number format (https://developers.google.com/apps-script/reference/spreadsheet/range#getValues()).
 */
import { isDate, type CellValue } from './cell.js';
import type { FakeEnv } from './env.js';

const DAY_MS = 86_400_000;
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** Minutes east of UTC in `timeZone` at the instant `time`. */
function offsetMinutes(time: number, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric', hourCycle: 'h23' })
      .formatToParts(time)
      .map((part) => [part.type, Number(part.value)]),
  );
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((wall - Math.floor(time / 1000) * 1000) / 60_000);
}

export function serialOf(time: number, timeZone: string): number {
  return (time + offsetMinutes(time, timeZone) * 60_000 - EPOCH_MS) / DAY_MS;
}

export function timeOfSerial(serial: number, timeZone: string): number {
  const wall = EPOCH_MS + Math.round(serial * DAY_MS);
  return wall - offsetMinutes(wall - offsetMinutes(wall, timeZone) * 60_000, timeZone) * 60_000;
}

/** Whether a number format shows a date or time: it uses d, y, h or s outside quotes and brackets. */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  return /[dyhs]/i.test(numberFormat.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, ''));
}

/** The format Sheets gives a date typed in a cell of that locale. */
export function typedDateFormat(locale: string): string {
  return locale === 'en_US' ? 'M/d/yyyy' : 'dd/MM/yyyy';
}

/**
 * The serial of a date a person types, as Sheets reads it in the spreadsheet's locale: ISO
 * yyyy-mm-dd anywhere, d/m/yyyy (or d-m-yyyy, d.m.yyyy) in most locales, m/d/yyyy in en_US.
 */
export function typedDate(text: string, locale: string): number | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text.trim());
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text.trim());
  let year: number, month: number, day: number;
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (local && locale === 'en_US') [month, day, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
  else if (local) [day, month, year] = [Number(local[1]), Number(local[2]), Number(local[3])];
  else return null;
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null; // 31/02/2024 stays text
  return (time - EPOCH_MS) / DAY_MS;
}

/** What `getValues` returns for a cell's value under its number format. */
export function valueAsRead(value: CellValue, numberFormat: string | undefined, env: FakeEnv): CellValue {
  const timeZone = env.options.timeZone;
  if (isDate(value)) return numberFormat && !isDateFormat(numberFormat) ? serialOf(value.getTime(), timeZone) : env.date(value.getTime());
  if (typeof value === 'number' && isDateFormat(numberFormat)) return env.date(timeOfSerial(value, timeZone));
  return value;
}
