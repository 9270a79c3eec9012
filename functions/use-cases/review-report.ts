/** The district office accepts a report (locking it) or returns it with a comment. */
import type { ReviewRequest } from '../../shared/api.js';
import type { Caller } from '../access/caller.js';
import { notFound } from '../errors.js';
import type { Deps } from '../runtime/deps.js';
import { loadPlanFor, periodOf, requireUnit } from './plan-access.js';

export async function reviewReport(deps: Deps, caller: Caller, planId: string, periodId: string, unitId: string, body: ReviewRequest) {
  const { plan } = await loadPlanFor(deps.store, caller, planId, ['reviewer', 'admin']);
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
  const latest = await deps.store.review(key, review);
  return { planId, unitId, period: period.id, version: latest.version, status: latest.status, review };
}
