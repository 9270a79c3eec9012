/** GET /v1/me: who the caller is, and their memberships. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { getMe } from '../use-cases/read-plans.js';

export const handler = route({}, async ({ deps, caller }) => json(200, await getMe(deps, caller)));
