/**
 * Text from people (plan, unit and field names, comments) and from the server goes into cells
 * with `setValues`, which reads a string the way Sheets reads typing: `=…`, `+…`, `-…` and `@…`
 * start a formula. A leading apostrophe makes Sheets keep the rest as plain text (and it is not
 * part of the value), so such text, and text that itself starts with an apostrophe, gets one.
 * What a reader or a spreadsheet may skip or fold first counts too: leading white space
 * (non-breaking and ideographic spaces included), control and invisible format characters, and
 * the full-width and small forms of = + - @ (＝＋－＠, ﹦﹢﹣﹫) and the minus sign −.
 */
const READ_AS_FORMULA = /^[\s\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]*[=+\-@'\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b\u2212]/;

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
