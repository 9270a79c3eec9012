/**
 * Who a protection stops (protection.ts), and the checks every script write goes through: a
 * script runs as its user, so Sheets refuses its change to a cell or sheet protected from that
 * user with the same message a person gets. The rules (mirroring the file's editors until the
 * script changes them; warning-only protection stops nobody; owner and current user always
 * editors) are those of https://developers.google.com/apps-script/reference/spreadsheet/protection
 * and https://developers.google.com/apps-script/reference/spreadsheet/range#protect().
 */
import { contains, overlaps, type GridBox } from './a1.js';
import type { FakeEnv } from './env.js';
import type { Protection } from './protection.js';
import type { SheetLayout } from './sheet-layout.js';

export const PROTECTED_MESSAGE = 'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';

/** Who may edit: the explicit list plus the owner, or everyone who can edit the file while it mirrors them. */
export function editorsOf(protection: Protection, env: FakeEnv): Set<string> {
  const { editors } = protection.state;
  return new Set([env.options.ownerEmail, ...(editors ?? env.seats.map((seat) => seat.options.userEmail))]);
}

/** Anyone who edits the file can edit it while it mirrors the file's permissions. */
export function mayEdit(protection: Protection, email: string, env: FakeEnv): boolean {
  const { warningOnly, editors } = protection.state;
  return warningOnly || editors === null || editorsOf(protection, env).has(email);
}

/** Whether the protection covers the cell at (row, column) (unprotected ranges excepted). */
export function covers(protection: Protection, row: number, column: number): boolean {
  const { state } = protection;
  const cell: GridBox = { row, column, numRows: 1, numColumns: 1 };
  return contains(state.range.box, cell) && !state.unprotected.some((range) => contains(range.box, cell));
}

/** Whether the protection stops `email` from editing the cell; a warning-only one stops nobody. */
export function blocksUser(protection: Protection, email: string, row: number, column: number, env: FakeEnv): boolean {
  return !mayEdit(protection, email, env) && covers(protection, row, column);
}

const protectionsOf = (sheet: SheetLayout): Protection[] => sheet.getParent().protections.filter((protection) => protection.sheet === sheet);

/** A script write to `box` throws when any of its cells is protected from the user running it. */
export function refuseProtectedCells(env: FakeEnv, sheet: SheetLayout, box: GridBox): void {
  const email = env.options.userEmail;
  for (const protection of protectionsOf(sheet)) {
    const { range } = protection.state;
    if (mayEdit(protection, email, env) || !overlaps(range.box, box)) continue;
    const top = Math.max(box.row, range.box.row);
    const left = Math.max(box.column, range.box.column);
    const bottom = Math.min(box.row + box.numRows, range.box.row + range.box.numRows);
    const right = Math.min(box.column + box.numColumns, range.box.column + range.box.numColumns);
    for (let row = top; row < bottom; row += 1) {
      for (let column = left; column < right; column += 1) {
        if (covers(protection, row, column)) throw env.exception(PROTECTED_MESSAGE);
      }
    }
  }
}

/**
 * A change to the sheet as an object (its name, size, layout, charts, rules, or deleting it)
 * throws when a sheet protection stops the user; deleting it also when any protection on it does.
 */
export function refuseProtectedSheet(env: FakeEnv, sheet: SheetLayout, change: 'layout' | 'delete'): void {
  const email = env.options.userEmail;
  const stops = protectionsOf(sheet).some((p) => (change === 'delete' || p.type === 'SHEET') && !mayEdit(p, email, env));
  if (stops) throw env.exception(PROTECTED_MESSAGE);
}
