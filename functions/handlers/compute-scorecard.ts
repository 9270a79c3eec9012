/** POST /v1/plans/{planId}/scorecards/{period}/compute: aggregate now and return the scorecard. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { computeScorecardNow } from '../use-cases/scorecards.js';

export const handler = route({}, async ({ deps, caller, params, lang }) =>
  json(200, await computeScorecardNow(deps, caller, params.planId!, params.period!, lang)),
);
