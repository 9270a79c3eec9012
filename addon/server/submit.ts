/// <reference types="google-apps-script" />
/**
 * Submit: check first (nothing is sent while a cell is wrong), then one POST with an
 * idempotency key kept until the server answers. The answer names the version, whether the
 * report was on time, its review status and the warnings, each placed on its cell when it has one.
 */
import type { RouteResponse } from '../../shared/api/contract.js';
import type { ReviewStatus } from '../../shared/engine/scorecard-model.js';
import { checkTemplate } from './check.js';
import type { AddonContext } from './context.js';
import { AddonError } from './errors.js';
import { markProblems } from './highlights.js';
import { idempotencyKeyFor, settle } from './idempotency.js';
import { placeIssues, type ShownProblem } from './problem-text.js';
import { say } from './words.js';

export interface Receipt {
  version: number;
  submittedAt: string;
  onTime: boolean;
  status: ReviewStatus;
  warnings: ShownProblem[];
}

export interface SubmitResult {
  period: string;
  /** `invalid`: nothing was sent, or the server refused the data; see `problems`. */
  outcome: 'invalid' | 'submitted';
  problems: ShownProblem[];
  receipt: Receipt | null;
}

export function submitTemplate(ctx: AddonContext, spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, period: string, now: Date): SubmitResult {
  const checked = checkTemplate(ctx, spreadsheet, period);
  if (!checked.data) return { period, outcome: 'invalid', problems: checked.result.problems, receipt: null };

  const unitId = ctx.plan.unit!.id;
  const idempotencyKey = idempotencyKeyFor(ctx.state, unitId, period, checked.data, now);
  let answer: RouteResponse<'submitReport'>;
  try {
    answer = ctx.api.call('submitReport', { planId: ctx.settings.planId }, { unitId, period, data: checked.data, idempotencyKey });
  } catch (error) {
    if (!(error instanceof AddonError)) throw error;
    // No answer, or a server fault: the report may have been stored, so the key stays for the retry.
    if (error.status === null) throw new AddonError('no_answer', `${error.message} ${say('retry_safe', ctx.lang)}`);
    if (error.status >= 500) throw error;
    settle(ctx.state, unitId, period);
    if (error.status === 400 && error.issues.length > 0) {
      const problems = placeIssues(error.issues, checked.cells);
      markProblems(spreadsheet, checked.layout, problems, ctx.state);
      return { period, outcome: 'invalid', problems, receipt: null };
    }
    throw error;
  }
  settle(ctx.state, unitId, period);
  const { version, submittedAt, onTime, status } = answer;
  return { period, outcome: 'submitted', problems: [], receipt: { version, submittedAt, onTime, status, warnings: placeIssues(answer.warnings, checked.cells) } };
}
