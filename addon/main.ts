/**
 * The Apps Script entry: it only names the functions Apps Script may call (entry-points.ts).
 * The build bundles this file as `var Addon = …` and writes a top-level function for each.
 */
export { onOpen, onInstall, menuOpenPanel, menuInsertTemplate, menuCheck, menuSubmit, menuShowScorecard, menuWriteScorecardSheet, menuExportReport, menuSetUpPlan, menuSavePlan, menuSettings } from './server/menu.js';
export {
  getPanelState, insertTemplate, checkReport, submitReport, jumpToCell, getMyReport, getPeriodStatus, reviewReport,
  computeScorecard, getScorecard, chooseScorecardScope, writeScorecardSheet, exportReport, lookupAccount, saveSettings, openSettings,
} from './server/page-calls.js';
