/**
 * For the district office: who has reported in a period (missing, late, returned…), accepting or
 * returning a report with a comment, and computing the scorecard. For a reporter: the state of
 * the unit's own report, with the office's last comment.
 */
import type { ReviewStatus } from '../../shared/scorecard-model.js';
import { encodePath, reportingUnit, requirePeriod, requireQuarter, type AddonContext } from './context.js';
import { AddonError } from './errors.js';

export interface UnitStatus {
  unitId: string;
  name: string;
  kind: 'commune' | 'agency';
  submitted: boolean;
  onTime: boolean | null;
  late: boolean;
  missing: boolean;
  status: ReviewStatus | 'missing';
  version: number | null;
  submittedAt: string | null;
}

export interface PeriodStatus {
  period: string;
  deadline: string;
  summary: { expected: number; submitted: number; onTime: number; late: number; missing: number };
  units: UnitStatus[];
}

export interface MyReport {
  period: string;
  version: number;
  submittedAt: string;
  onTime: boolean;
  status: ReviewStatus;
  lastReview: { decision: 'accept' | 'return'; comment: string; by: string; at: string } | null;
}

const planPath = (ctx: AddonContext) => `/v1/plans/${encodePath(ctx.settings.planId)}`;

export function periodStatus(ctx: AddonContext, period: string): PeriodStatus {
  requirePeriod(ctx, period);
  const answer = ctx.api.get<PeriodStatus>(`${planPath(ctx)}/periods/${encodePath(period)}/status`);
  const { deadline, summary, units } = answer;
  return { period, deadline, summary, units };
}

export function review(ctx: AddonContext, period: string, unitId: string, decision: 'accept' | 'return', comment: string) {
  requireQuarter(ctx, period);
  return ctx.api.post<{ unitId: string; period: string; version: number; status: ReviewStatus }>(
    `${planPath(ctx)}/reports/${encodePath(period, unitId)}/review`,
    { decision, comment: String(comment ?? '').slice(0, 2000) },
  );
}

export function compute(ctx: AddonContext, period: string): { period: string; computedAt: string; expected: number; submitted: number } {
  requirePeriod(ctx, period);
  const card = ctx.api.post<{ computedAt: string; completeness: { expected: number; submitted: number } }>(
    `${planPath(ctx)}/scorecards/${encodePath(period)}/compute`,
    {},
  );
  return { period, computedAt: card.computedAt, expected: card.completeness.expected, submitted: card.completeness.submitted };
}

/** The unit's latest report of the period, or null when it has none yet. */
export function myReport(ctx: AddonContext, period: string): MyReport | null {
  const unit = reportingUnit(ctx);
  requireQuarter(ctx, period);
  try {
    const r = ctx.api.get<MyReport>(`${planPath(ctx)}/reports/${encodePath(period, unit.id)}`);
    return { period, version: r.version, submittedAt: r.submittedAt, onTime: r.onTime, status: r.status, lastReview: r.lastReview ?? null };
  } catch (error) {
    if (error instanceof AddonError && error.status === 404) return null;
    throw error;
  }
}
