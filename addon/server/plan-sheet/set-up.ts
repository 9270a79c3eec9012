/// <reference types="google-apps-script" />
/**
 * "Thiết lập kế hoạch": an administrator inserts the plan sheets, empty for a new plan or holding
 * an existing plan and its members (the plan id asked in a prompt). At most three requests:
 * GET /v1/me, and for an existing plan GET the plan and GET its members.
 */
import type { Lang } from '../../../shared/words/messages.js';
import { DocState } from '../doc-state.js';
import { say } from '../words.js';
import { planApi, requirePlanAdmin, savedPlanId } from './admin-access.js';
import { planRows } from './to-rows.js';
import { planSheetsExist, writePlanSheets } from './write-sheets.js';

export function setUpPlan(lang: Lang, ui: GoogleAppsScript.Base.Ui): string | null {
  const state = DocState.load();
  const api = planApi(state, lang);
  const me = api.call('getMe', {});
  requirePlanAdmin(me, null, lang);

  const answer = ui.prompt(say('plan_id_prompt', lang, { example: savedPlanId(state) ?? 'tu-ky-2024' }), ui.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== ui.Button.OK) return null;
  const planId = answer.getResponseText().trim();
  requirePlanAdmin(me, planId, lang);

  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  if (planSheetsExist(spreadsheet) && ui.alert(say('plan_sheets_exist', lang), ui.ButtonSet.YES_NO) !== ui.Button.YES) return null;
  if (!planId) {
    writePlanSheets(spreadsheet, planRows(null, []));
    return say('plan_sheets_inserted', lang, { planId: '' });
  }
  const plan = api.call('getPlan', { planId });
  const { members } = api.call('listMembers', { planId });
  writePlanSheets(spreadsheet, planRows(plan, members));
  return say('plan_sheets_inserted', lang, { planId, units: plan.units.length, members: members.length });
}
