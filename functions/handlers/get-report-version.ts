/** GET …/reports/{period}/{unitId}/versions/{version}: one stored version, unchanged forever. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { getReportVersion } from '../use-cases/read-report.js';

export const handler = route({}, async ({ deps, caller, params, lang }) =>
  json(200, await getReportVersion(deps, caller, params.planId!, params.period!, params.unitId!, params.version!, lang)),
);
