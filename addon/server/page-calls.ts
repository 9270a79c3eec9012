/// <reference types="google-apps-script" />
/**
 * The functions the sidebar and dialogs call through `google.script.run` (typed on the client by
 * ui/server.ts). Each takes the reader's language last and answers with an Outcome, so a failure
 * reaches the page as a message, never as an exception with a stack.
 */
import { checkTemplate, type CheckResult } from './check.js';
import { openContext } from './context.js';
import { showSettings } from './dialogs.js';
import { AddonError, outcome, type Outcome } from './errors.js';
import { exportFile, type ExportedFile, type ExportKind } from './exports.js';
import { langOf } from './lang.js';
import { panelState, type PanelState } from './panel.js';
import { compute, myReport, periodStatus, review } from './review.js';
import { fetchScorecard } from './scorecard/fetch.js';
import { scorecardView, type ScorecardView } from './scorecard/view.js';
import { rememberScope, storedScope } from './scorecard/scope.js';
import { writeScorecardSheet as writeSheet, writtenMessage, type ScorecardSheetResult } from './scorecard/write-sheet.js';
import { lookupAccount as lookup, saveSettings as save, type Account, type SettingsInput } from './settings.js';
import { submitTemplate, type SubmitResult } from './submit.js';
import { insertTemplate as insert, type InsertResult } from './insert-template.js';

export function getPanelState(lang?: string): Outcome<PanelState> {
  return outcome(langOf(lang), () => panelState(langOf(lang), new Date()));
}

export function insertTemplate(period: string, overwrite: boolean, lang?: string): Outcome<InsertResult> {
  return outcome(langOf(lang), () => insert(openContext(langOf(lang)), period, overwrite === true, new Date()));
}

export function checkReport(period: string, lang?: string): Outcome<CheckResult> {
  return outcome(langOf(lang), () => checkTemplate(openContext(langOf(lang)), SpreadsheetApp.getActiveSpreadsheet(), period).result);
}

export function submitReport(period: string, lang?: string): Outcome<SubmitResult> {
  return outcome(langOf(lang), () => submitTemplate(openContext(langOf(lang)), SpreadsheetApp.getActiveSpreadsheet(), period, new Date()));
}

/** Selects the cell of a problem (sheet names come from the add-in's own layout). */
export function jumpToCell(sheet: string, a1: string, lang?: string): Outcome<null> {
  return outcome(langOf(lang), () => {
    const target = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(sheet);
    if (!target) throw AddonError.of('unknown_sheet', langOf(lang), { sheet });
    target.getRange(a1).activate();
    return null;
  });
}

export function getMyReport(period: string, lang?: string): Outcome<ReturnType<typeof myReport>> {
  return outcome(langOf(lang), () => myReport(openContext(langOf(lang)), period));
}

export function getPeriodStatus(period: string, lang?: string): Outcome<ReturnType<typeof periodStatus>> {
  return outcome(langOf(lang), () => periodStatus(openContext(langOf(lang)), period));
}

export function reviewReport(period: string, unitId: string, decision: 'accept' | 'return', comment: string, lang?: string) {
  return outcome(langOf(lang), () => review(openContext(langOf(lang)), period, unitId, decision, comment));
}

export function computeScorecard(period: string, lang?: string) {
  return outcome(langOf(lang), () => compute(openContext(langOf(lang)), period));
}

/** In the scope the reader chose last (scorecard/scope.ts). */
export function getScorecard(period: string, lang?: string): Outcome<ScorecardView> {
  return outcome(langOf(lang), () => {
    const ctx = openContext(langOf(lang));
    return scorecardView(fetchScorecard(ctx, period), ctx.lang, storedScope(ctx), ctx.settings.unitId);
  });
}

/** `scope`: `group:<id>`, or '' for the whole plan; remembered for this reader, the sheet is written in it too. */
export function chooseScorecardScope(period: string, scope: string, lang?: string): Outcome<ScorecardView> {
  return outcome(langOf(lang), () => {
    const ctx = openContext(langOf(lang));
    const view = scorecardView(fetchScorecard(ctx, period), ctx.lang, typeof scope === 'string' ? scope : null, ctx.settings.unitId);
    rememberScope(ctx, view.scope);
    return view;
  });
}

export function writeScorecardSheet(period: string, lang?: string): Outcome<ScorecardSheetResult & { message: string }> {
  return outcome(langOf(lang), () => {
    const result = writeSheet(openContext(langOf(lang)), period);
    return { ...result, message: writtenMessage(result, langOf(lang)) };
  });
}

/** "Xuất báo cáo" in the scorecard sidebar: the file of `kind` for the period, in the scope chosen there. */
export function exportReport(period: string, kind: ExportKind, lang?: string): Outcome<ExportedFile> {
  return outcome(langOf(lang), () => exportFile(openContext(langOf(lang)), period, kind));
}

export function lookupAccount(apiUrl: string, planId: string | null, lang?: string): Outcome<Account> {
  return outcome(langOf(lang), () => lookup(apiUrl, planId, langOf(lang)));
}

export function saveSettings(input: SettingsInput, lang?: string) {
  return outcome(langOf(lang), () => save(input, langOf(lang)));
}

export function openSettings(lang?: string): Outcome<null> {
  return outcome(langOf(lang), () => {
    showSettings();
    return null;
  });
}
