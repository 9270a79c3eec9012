/** GET /v1/plans/{planId}: one plan definition, with its periods. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { getPlan } from '../use-cases/read-plans.js';

export const handler = route({}, async ({ deps, caller, params }) => json(200, await getPlan(deps, caller, params.planId!)));
