/** POST /v1/plans/{planId}/members (extension): an admin's many member changes at once, all or nothing. */
import { ChangeMembersSchema } from '../../shared/api/requests.js';
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { changeMembers } from '../use-cases/change-members.js';

export const handler = route({ body: ChangeMembersSchema }, async ({ deps, caller, params, body, lang }) =>
  json(200, await changeMembers(deps, caller, params.planId!, body, lang)),
);
