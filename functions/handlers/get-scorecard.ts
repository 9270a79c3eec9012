/** GET /v1/plans/{planId}/scorecards/{period}: the scorecard computed from the stored inputs, with `stale` and `provisional`. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { getScorecard } from '../use-cases/scorecards.js';

export const handler = route({}, async ({ deps, caller, params, lang }) => json(200, await getScorecard(deps, caller, params.planId!, params.period!, lang)));
