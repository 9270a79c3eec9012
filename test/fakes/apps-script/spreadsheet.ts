/** The fake `Spreadsheet`: its sheets, the active sheet and range, protections and toasts. */
import { parseA1 } from './a1.js';
import type { FakeEnv } from './env.js';
import { refuseProtectedSheet } from './protection-rules.js';
import type { Protection } from './protection.js';
import type { RangeList } from './range-list.js';
import type { Range } from './range.js';
import { createUser, type User } from './session.js';
import { assertSheetNameFree } from './sheet-layout.js';
import { Sheet } from './sheet.js';

export class Spreadsheet {
  readonly sheets: Sheet[] = [];
  readonly protections: Protection[] = [];
  private name: string;
  private locale: string;
  private activeSheet: Sheet;
  private activeRange: Range | null = null;

  constructor(private readonly env: FakeEnv) {
    this.name = env.options.spreadsheetName;
    this.locale = env.options.spreadsheetLocale;
    const counted = env.count(this, 'Spreadsheet');
    for (const sheetName of env.options.sheetNames) this.sheets.push(new Sheet(env, counted, sheetName));
    const first = this.sheets[0];
    if (!first) throw new Error('fake: a spreadsheet needs at least one sheet');
    this.activeSheet = first;
    return counted;
  }

  getId(): string { return this.env.options.spreadsheetId; }
  getName(): string { return this.name; }
  rename(newName: string): void { this.name = newName; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this.getId()}/edit`; }
  getOwner(): User { return createUser(this.env, this.env.options.ownerEmail); }
  getSpreadsheetLocale(): string { return this.locale; }
  setSpreadsheetLocale(locale: string): void { this.locale = locale; }
  getSpreadsheetTimeZone(): string { return this.env.options.timeZone; }
  getSheets(): Sheet[] { return [...this.sheets]; }
  getNumSheets(): number { return this.sheets.length; }
  getSheetByName(name: string): Sheet | null { return this.sheets.find((sheet) => sheet.getName() === name) ?? null; }
  getSheetById(id: number): Sheet | null { return this.sheets.find((sheet) => sheet.getSheetId() === id) ?? null; }
  getActiveSheet(): Sheet { return this.activeSheet; }
  getActiveRange(): Range | null { return this.activeRange; }
  getProtections(type: 'RANGE' | 'SHEET'): Protection[] { return this.protections.filter((p) => p.type === type); }

  /**
   * `insertSheet()`, `(index)`, `(name)`, `(name, index)`; the new sheet becomes active. The
   * `{ template }` option is accepted and ignored: the new sheet starts empty.
   */
  insertSheet(nameOrIndex?: string | number | object, index?: number | object): Sheet {
    const name = typeof nameOrIndex === 'string' ? nameOrIndex : this.freeSheetName();
    const at = typeof nameOrIndex === 'number' ? nameOrIndex : typeof index === 'number' ? index : this.sheets.length;
    assertSheetNameFree(this.env, this, name);
    const sheet = new Sheet(this.env, this, name);
    this.sheets.splice(at, 0, sheet);
    this.activeSheet = sheet;
    return sheet;
  }

  deleteSheet(sheet: Sheet): void {
    if (this.sheets.length === 1) throw this.env.exception("You can't remove all the sheets in a document.");
    const index = this.sheets.indexOf(sheet);
    if (index < 0) throw this.env.exception('Sheet not found');
    refuseProtectedSheet(this.env, sheet, 'delete');
    this.sheets.splice(index, 1);
    this.protections.splice(0, this.protections.length, ...this.protections.filter((p) => p.sheet !== sheet));
    if (this.activeSheet === sheet) this.activeSheet = this.sheets[0] ?? sheet;
  }

  setActiveSheet(sheet: Sheet): Sheet {
    this.activeSheet = sheet;
    this.activeRange = null;
    return sheet;
  }

  setActiveRange(range: Range): Range {
    this.activeSheet = range.getSheet();
    this.activeRange = range;
    return range;
  }

  /** `'Sheet name'!A1:B2`, or plain A1 notation on the active sheet. */
  getRange(a1Notation: string): Range {
    const parsed = parseA1(a1Notation, () => ({ rows: 1, columns: 1 }));
    const sheet = parsed?.sheetName == null ? this.activeSheet : this.getSheetByName(parsed.sheetName);
    if (!parsed || !sheet) throw this.env.exception('Range not found');
    return sheet.getRange(a1Notation.slice(a1Notation.lastIndexOf('!') + 1));
  }

  getRangeList(a1Notations: string[]): RangeList {
    return this.activeSheet.getRangeList(a1Notations);
  }

  toast(msg: string, title = '', timeoutSeconds: number | null = 5): void {
    this.env.seat.ui.toasts.push({ message: msg, title, timeoutSeconds }); // shown to the person running the script
  }

  private freeSheetName(): string {
    const taken = new Set(this.sheets.map((sheet) => sheet.getName().toLowerCase()));
    let n = this.sheets.length + 1;
    while (taken.has(`sheet${n}`)) n += 1;
    return `Sheet${n}`;
  }
}
