/**
 * The OpenAPI 3.1 document, generated from the contract (shared/api/): every route, its path
 * parameters, its body, and the body of every status it can answer, from the same zod schemas
 * the handlers parse with and the conformance test checks answers with.
 */
import * as z from 'zod/mini';
import { CONTRACT, type BinaryAnswer } from '../../shared/api/contract.js';
import { PATH_PARAMS } from '../../shared/api/path-params.js';
import { ErrorSchema, GatewayErrorSchema, UnauthorizedSchema } from '../../shared/api/responses.js';
import { API_ROUTES, ROUTE_IDS, type RouteId } from '../../shared/api/routes.js';

const SUMMARIES: Record<RouteId, string> = {
  getMe: 'Who I am and my memberships',
  listPlans: 'Plans I am a member of, with computed periods',
  getPlan: 'One plan definition, with computed periods',
  putPlan: 'Create (201) or replace (200) a plan; 400 lists every problem',
  putMember: 'Set a member’s role and unit; warns when a reporter’s new role sees every unit',
  changeMembers: 'Grant, change and remove many members at once; all or nothing, every problem with its path',
  deleteMember: 'Remove a member; 204, or 404 not_a_member',
  listMembers: 'The plan’s members and their roles',
  membershipAudit: 'Every grant, role change and removal: who, when, from, to, oldest first',
  submitReport: 'Submit a quarter’s report; 201 new version, 200 replay of the same idempotencyKey',
  getReport: 'Latest version with data, status, onTime and history',
  getReportVersion: 'One stored version, unchanged forever',
  reviewReport: 'Accept (locks) or return a report',
  periodStatus: 'Expected units; per unit submitted, onTime, late, missing, status, lastRemindedAt',
  computeScorecard: 'Aggregate now and return the scorecard, charts in the asked language',
  getScorecard: 'The scorecard as of the latest reports (refreshed within seconds of each submission or review), with computedAt, stale and provisional, charts in the asked language',
  exportForm06: 'The consolidated form 06 (Circular 01/2020/TT-VPCP) as an .xlsx: the form, one sheet per unit, KPIs against target',
  exportReportDocx: 'A draft of the period’s narrative report as a .docx, for an official to edit',
  openapi: 'This document',
};

const QUERY_TEXT: Record<string, string> = {
  group: 'Only this group of the plan’s units (404 if the plan has no such group)',
  unit: 'Only this unit (a reporter: its own, which is also the default; another is 403)',
};

const STATUS_TEXT: Record<number, string> = {
  200: 'OK',
  201: 'Created',
  204: 'Done, no body',
  400: 'Invalid input; issues name each path',
  401: 'No or invalid token',
  403: 'Not allowed for this role or unit',
  404: 'Unknown plan, unit, period, version or member',
  409: 'Conflict: the report is accepted and locked, or a newer version exists',
  413: 'Body over 256 KiB',
  429: 'Throttled by API Gateway: retry later',
  500: 'Unexpected fault (no details)',
  503: 'Store busy: retry after Retry-After seconds',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
/** The error shapes, written once under components and referred to by every answer. */
const REFS = new Map<z.ZodMiniType, object>([
  [ErrorSchema, ref('Error')],
  [GatewayErrorSchema, ref('GatewayError')],
  [UnauthorizedSchema, { anyOf: [ref('Error'), ref('GatewayError')] }],
]);

/** Without `servers`: the handler names the server of each request (handlers/openapi.ts). */
export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const id of ROUTE_IDS) (paths[API_ROUTES[id].path] ??= {})[API_ROUTES[id].method.toLowerCase()] = operation(id);
  return {
    openapi: '3.1.0',
    info: { title: 'TTHC one-stop KPI scorecards', version: '1.0.0', description: 'Messages follow Accept-Language: vi (default) or en.' },
    components: {
      securitySchemes: { idToken: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT (Google ID token)' } },
      schemas: { Error: toSchema(ErrorSchema), GatewayError: toSchema(GatewayErrorSchema) },
    },
    paths,
  };
}

function operation(id: RouteId) {
  const { path, roles } = API_ROUTES[id];
  const contract: { body?: z.ZodMiniType; query?: Record<string, z.ZodMiniType>; responses: Record<number, z.ZodMiniType | null | BinaryAnswer> } = CONTRACT[id];
  const query = Object.entries(contract.query ?? {}).map(([name, schema]) => ({ name, in: 'query', required: false, description: QUERY_TEXT[name], schema: toSchema(schema) }));
  return {
    operationId: id,
    summary: SUMMARIES[id],
    ...(roles.length ? { description: `Roles: ${roles.join(', ')}.`, security: [{ idToken: [] }] } : { security: [] }),
    parameters: [
      ...[...path.matchAll(/\{(\w+)\}/g)].map(([, name]) => ({ name, in: 'path', required: true, schema: toSchema(PATH_PARAMS[name!]!) })),
      ...query,
    ],
    ...(contract.body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(contract.body, 'input') } } } } : {}),
    responses: Object.fromEntries(Object.entries(contract.responses).map(([status, schema]) => [status, response(Number(status), schema)])),
  };
}

function response(status: number, schema: z.ZodMiniType | null | BinaryAnswer) {
  const description = STATUS_TEXT[status] ?? String(status);
  if (schema === null) return { description };
  // OpenAPI 3.1 describes a file by its media type alone; `contentMediaType` names it for tools.
  if ('binary' in schema) return { description: `${description}: the file, with Content-Disposition naming it`, content: { [schema.binary]: { schema: { type: 'string', contentMediaType: schema.binary } } } };
  const described = REFS.get(schema) ?? toSchema(schema);
  return { description, content: { 'application/json': { schema: described } } };
}

function toSchema(schema: z.ZodMiniType, io: 'input' | 'output' = 'output') {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'any' });
  return rest;
}
