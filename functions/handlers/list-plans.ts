/** GET /v1/plans: the plans the caller is a member of, with their periods. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { listPlans } from '../use-cases/read-plans.js';

export const handler = route({}, async ({ deps, caller }) => json(200, await listPlans(deps, caller)));
