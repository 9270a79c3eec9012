/**
 * Every function Apps Script calls by name, in one place. Apps Script only finds real top-level
 * function declarations (for triggers, menu items and `google.script.run`), so the build writes
 * `function <name>() { return Addon.<name>.apply(this, arguments); }` for each of these, and fails
 * if main.ts exports a function that is not listed here or lists one it does not export.
 */
const TRIGGER_ENTRY_POINTS = ['onOpen', 'onInstall'] as const;

/** Menu items (menu.ts). */
const MENU_ENTRY_POINTS = [
  'menuOpenPanel',
  'menuInsertTemplate',
  'menuCheck',
  'menuSubmit',
  'menuShowScorecard',
  'menuWriteScorecardSheet',
  'menuExportReport',
  'menuSetUpPlan',
  'menuSavePlan',
  'menuSettings',
] as const;

/** What the sidebar and dialogs call through `google.script.run` (ui/server.ts). */
const CLIENT_ENTRY_POINTS = [
  'getPanelState',
  'insertTemplate',
  'checkReport',
  'submitReport',
  'jumpToCell',
  'getMyReport',
  'getPeriodStatus',
  'reviewReport',
  'computeScorecard',
  'getScorecard',
  'chooseScorecardScope',
  'writeScorecardSheet',
  'exportReport',
  'lookupAccount',
  'saveSettings',
  'openSettings',
] as const;

export const ENTRY_POINTS = [...TRIGGER_ENTRY_POINTS, ...MENU_ENTRY_POINTS, ...CLIENT_ENTRY_POINTS] as const;
export type ClientEntryPointName = (typeof CLIENT_ENTRY_POINTS)[number];
