/// <reference types="google-apps-script" />
/**
 * Inserts the template of a period: six sheets and the hidden mirror, in order, replacing the
 * period's old ones. If the old ones hold typed values, nothing happens until the person
 * confirms (the menu asks with an alert, the sidebar with a dialog), and nothing at all if
 * someone locked an old sheet against the person inserting (the old sheet could not be deleted).
 * A document lock keeps two people from inserting into the same spreadsheet at once.
 */
import { reportingUnit, requireQuarter, type AddonContext } from './context.js';
import { AddonError } from './errors.js';
import { highlightsKey } from './highlights.js';
import { readReport } from './read-report.js';
import { cellValues } from './safe-text.js';
import { newTemplateRecord, templateKey, templateLayout, type TemplateLayout, type TemplateRecord } from './template/layout.js';
import { sheetRef } from './template/sheet-grid.js';
import { protect, writeSheet } from './template/write-sheet.js';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface InsertResult {
  period: string;
  outcome: 'inserted' | 'needs-confirmation';
  /** Typed cells in the period's existing template (null when they could not be read). */
  filled: number | null;
  sheets: string[];
}

export function insertTemplate(ctx: AddonContext, period: string, overwrite: boolean, now: Date): InsertResult {
  const unit = reportingUnit(ctx);
  requireQuarter(ctx, period);
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(10_000)) throw AddonError.of('busy', ctx.lang);
  try {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const old = ctx.state.json<TemplateRecord>(templateKey(period));
    const oldLayout = old ? templateLayout(ctx.plan, unit, old) : null;
    const locked = oldLayout && lockedSheet(spreadsheet, [...oldLayout.sheets.map((s) => s.name), oldLayout.mirror.name]);
    if (locked) throw AddonError.of('template_locked', ctx.lang, { sheet: locked });
    if (oldLayout && !overwrite) {
      const filled = filledCells(spreadsheet, oldLayout);
      if (filled !== 0) return { period, outcome: 'needs-confirmation', filled, sheets: oldLayout.sheets.map((s) => s.name) };
    }
    const layout = templateLayout(ctx.plan, unit, newTemplateRecord(ctx.plan, unit, period, now));
    // New sheets go last, in the layout's order; an old sheet is replaced by a fresh one, so no
    // stale validation, note or protection survives.
    let count = spreadsheet.getNumSheets();
    const place = (name: string) => {
      const existing = spreadsheet.getSheetByName(name);
      const sheet = spreadsheet.insertSheet(existing ? `${name} …` : name, count++);
      if (existing) {
        spreadsheet.deleteSheet(existing);
        count--;
        sheet.setName(name);
      }
      return sheet;
    };
    const sheets = layout.sheets.map((grid) => {
      const sheet = place(grid.name);
      writeSheet(sheet, grid);
      return sheet;
    });
    writeMirror(place(layout.mirror.name), layout);
    ctx.state.setJson(templateKey(period), layout.record);
    ctx.state.delete(highlightsKey(period));
    spreadsheet.setActiveSheet(sheets[0]!);
    return { period, outcome: 'inserted', filled: 0, sheets: layout.sheets.map((s) => s.name) };
  } finally {
    lock.releaseLock();
  }
}

/**
 * The first of `names` that a protection stops this person from deleting: the template's own
 * protections only warn, but the owner may have made one strict. Apps Script runs as the person,
 * so deleting such a sheet would fail halfway through the insert.
 */
function lockedSheet(spreadsheet: Spreadsheet, names: readonly string[]): string | null {
  const { RANGE, SHEET } = SpreadsheetApp.ProtectionType;
  for (const protection of [...spreadsheet.getProtections(SHEET), ...spreadsheet.getProtections(RANGE)]) {
    if (protection.canEdit()) continue;
    const sheet = protection.getRange().getSheet().getName();
    if (names.includes(sheet)) return sheet;
  }
  return null;
}

function filledCells(spreadsheet: Spreadsheet, layout: TemplateLayout): number | null {
  try {
    const read = readReport(spreadsheet.getRange(sheetRef(layout.mirror.name, layout.mirror.a1)).getValues(), layout);
    return read.ok ? read.filled : null;
  } catch {
    return null; // the mirror is gone: ask rather than guess
  }
}

/** Column A names each input, column B mirrors it; hidden, and warns before anyone edits it. */
function writeMirror(sheet: GoogleAppsScript.Spreadsheet.Sheet, layout: TemplateLayout): void {
  sheet.getRange(layout.mirror.a1).setValues(cellValues(layout.mirror.rows));
  sheet.hideSheet();
  protect(sheet.protect(), []);
}
