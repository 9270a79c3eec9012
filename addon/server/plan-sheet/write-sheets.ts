/// <reference types="google-apps-script" />
/**
 * Writes the plan sheets afresh (an old one is deleted first, its protection and formats with
 * it): headings and rows in one `setValues` each sheet, every person's text made safe first;
 * columns of text (ids, codes, dates) formatted as plain text so Sheets never turns "2025-07-01"
 * into a date or "03166" into 3166; dropdowns for a unit's kind and a member's role; the headings
 * warn before they change. Room is left below the rows for more.
 */
import { cellValues, type CellInput } from '../safe-text.js';
import { a1, COLORS } from '../template/sheet-grid.js';
import { FIRST_DATA_ROW, headingRows, PLAN_FIELDS, PLAN_TABLE, PLAN_TABLES, type PlanTable } from './layout.js';
import type { PlanRows } from './to-rows.js';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Free rows below the data, formatted and validated like the rows above. */
const SPARE_ROWS = 200;

export function planSheetsExist(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): boolean {
  return PLAN_TABLES.some((table) => spreadsheet.getSheetByName(table.name) !== null);
}

export function writePlanSheets(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: PlanRows): void {
  for (const table of PLAN_TABLES) {
    const old = spreadsheet.getSheetByName(table.name);
    if (old) spreadsheet.deleteSheet(old);
    writeTable(spreadsheet.insertSheet(table.name), table, rows.get(table.name) ?? []);
  }
  spreadsheet.setActiveSheet(spreadsheet.getSheetByName(PLAN_TABLE.name)!);
}

function writeTable(sheet: Sheet, table: PlanTable, data: CellInput[][]): void {
  const width = table.columns.length;
  const lastRow = FIRST_DATA_ROW - 1 + data.length + (table === PLAN_TABLE ? 0 : SPARE_ROWS);
  const maxRows = sheet.getMaxRows();
  if (maxRows < lastRow) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  const dataRows = lastRow - FIRST_DATA_ROW + 1;

  const headings = sheet.getRange(1, 1, FIRST_DATA_ROW - 1, width);
  headings.setValues(headingRows(table));
  headings.setNotes([table.columns.map((c) => c.hint ?? ''), table.columns.map(() => '')]);
  headings.setBackground(COLORS.heading);
  headings.setFontWeight('bold');

  if (table === PLAN_TABLE) writePlanTable(sheet, data);
  else {
    headings.protect().setDescription(`${table.words.vi}: dòng tiêu đề / ${table.words.en}: headings`).setWarningOnly(true);
    // Text first, so that what is written next stays as typed.
    sheet.getRange(FIRST_DATA_ROW, 1, dataRows, width).setNumberFormat('@');
    if (data.length > 0) sheet.getRange(FIRST_DATA_ROW, 1, data.length, width).setValues(cellValues(data));
    table.columns.forEach((column, c) => {
      if (!column.list) return;
      const rule = SpreadsheetApp.newDataValidation().requireValueInList([...column.list], true).setAllowInvalid(false).setHelpText(column.hint ?? '').build();
      sheet.getRange(FIRST_DATA_ROW, c + 1, dataRows, 1).setDataValidation(rule);
    });
  }
  sheet.setFrozenRows(FIRST_DATA_ROW - 1);
  table.columns.forEach((column, c) => sheet.setColumnWidth(c + 1, column.width));
}

/**
 * One row per plan field and per target. Only the value column is typed in: the rest warns
 * before it changes. The id, name and time zone are text; the year and the targets are numbers.
 */
function writePlanTable(sheet: Sheet, data: CellInput[][]): void {
  const values = sheet.getRange(FIRST_DATA_ROW, 1, data.length, PLAN_TABLE.columns.length);
  const valueColumn = PLAN_TABLE.columns.findIndex((c) => c.key === 'value') + 1;
  const textCells = PLAN_FIELDS.flatMap((field, i) => (field.key === 'year' ? [] : [a1(FIRST_DATA_ROW + i, valueColumn)]));
  sheet.getRangeList(textCells).setNumberFormat('@');
  values.setValues(cellValues(data));
  const typed = sheet.getRange(FIRST_DATA_ROW, valueColumn, data.length, 1);
  typed.setBackground(COLORS.input);
  const protection = sheet.protect().setDescription(`${PLAN_TABLE.words.vi}: chỉ nhập vào cột "Giá trị" / ${PLAN_TABLE.words.en}: type only in the "Value" column`);
  protection.setUnprotectedRanges([typed]).setWarningOnly(true);
}
