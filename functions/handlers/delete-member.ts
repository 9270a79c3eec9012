/** DELETE /v1/plans/{planId}/members/{email} (DESIGN §10): an admin ends someone's membership. */
import { route } from '../http/route.js';
import { noContent } from '../http/respond.js';
import { removeMember } from '../use-cases/manage-members.js';

export const handler = route({}, async ({ deps, caller, params }) => {
  await removeMember(deps, caller, params.planId!, params.email!);
  return noContent();
});
