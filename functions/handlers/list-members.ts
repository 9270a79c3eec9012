/** GET /v1/plans/{planId}/members (extension): the plan's members and their roles, for admins. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { listMembers } from '../use-cases/read-members.js';

export const handler = route({}, async ({ deps, caller, params }) => json(200, await listMembers(deps, caller, params.planId!)));
