/// <reference types="google-apps-script" />
/**
 * Writes one template sheet: values, notes, colours and weights as four whole-range writes, data
 * validation on every input (whole numbers ≥ 0, checkbox, status list), free-text inputs as plain
 * text (so a note such as "15/12/2024" stays text instead of turning into a date), and a
 * protection that warns before anyone changes a heading or a formula.
 */
import { TASK_STATUS_LABELS } from '../../../shared/report/tasks.js';
import { TASK_STATUSES } from '../../../shared/report/schema.js';
import { cellValues } from '../safe-text.js';
import { a1, baseBackgrounds, fontWeights, inputBoxes, type Box, type InputKind, type SheetGrid } from './sheet-grid.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const VALIDATED: readonly InputKind[] = ['count', 'checkbox', 'status', 'text'];

export function writeSheet(sheet: Sheet, grid: SheetGrid): void {
  const range = sheet.getRange(1, 1, grid.cells.length, grid.cells[0]!.length);
  range.setValues(cellValues(grid.cells));
  range.setNotes(grid.notes);
  range.setBackgrounds(baseBackgrounds(grid));
  range.setFontWeights(fontWeights(grid));

  const inputRanges: Range[] = [];
  for (const kind of VALIDATED) {
    for (const box of inputBoxes(grid, kind)) {
      const inputs = sheet.getRange(box.row, box.column, box.numRows, box.numColumns);
      const rule = validationRule(kind, box);
      if (rule) inputs.setDataValidation(rule);
      else inputs.setNumberFormat('@');
      inputRanges.push(inputs);
    }
  }
  protect(sheet.protect(), inputRanges);
  sheet.setFrozenRows(grid.frozenRows);
  for (const [column, count, width] of widthRuns(grid.columnWidths)) sheet.setColumnWidths(column, count, width);
}

function validationRule(kind: InputKind, box: Box): GoogleAppsScript.Spreadsheet.DataValidation | null {
  const builder = SpreadsheetApp.newDataValidation();
  if (kind === 'count') {
    // Relative to the range's top-left cell, so each cell checks itself.
    const cell = a1(box.row, box.column);
    return builder
      .requireFormulaSatisfied(`=AND(ISNUMBER(${cell}),${cell}>=0,INT(${cell})=${cell})`)
      .setAllowInvalid(false)
      .setHelpText('Nhập số nguyên ≥ 0 (số hồ sơ, số lượt…). / Enter a whole number ≥ 0.')
      .build();
  }
  if (kind === 'checkbox') return builder.requireCheckbox().build();
  if (kind === 'status') {
    return builder
      .requireValueInList(TASK_STATUSES.map((s) => TASK_STATUS_LABELS[s].vi), true)
      .setAllowInvalid(false)
      .setHelpText('Chọn tình trạng thực hiện. / Choose the status.')
      .build();
  }
  return null; // free text
}

/**
 * Headings and formulas warn before they change; the inputs do not. Warning only, not locked to
 * the inserter: everyone who can edit the file is a colleague of the same unit who may fill,
 * check, submit and insert the template again. Apps Script runs as the person using it and a
 * locked sheet refuses their script too, so a lock would stop the colleague's re-insert (it
 * deletes the old sheets) whenever the inserter is away; a warning still keeps a slip of the
 * hand off a formula. Check writes only to the inputs (highlights.ts).
 */
export function protect(protection: GoogleAppsScript.Spreadsheet.Protection, editable: Range[]): void {
  protection.setDescription('Mẫu báo cáo: chỉ nhập vào các ô màu vàng. / Report template: type only in the yellow cells.');
  if (editable.length > 0) protection.setUnprotectedRanges(editable);
  protection.setWarningOnly(true);
}

/** [[1,40],[2,90],[3,90]] → [[1,1,40],[2,2,90]]: one call per run of equal widths. */
function widthRuns(widths: readonly [number, number][]): [number, number, number][] {
  const runs: [number, number, number][] = [];
  for (const [column, width] of [...widths].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === column && last[2] === width) last[1] += 1;
    else runs.push([column, 1, width]);
  }
  return runs;
}
