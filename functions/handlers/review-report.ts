/** POST …/reports/{period}/{unitId}/review: accept (lock) or return a report with a comment. */
import { ReviewSchema } from '../../shared/api/requests.js';
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { reviewReport } from '../use-cases/review-report.js';

export const handler = route({ body: ReviewSchema }, async ({ deps, caller, params, body }) =>
  json(200, await reviewReport(deps, caller, params.planId!, params.period!, params.unitId!, body)),
);
