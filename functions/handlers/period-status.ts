/** GET /v1/plans/{planId}/periods/{period}/status: expected units, who is late and who is missing. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { periodStatus } from '../use-cases/period-status.js';

export const handler = route({}, async ({ deps, caller, params }) => json(200, await periodStatus(deps, caller, params.planId!, params.period!)));
