/** GET /v1/plans/{planId}/members/audit (extension): every grant, change and removal, oldest first. */
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { membershipAudit } from '../use-cases/read-members.js';

export const handler = route({}, async ({ deps, caller, params }) => json(200, await membershipAudit(deps, caller, params.planId!)));
