/** GET /v1/plans/{planId}/reports/{period}/{unitId}: the latest version, its status and history. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { getLatestReport } from '../use-cases/read-report.js';

export const handler = route({}, async ({ deps, caller, params, lang }) =>
  json(200, await getLatestReport(deps, caller, params.planId!, params.period!, params.unitId!, lang)),
);
