/**
 * The base of the fake `Sheet`: its name, place, size and layout (frozen panes, column widths,
 * row heights, tab colour, visibility). Ranges, clearing, rules, charts and protection are in
 * sheet.ts. A new sheet has 1000 rows and 26 columns, as in Sheets; ranges beyond that throw
 * until rows or columns are inserted. Inserting moves cells and merges, but not the ranges that
 * rules, charts and protections hold (Sheets would move those too). Renaming, resizing, freezing
 * and inserting are refused on a sheet protected from the script's user (protection.ts); hiding,
 * showing and the tab colour are not (the fake does not claim how Sheets treats those).
 */
import type { BorderRecord } from './range-format.js';
import type { FakeEnv } from './env.js';
import { Grid } from './grid.js';
import { refuseProtectedSheet } from './protection-rules.js';
import type { Spreadsheet } from './spreadsheet.js';

/** Sheet names are unique ignoring case, and formulas find sheets ignoring case. */
const sameName = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function assertSheetNameFree(env: FakeEnv, spreadsheet: Spreadsheet, name: string): void {
  if (spreadsheet.sheets.some((sheet) => sameName(sheet.getName(), name))) {
    throw env.exception(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }
}

export class SheetLayout {
  readonly grid: Grid;
  /** `setBorder` calls, which Apps Script cannot read back. */
  readonly borders: BorderRecord[] = [];
  protected readonly id: number;
  private name: string;
  private hidden = false;
  private tabColor: string | null = null;
  private frozen = { rows: 0, columns: 0 };
  private columnWidths = new Map<number, number>();
  private rowHeights = new Map<number, number>();

  constructor(
    protected readonly env: FakeEnv,
    protected readonly spreadsheet: Spreadsheet,
    name: string,
  ) {
    this.name = name;
    this.id = env.newId();
    this.grid = new Grid((other) => spreadsheet.sheets.find((sheet) => sameName(sheet.name, other))?.grid ?? null);
    return env.count(this, 'Sheet');
  }

  getName(): string { return this.name; }
  getSheetId(): number { return this.id; }
  getIndex(): number { return this.spreadsheet.sheets.findIndex((sheet) => sheet.id === this.id) + 1; }
  getParent(): Spreadsheet { return this.spreadsheet; }
  getMaxRows(): number { return this.grid.maxRows; }
  getMaxColumns(): number { return this.grid.maxColumns; }
  getLastRow(): number { return this.grid.lastRow(); }
  getLastColumn(): number { return this.grid.lastColumn(); }
  getFrozenRows(): number { return this.frozen.rows; }
  getFrozenColumns(): number { return this.frozen.columns; }
  getColumnWidth(columnPosition: number): number { return this.columnWidths.get(columnPosition) ?? 100; }
  getRowHeight(rowPosition: number): number { return this.rowHeights.get(rowPosition) ?? 21; }
  getTabColor(): string | null { return this.tabColor; }
  isSheetHidden(): boolean { return this.hidden; }

  setName(name: string): this {
    this.refuseIfProtected();
    if (!sameName(name, this.name)) assertSheetNameFree(this.env, this.spreadsheet, name);
    this.name = name;
    return this;
  }

  hideSheet(): this {
    if (this.spreadsheet.sheets.filter((sheet) => !sheet.isSheetHidden()).length <= 1) {
      throw this.env.exception("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this;
  }

  showSheet(): this {
    this.hidden = false;
    return this;
  }

  setTabColor(color: string | null): this {
    this.tabColor = color;
    return this;
  }

  setFrozenRows(rows: number): void {
    this.refuseIfProtected();
    this.frozen.rows = rows;
  }

  setFrozenColumns(columns: number): void {
    this.refuseIfProtected();
    this.frozen.columns = columns;
  }

  setColumnWidth(columnPosition: number, width: number): this {
    return this.setColumnWidths(columnPosition, 1, width);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): this {
    this.refuseIfProtected();
    for (let column = startColumn; column < startColumn + numColumns; column += 1) this.columnWidths.set(column, width);
    return this;
  }

  setRowHeight(rowPosition: number, height: number): this {
    return this.setRowHeights(rowPosition, 1, height);
  }

  setRowHeights(startRow: number, numRows: number, height: number): this {
    this.refuseIfProtected();
    for (let row = startRow; row < startRow + numRows; row += 1) this.rowHeights.set(row, height);
    return this;
  }

  /** Widths to fit the text are not computed: the call is billed and widths stay. */
  autoResizeColumn(columnPosition: number): this { return this.autoResizeColumns(columnPosition, 1); }
  autoResizeColumns(_startColumn: number, _numColumns: number): this { return this; }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.refuseIfProtected();
    this.grid.insert(0, afterPosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.refuseIfProtected();
    this.grid.insert(1, afterPosition, howMany);
    return this;
  }

  insertRowAfter(afterPosition: number): this { return this.insertRowsAfter(afterPosition, 1); }
  insertColumnAfter(afterPosition: number): this { return this.insertColumnsAfter(afterPosition, 1); }

  /** A change to the sheet as an object, refused when a sheet protection stops the script's user. */
  protected refuseIfProtected(): void {
    refuseProtectedSheet(this.env, this, 'layout');
  }
}
