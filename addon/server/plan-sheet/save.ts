/// <reference types="google-apps-script" />
/**
 * "Lưu kế hoạch": the plan sheets are read (one `getValues` each) and checked with the shared
 * plan rules before anything is sent; each problem is marked on its cell and nothing is saved.
 * A clean sheet costs four requests: the members now (to know who a deleted row removes), the
 * stored plan (for what the sheets do not hold: tasks, reminders), PUT the plan (gzip-compressed when large, by the client), and one POST …/members
 * with the additions, changes and removals, after the administrator confirms them. A problem the
 * server finds comes back with its path and is marked the same way.
 */
import { checkPlan, type Plan } from '../../../shared/plans/plan.js';
import type { Lang } from '../../../shared/words/messages.js';
import { DocState } from '../doc-state.js';
import { AddonError } from '../errors.js';
import type { ApiClient } from '../http-client.js';
import { placeIssues, showProblems, type ShownProblem } from '../problem-text.js';
import { say } from '../words.js';
import { planApi, refusedAsAdmin } from './admin-access.js';
import { readPlanRows } from './from-rows.js';
import { PLAN_TABLES } from './layout.js';
import { markPlanProblems } from './marks.js';
import { memberChanges, rowPath } from './member-changes.js';
import type { Member } from './to-rows.js';

export interface SaveOutcome {
  /** The alert's first line; null when the administrator cancelled. */
  head: string | null;
  problems: ShownProblem[];
}

export function savePlan(lang: Lang, ui: GoogleAppsScript.Base.Ui): SaveOutcome {
  const state = DocState.load();
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const read = readPlanRows(sheetValues(spreadsheet, lang));
  if (!read.ok) throw AddonError.of('plan_sheet_changed', lang, { sheet: read.sheet });
  const mark = (problems: ShownProblem[], head: string): SaveOutcome => {
    markPlanProblems(spreadsheet, problems, state);
    return { head, problems };
  };

  // Every rule but the time zone's, which needs Intl time zones (undocumented in Apps Script):
  // the server names an unknown zone (400 at `timezone`), and it is marked like any problem.
  const parsed = checkPlan(read.plan, () => true);
  const local = [...(parsed.ok ? [] : parsed.problems), ...memberChanges([], read.members, parsed.ok ? new Set(parsed.value.units.map((u) => u.id)) : null).problems];
  if (!parsed.ok || local.length > 0) {
    const problems = showProblems(local, lang, read.cells);
    return mark(problems, say('plan_problems', lang, { count: problems.length }));
  }
  const plan = parsed.value;
  const api = planApi(state, lang);
  const changes = memberChanges(membersNow(api, plan.id, lang), read.members, new Set(plan.units.map((u) => u.id)));
  const { put, remove } = changes.request;
  const question = say('plan_save_confirm', lang, { planId: plan.id, units: plan.units.length, put: put.length, remove: remove.length });
  if (ui.alert(question, ui.ButtonSet.YES_NO) !== ui.Button.YES) return { head: null, problems: [] };

  try {
    api.call('putPlan', { planId: plan.id }, { ...plan, ...notInSheets(api, plan.id, lang) });
  } catch (error) {
    if (!isInvalid(error)) throw refusedAsAdmin(error, plan.id, lang);
    const problems = placeIssues(error.issues, read.cells);
    return mark(problems, say('plan_problems', lang, { count: problems.length }));
  }
  let done = { granted: 0, changed: 0, removed: 0 };
  if (put.length + remove.length > 0) {
    try {
      done = api.call('changeMembers', { planId: plan.id }, changes.request);
    } catch (error) {
      if (!isInvalid(error)) throw error;
      const problems = placeIssues(error.issues.map((i) => ({ ...i, path: rowPath(i.path, changes.putRows) })), read.cells);
      return mark(problems, say('members_not_saved', lang, { planId: plan.id, count: problems.length }));
    }
  }
  markPlanProblems(spreadsheet, [], state);
  return { head: say('plan_saved', lang, { planId: plan.id, units: plan.units.length, ...done }), problems: [] };
}

function sheetValues(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, lang: Lang): Map<string, unknown[][]> {
  const values = new Map<string, unknown[][]>();
  for (const table of PLAN_TABLES) {
    const sheet = spreadsheet.getSheetByName(table.name);
    if (!sheet) throw AddonError.of('no_plan_sheets', lang);
    values.set(table.name, sheet.getDataRange().getValues());
  }
  return values;
}

/** The plan's members now; none for a plan not created yet. */
function membersNow(api: ApiClient, planId: string, lang: Lang): Member[] {
  try {
    return api.call('listMembers', { planId }).members;
  } catch (error) {
    if (error instanceof AddonError && error.status === 404) return [];
    throw refusedAsAdmin(error, planId, lang);
  }
}

/**
 * What the plan sheets do not show (tasks, reminder settings), taken from the stored plan: the PUT
 * replaces the whole plan, and saving the units must not drop the tasks.
 */
function notInSheets(api: ApiClient, planId: string, lang: Lang): Pick<Plan, 'tasks' | 'reminders'> {
  try {
    const { tasks, reminders } = api.call('getPlan', { planId });
    return { ...(tasks ? { tasks } : {}), ...(reminders ? { reminders } : {}) };
  } catch (error) {
    if (error instanceof AddonError && error.status === 404) return {};
    throw refusedAsAdmin(error, planId, lang);
  }
}

const isInvalid = (error: unknown): error is AddonError => error instanceof AddonError && error.status === 400 && error.issues.length > 0;
