/** The district office accepts a report (locking it) or returns it with a comment. */
import type { RouteResponse } from '../../shared/api/contract.js';
import type { ReviewRequest } from '../../shared/api/requests.js';
import { API_ROUTES } from '../../shared/api/routes.js';
import type { Caller } from '../access/caller.js';
import { AppError, notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor, periodOf, requireUnit } from './plan-access.js';

export async function reviewReport(deps: Deps, caller: Caller, planId: string, periodId: string, unitId: string, body: ReviewRequest): Promise<RouteResponse<'reviewReport'>> {
  const { plan } = await loadPlanFor(deps.store, caller, planId, API_ROUTES.reviewReport.roles);
  const period = periodOf(plan, periodId);
  requireUnit(plan, unitId);
  const key = { planId, period: period.id, unitId };
  let version = body.version;
  if (version === undefined) {
    const latest = await deps.store.getLatest(key);
    if (!latest) throw notFound();
    version = latest.version;
  }
  const review = { decision: body.decision, comment: body.comment, by: caller.email, at: deps.now().toISOString(), version };
  const outcome = await deps.store.review(key, review);
  // A review names the version it looked at: a newer one arriving meanwhile is a conflict.
  if (!outcome.reviewed) {
    if (!outcome.latest) throw notFound();
    throw new AppError('conflict', 'version_mismatch', [], { params: { version: outcome.latest.version } });
  }
  const { reviewed } = outcome;
  return { planId, unitId, period: period.id, version: reviewed.version, status: reviewed.status, review };
}
