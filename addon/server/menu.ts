/// <reference types="google-apps-script" />
/**
 * The Extensions menu. `onOpen` runs in AuthMode.NONE for an add-on the file has not enabled
 * yet, so it only builds the menu (no properties, no Session) and the captions carry both
 * languages. The items run the same operations as the sidebar and answer in an alert.
 */
import { showPanel, showScorecard, showSettings } from './dialogs.js';
import { outcome } from './errors.js';
import { sessionLang } from './lang.js';
import { openContext, reportingUnit } from './context.js';
import { checkTemplate } from './check.js';
import { menuPeriod } from './panel.js';
import type { ShownProblem } from './problem-text.js';
import { writeScorecardSheet, writtenMessage } from './scorecard/write-sheet.js';
import { submitTemplate } from './submit.js';
import { insertTemplate } from './insert-template.js';
import { savePlan } from './plan-sheet/save.js';
import { setUpPlan } from './plan-sheet/set-up.js';
import { say } from './words.js';

export function onOpen(_event?: GoogleAppsScript.Events.SheetsOnOpen): void {
  SpreadsheetApp.getUi()
    .createAddonMenu()
    .addItem('Mở bảng báo cáo / Open report panel', 'menuOpenPanel')
    .addItem('Chèn mẫu báo cáo / Insert report template', 'menuInsertTemplate')
    .addItem('Kiểm tra số liệu / Check the report', 'menuCheck')
    .addItem('Gửi báo cáo / Submit the report', 'menuSubmit')
    .addSeparator()
    .addItem('Xem bảng điểm / Show the scorecard', 'menuShowScorecard')
    .addItem('Ghi trang bảng điểm / Write the scorecard sheet', 'menuWriteScorecardSheet')
    .addItem('Xuất báo cáo / Export the report', 'menuExportReport')
    .addSeparator()
    .addItem('Thiết lập kế hoạch / Set up a plan', 'menuSetUpPlan')
    .addItem('Lưu kế hoạch / Save the plan', 'menuSavePlan')
    .addSeparator()
    .addItem('Cài đặt / Settings', 'menuSettings')
    .addToUi();
}

export function onInstall(event?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(event as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

export const menuOpenPanel = showPanel;
export const menuShowScorecard = showScorecard;
export const menuSettings = showSettings;
/** Only a page can hand the browser a file to save: the scorecard sidebar, whose export buttons come first. */
export const menuExportReport = showScorecard;

/** Runs a menu action; whatever goes wrong is told in an alert, never as a script error. */
function fromMenu(work: (lang: ReturnType<typeof sessionLang>, ui: GoogleAppsScript.Base.Ui) => string | null): void {
  const lang = sessionLang();
  const ui = SpreadsheetApp.getUi();
  const result = outcome(lang, () => work(lang, ui));
  const message = result.ok ? result.value : result.error.message;
  if (message) ui.alert(message);
}

export function menuInsertTemplate(): void {
  fromMenu((lang, ui) => {
    const ctx = openContext(lang);
    const suggested = menuPeriod(ctx, new Date());
    const answer = ui.prompt(say('period_prompt', lang, { example: suggested }), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return null;
    const period = answer.getResponseText().trim() || suggested;
    const first = insertTemplate(ctx, period, false, new Date());
    if (first.outcome === 'needs-confirmation') {
      const question = say('typed_data_exists', lang, { period, count: first.filled ?? '?' });
      if (ui.alert(question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
      insertTemplate(ctx, period, true, new Date());
    }
    return say('inserted', lang, { period });
  });
}

export function menuCheck(): void {
  fromMenu((lang) => {
    const ctx = openContext(lang);
    const period = menuPeriod(ctx, new Date());
    const { result } = checkTemplate(ctx, SpreadsheetApp.getActiveSpreadsheet(), period);
    return result.ok ? say('check_ok', lang, { period }) : problemList(say('check_problems', lang, { period, count: result.problems.length }), result.problems);
  });
}

export function menuSubmit(): void {
  fromMenu((lang, ui) => {
    const ctx = openContext(lang);
    const period = menuPeriod(ctx, new Date());
    const question = say('submit_confirm', lang, { period, unit: reportingUnit(ctx).name });
    if (ui.alert(question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
    const result = submitTemplate(ctx, SpreadsheetApp.getActiveSpreadsheet(), period, new Date());
    if (!result.receipt) return problemList(say('check_problems', lang, { period, count: result.problems.length }), result.problems);
    const { version, onTime, warnings } = result.receipt;
    const done = say('submitted', lang, { period, version, onTime: onTime ? 1 : 0 });
    return warnings.length ? problemList(`${done}\n${say('warnings', lang, { count: warnings.length })}`, warnings) : done;
  });
}

export function menuWriteScorecardSheet(): void {
  fromMenu((lang, ui) => {
    const ctx = openContext(lang);
    const suggested = menuPeriod(ctx, new Date());
    const answer = ui.prompt(say('period_prompt', lang, { example: suggested }), ui.ButtonSet.OK_CANCEL);
    if (answer.getSelectedButton() !== ui.Button.OK) return null;
    return writtenMessage(writeScorecardSheet(ctx, answer.getResponseText().trim() || suggested), lang);
  });
}

/** Administrators only (plan-sheet/). */
export function menuSetUpPlan(): void {
  fromMenu(setUpPlan);
}

export function menuSavePlan(): void {
  fromMenu((lang, ui) => {
    const saved = savePlan(lang, ui);
    return saved.head && problemList(saved.head, saved.problems);
  });
}

function problemList(head: string, problems: readonly ShownProblem[]): string {
  const lines = problems.slice(0, 12).map((p) => `• ${p.a1 ? `${p.sheet}!${p.a1}: ` : ''}${p.message}`);
  return [head, ...lines, problems.length > 12 ? '…' : ''].filter(Boolean).join('\n');
}
