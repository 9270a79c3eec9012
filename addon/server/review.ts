/**
 * For the district office: who has reported in a period (missing, late, returned…), accepting or
 * returning a report with a comment, and computing the scorecard. For a reporter: the state of
 * the unit's own report, with the office's last comment.
 */
import { reportingUnit, requirePeriod, requireQuarter, type AddonContext } from './context.js';
import { AddonError } from './errors.js';

export function periodStatus(ctx: AddonContext, period: string) {
  requirePeriod(ctx, period);
  const { deadline, summary, units } = ctx.api.call('periodStatus', { planId: ctx.settings.planId, period });
  return { period, deadline, summary, units };
}

export function review(ctx: AddonContext, period: string, unitId: string, decision: 'accept' | 'return', comment: string) {
  requireQuarter(ctx, period);
  const { version, status } = ctx.api.call('reviewReport', { planId: ctx.settings.planId, period, unitId }, { decision, comment: String(comment ?? '').slice(0, 2000) });
  return { unitId, period, version, status };
}

export function compute(ctx: AddonContext, period: string) {
  requirePeriod(ctx, period);
  const card = ctx.api.call('computeScorecard', { planId: ctx.settings.planId, period });
  return { period, computedAt: card.computedAt, expected: card.completeness.expected, submitted: card.completeness.submitted };
}

/** The unit's latest report of the period, or null when it has none yet. */
export function myReport(ctx: AddonContext, period: string) {
  const unit = reportingUnit(ctx);
  requireQuarter(ctx, period);
  try {
    const r = ctx.api.call('getReport', { planId: ctx.settings.planId, period, unitId: unit.id });
    return { period, version: r.version, submittedAt: r.submittedAt, onTime: r.onTime, status: r.status, lastReview: r.lastReview };
  } catch (error) {
    if (error instanceof AddonError && error.status === 404) return null;
    throw error;
  }
}
