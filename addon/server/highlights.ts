/// <reference types="google-apps-script" />
/**
 * Marks each bad cell (background and a note with the message) and clears the marks of the last
 * check. Marks go only to the input cells, never over a heading or a formula: those are protected
 * (template/write-sheet.ts), and Apps Script holds a script to the protection of the person
 * running it. A block of inputs costs three calls (range, backgrounds, notes), and only sheets
 * with a mark now or at the last check are touched; which ones is kept in document properties.
 */
import type { DocState } from './doc-state.js';
import type { ShownProblem } from './problem-text.js';
import type { TemplateLayout } from './template/layout.js';
import { blank, boxA1, COLORS, inputBoxes, sheetRef } from './template/sheet-grid.js';

export function highlightsKey(period: string): string {
  return `highlights:${period}`;
}

export function markProblems(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  layout: TemplateLayout,
  problems: readonly ShownProblem[],
  state: DocState,
): void {
  const key = highlightsKey(layout.record.period);
  const previous = state.json<string[]>(key) ?? [];
  const bySheet = new Map<string, ShownProblem[]>();
  for (const problem of problems) {
    if (problem.sheet !== null) bySheet.set(problem.sheet, [...(bySheet.get(problem.sheet) ?? []), problem]);
  }
  for (const grid of layout.sheets) {
    const marks = bySheet.get(grid.name) ?? [];
    if (marks.length === 0 && !previous.includes(grid.name)) continue;
    for (const box of inputBoxes(grid)) {
      const backgrounds = blank<string>(box.numRows, box.numColumns, COLORS.input);
      const notes = blank(box.numRows, box.numColumns, '');
      for (const mark of marks) {
        const r = mark.row! - box.row;
        const c = mark.column! - box.column;
        if (r < 0 || c < 0 || r >= box.numRows || c >= box.numColumns) continue; // another block's, or the sidebar's only
        backgrounds[r]![c] = COLORS.error;
        notes[r]![c] = notes[r]![c] ? `${notes[r]![c]}\n⚠ ${mark.message}` : `⚠ ${mark.message}`;
      }
      const range = spreadsheet.getRange(sheetRef(grid.name, boxA1(box)));
      range.setBackgrounds(backgrounds);
      range.setNotes(notes);
    }
  }
  const marked = [...bySheet.keys()].filter((name) => layout.sheets.some((s) => s.name === name)).sort();
  if (marked.length === 0) state.delete(key);
  else if (marked.join('\n') !== [...previous].sort().join('\n')) state.setJson(key, marked);
}
