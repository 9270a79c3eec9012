/**
 * Text from people (plan, unit and field names, comments) and from the server goes into cells
 * with `setValues`, which reads a string the way Sheets reads typing: `=…`, `+…`, `-…` and `@…`
 * start a formula. A leading apostrophe makes Sheets keep the rest as plain text (and it is not
 * part of the value), so such text, and text that itself starts with an apostrophe, gets one.
 */
const READ_AS_FORMULA = /^[=+\-@']/;

export function safeText(text: string): string {
  return READ_AS_FORMULA.test(text) ? `'${text}` : text;
}

/** A cell written by the add-in: a formula is said so explicitly; every string is text. */
export type CellInput = string | number | boolean | null | { formula: string };

/** The value to hand to `setValues`: formulas as written, strings made safe, null as empty. */
export function cellValue(cell: CellInput): string | number | boolean {
  if (cell === null) return '';
  if (typeof cell === 'string') return safeText(cell);
  if (typeof cell === 'object') return cell.formula;
  return cell;
}

export function cellValues(grid: readonly (readonly CellInput[])[]): (string | number | boolean)[][] {
  return grid.map((row) => row.map(cellValue));
}
