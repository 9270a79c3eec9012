/** A1 notation: `B3`, `A1:C3`, whole columns `A:B`, whole rows `2:4`, with an optional sheet. */

export interface GridBox {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface A1Reference {
  sheetName: string | null;
  box: GridBox;
}

export function overlaps(a: GridBox, b: GridBox): boolean {
  return a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.column < b.column + b.numColumns && b.column < a.column + a.numColumns;
}

export function contains(outer: GridBox, inner: GridBox): boolean {
  return inner.row >= outer.row && inner.column >= outer.column
    && inner.row + inner.numRows <= outer.row + outer.numRows && inner.column + inner.numColumns <= outer.column + outer.numColumns;
}

export function columnLetters(column: number): string {
  let letters = '';
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const char of letters.toUpperCase()) n = n * 26 + (char.charCodeAt(0) - 64);
  return n;
}

export function formatA1(box: GridBox): string {
  const start = `${columnLetters(box.column)}${box.row}`;
  if (box.numRows === 1 && box.numColumns === 1) return start;
  return `${start}:${columnLetters(box.column + box.numColumns - 1)}${box.row + box.numRows - 1}`;
}

const CORNER = /^\$?([A-Za-z]*)\$?(\d*)$/;

/**
 * Parses A1 notation; open ends (`A:B`, `2:4`) reach to the sheet's size. Returns null when the
 * text is not A1 notation (Apps Script then throws "Range not found").
 */
export function parseA1(text: string, sheetSize: (sheetName: string | null) => { rows: number; columns: number }): A1Reference | null {
  const bang = text.lastIndexOf('!');
  const rawSheet = bang >= 0 ? text.slice(0, bang) : null;
  const sheetName = rawSheet?.startsWith("'") ? rawSheet.slice(1, -1).replaceAll("''", "'") : rawSheet;
  const [first, second, extra] = text.slice(bang + 1).split(':');
  const start = first === undefined ? null : CORNER.exec(first.trim());
  const end = second === undefined ? start : CORNER.exec(second.trim());
  if (extra !== undefined || !start || !end) return null;
  const [, startLetters = '', startDigits = ''] = start;
  const [, endLetters = '', endDigits = ''] = end;
  const wholeRows = startLetters === '' && endLetters === '';
  const wholeColumns = startDigits === '' && endDigits === '';
  const cellCorners = ![startLetters, startDigits, endLetters, endDigits].includes('');
  // Either both corners are cells, or it is a whole-row or whole-column span written with ':'.
  if (!cellCorners && (wholeRows === wholeColumns || second === undefined)) return null;
  const size = sheetSize(sheetName);
  const rows = wholeColumns ? [1, size.rows] : [Number(startDigits), Number(endDigits)];
  const columns = wholeRows ? [1, size.columns] : [columnNumber(startLetters), columnNumber(endLetters)];
  const [row1 = 1, row2 = 1] = rows;
  const [column1 = 1, column2 = 1] = columns;
  if (row1 < 1 || row2 < 1) return null;
  return {
    sheetName,
    box: {
      row: Math.min(row1, row2),
      column: Math.min(column1, column2),
      numRows: Math.abs(row2 - row1) + 1,
      numColumns: Math.abs(column2 - column1) + 1,
    },
  };
}
