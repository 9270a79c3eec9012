/**
 * The OpenAPI 3.1 document, generated from the route table and the same zod schemas that
 * validate requests, so the document cannot drift from what the handlers accept.
 */
import * as z from 'zod/mini';
import { MemberSchema, ReviewSchema, SubmitReportDocSchema } from '../../shared/api.js';
import { PlanSchema } from '../../shared/plan.js';
import { ROUTES, type RouteDef } from '../routes.js';

const BODIES: Record<string, z.ZodMiniType> = {
  'put-plan': PlanSchema,
  'put-member': MemberSchema,
  'submit-report': SubmitReportDocSchema,
  'review-report': ReviewSchema,
};

const SUMMARIES: Record<string, string> = {
  me: 'Who I am and my memberships',
  'list-plans': 'Plans I am a member of, with computed periods',
  'get-plan': 'One plan definition, with computed periods',
  'put-plan': 'Create or replace a plan (admin); 400 lists every problem',
  'put-member': 'Set a member’s role and unit (admin); warns when a reporter’s new role sees every unit',
  'delete-member': 'Remove a member (admin); 204, or 404 not_a_member',
  'list-members': 'The plan’s members and their roles (admin)',
  'membership-audit': 'Every grant, role change and removal: who, when, from, to (admin), oldest first',
  'submit-report': 'Submit a quarter’s report; 201 new version, 200 replay of the same idempotencyKey',
  'get-report': 'Latest version with data, status, onTime and history',
  'get-report-version': 'One stored version, unchanged forever',
  'review-report': 'Accept (locks) or return a report',
  'period-status': 'Expected units; per unit submitted, onTime, late, missing, status',
  'compute-scorecard': 'Aggregate now and return the scorecard',
  'get-scorecard': 'The last computed scorecard, with computedAt and stale',
  openapi: 'This document',
};

const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })),
  }),
});

/** Without `servers`: the handler names the server of each request (handlers/openapi.ts). */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const r of ROUTES) (paths[r.path] ??= {})[r.method.toLowerCase()] = operation(r);
  return {
    openapi: '3.1.0',
    info: { title: 'TTHC one-stop KPI scorecards', version: '1.0.0', description: 'Messages follow Accept-Language: vi (default) or en.' },
    components: {
      securitySchemes: { idToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (Google ID token)' } },
      schemas: { Error: toSchema(ErrorSchema) },
    },
    paths,
  };
}

function operation(r: RouteDef) {
  const body = BODIES[r.handler];
  const errorRef = { content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } };
  return {
    operationId: r.handler,
    summary: SUMMARIES[r.handler],
    ...(r.public ? { security: [] } : { security: [{ idToken: [] }] }),
    parameters: [...r.path.matchAll(/\{(\w+)\}/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } })),
    ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(body) } } } } : {}),
    responses: {
      ...(r.method === 'DELETE' ? { '204': { description: 'Done' } } : { '200': { description: 'OK' } }),
      ...(r.public ? {} : { '401': { description: 'No or invalid token', ...errorRef }, '403': { description: 'Not allowed', ...errorRef }, '404': { description: 'Unknown plan, unit, period or version', ...errorRef } }),
      ...(body ? { '400': { description: 'Invalid input; issues name each path', ...errorRef }, '413': { description: 'Body over 256 KiB', ...errorRef } } : {}),
      ...(r.handler === 'submit-report' ? { '201': { description: 'A new version was stored' }, '409': { description: 'Report accepted and locked', ...errorRef } } : {}),
    },
  };
}

function toSchema(schema: z.ZodMiniType) {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return rest;
}
