/** POST /v1/plans/{planId}/reports: a unit submits a quarter's report; a retried key replays. */
import { SubmitReportSchema } from '../../shared/api/requests.js';
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { submitReport } from '../use-cases/submit-report.js';

export const handler = route({ body: SubmitReportSchema }, async ({ deps, caller, params, body, lang }) => {
  const result = await submitReport(deps, caller, params.planId!, body, lang);
  return json(result.created ? 201 : 200, result.body);
});
