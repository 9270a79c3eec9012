/// <reference types="google-apps-script" />
/**
 * Marks each bad cell of the plan sheets (red, and a note with the message) and clears the marks
 * of the last save, as Check does for reports (highlights.ts). Only the data rows are touched,
 * never the headings; a sheet costs three calls (range, backgrounds, notes), and only sheets with
 * a mark now or at the last save are touched: which ones, and down to which row, is kept in the
 * document properties. The plan sheet's value column keeps its input colour.
 */
import type { DocState } from '../doc-state.js';
import type { ShownProblem } from '../problem-text.js';
import { blank, COLORS } from '../template/sheet-grid.js';
import { columnOf, FIRST_DATA_ROW, PLAN_TABLE, PLAN_TABLES } from './layout.js';

const MARKS_KEY = 'plan-sheet:marks';

export function markPlanProblems(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, problems: readonly ShownProblem[], state: DocState): void {
  const previous = state.json<Record<string, number>>(MARKS_KEY) ?? {};
  const now: Record<string, number> = {};
  for (const table of PLAN_TABLES) {
    const marks = problems.filter((p) => p.sheet === table.name && p.row !== null && p.row >= FIRST_DATA_ROW);
    const lastRow = Math.max(previous[table.name] ?? 0, ...marks.map((m) => m.row!));
    if (lastRow < FIRST_DATA_ROW) continue;
    const rows = lastRow - FIRST_DATA_ROW + 1;
    const width = table.columns.length;
    const backgrounds = blank<string | null>(rows, width, null);
    if (table === PLAN_TABLE) backgrounds.forEach((row) => (row[columnOf(PLAN_TABLE, 'value') - 1] = COLORS.input));
    const notes = blank(rows, width, '');
    for (const mark of marks) {
      const [r, c] = [mark.row! - FIRST_DATA_ROW, mark.column! - 1];
      backgrounds[r]![c] = COLORS.error;
      notes[r]![c] = notes[r]![c] ? `${notes[r]![c]}\n⚠ ${mark.message}` : `⚠ ${mark.message}`;
    }
    const range = spreadsheet.getSheetByName(table.name)!.getRange(FIRST_DATA_ROW, 1, rows, width);
    range.setBackgrounds(backgrounds);
    range.setNotes(notes);
    if (marks.length > 0) now[table.name] = Math.max(...marks.map((m) => m.row!));
  }
  if (Object.keys(now).length === 0) state.delete(MARKS_KEY);
  else state.setJson(MARKS_KEY, now);
}
