/** PUT /v1/plans/{planId}: an admin creates or replaces a plan; a 400 lists every problem. */
import * as z from 'zod/mini';
import { route } from '../http/route.js';
import { json } from '../http/respond.js';
import { putPlan } from '../use-cases/manage-plans.js';

// The plan is checked by parsePlan, which knows the rules that span the whole plan.
export const handler = route({ body: z.unknown() }, async ({ deps, caller, params, body }) => {
  const result = await putPlan(deps, caller, params.planId!, body);
  return json(result.created ? 201 : 200, result.body);
});
