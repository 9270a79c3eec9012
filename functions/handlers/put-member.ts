/** PUT /v1/plans/{planId}/members/{email}: an admin sets someone's role (and unit) in a plan. */
import { MemberSchema } from '../../shared/api/requests.js';
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { putMember } from '../use-cases/manage-members.js';

export const handler = route({ body: MemberSchema }, async ({ deps, caller, params, body, lang }) =>
  json(200, await putMember(deps, caller, params.planId!, params.email!, body, lang)),
);
