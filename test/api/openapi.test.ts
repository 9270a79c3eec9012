/** GET /openapi.json (DESIGN §3): open to anyone, OpenAPI 3.1, and it names every route of v1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiStack, type ApiStack, type ApiResponse, type Json } from '../helpers/api-stack.js';

/** The routes of DESIGN §3, written out here so the document is checked against the contract. */
const CONTRACT_ROUTES: [method: string, path: string][] = [
  ['get', '/v1/me'],
  ['put', '/v1/plans/{planId}'],
  ['get', '/v1/plans'],
  ['get', '/v1/plans/{planId}'],
  ['put', '/v1/plans/{planId}/members/{email}'],
  ['delete', '/v1/plans/{planId}/members/{email}'], // DESIGN §10
  // Extensions: the members and their audit, for admins (docs/architecture.md).
  ['get', '/v1/plans/{planId}/members'],
  ['get', '/v1/plans/{planId}/members/audit'],
  // Extension: many member changes in one request, for the add-in's plan sheet (issue 12).
  ['post', '/v1/plans/{planId}/members'],
  ['post', '/v1/plans/{planId}/reports'],
  ['get', '/v1/plans/{planId}/reports/{period}/{unitId}'],
  ['get', '/v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}'],
  ['post', '/v1/plans/{planId}/reports/{period}/{unitId}/review'],
  ['get', '/v1/plans/{planId}/periods/{period}/status'],
  ['post', '/v1/plans/{planId}/scorecards/{period}/compute'],
  ['get', '/v1/plans/{planId}/scorecards/{period}'],
  ['get', '/v1/plans/{planId}/exports/{period}/form-06.xlsx'], // DESIGN §10
  ['get', '/v1/plans/{planId}/exports/{period}/report.docx'], // DESIGN §10
  ['get', '/openapi.json'],
];

/** API Gateway answers 401 (its JWT authorizer) and 429 (throttling) itself, as `{"message"}`. */
const ERROR_SCHEMAS: Record<string, Json> = {
  '401': { anyOf: [{ $ref: '#/components/schemas/Error' }, { $ref: '#/components/schemas/GatewayError' }] },
  '429': { $ref: '#/components/schemas/GatewayError' },
};

describe('GET /openapi.json', () => {
  let s: ApiStack;
  let res: ApiResponse;

  beforeAll(async () => {
    s = await startApiStack();
    res = await s.api('GET', '/openapi.json');
  });
  afterAll(() => s.close());

  it('needs no token and answers an OpenAPI 3.1 document as JSON', () => {
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.body.openapi).toBe('3.1.0');
    expect(res.body.info.title).toEqual(expect.any(String));
  });

  it.each(CONTRACT_ROUTES)('documents %s %s', (method, path) => {
    const operation = res.body.paths[path]?.[method];
    expect(operation, `${method} ${path}`).toBeDefined();
    // Every path parameter of the route is declared.
    const declared = (operation.parameters ?? []).filter((p: { in: string }) => p.in === 'path').map((p: { name: string }) => p.name).sort();
    expect(declared).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
  });

  it('documents no route the contract does not name', () => {
    const documented = Object.entries(res.body.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented.sort()).toEqual(CONTRACT_ROUTES.map(([m, p]) => `${m} ${p}`).sort());
  });

  it('describes an export as a file of its media type, narrowed by ?group= or ?unit=', () => {
    const xlsx = res.body.paths['/v1/plans/{planId}/exports/{period}/form-06.xlsx'].get;
    const type = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    expect(xlsx.responses['200'].content).toEqual({ [type]: { schema: { type: 'string', contentMediaType: type } } });
    expect(xlsx.parameters.filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name)).toEqual(['group', 'unit']);
  });

  it('describes the request body of every route that takes one', () => {
    const bodyOf = (method: string, path: string) => res.body.paths[path][method].requestBody?.content?.['application/json']?.schema;
    expect(bodyOf('put', '/v1/plans/{planId}').properties).toHaveProperty('units');
    expect(bodyOf('put', '/v1/plans/{planId}/members/{email}').properties).toHaveProperty('role');
    const submit = bodyOf('post', '/v1/plans/{planId}/reports');
    expect(Object.keys(submit.properties).sort()).toEqual(['data', 'idempotencyKey', 'period', 'unitId']);
    expect(submit.properties.data.properties).toHaveProperty('dossiers');
    expect(bodyOf('post', '/v1/plans/{planId}/reports/{period}/{unitId}/review').properties).toHaveProperty('decision');
  });

  it('marks the document itself as public and every other route as needing a bearer token', () => {
    expect(res.body.components.securitySchemes.idToken).toMatchObject({ type: 'http', scheme: 'bearer' });
    for (const [method, path] of CONTRACT_ROUTES) {
      const security = res.body.paths[path][method].security;
      expect(security, `${method} ${path}`).toEqual(path === '/openapi.json' ? [] : [{ idToken: [] }]);
    }
  });

  it('describes the body of every answer: a schema per success status, the Error shape for each error', () => {
    for (const [method, path] of CONTRACT_ROUTES) {
      const responses = res.body.paths[path][method].responses as Record<string, { content?: { 'application/json': { schema: Json } } }>;
      const statuses = Object.keys(responses);
      expect(statuses.filter((st) => st.startsWith('2')).length, `${method} ${path}`).toBeGreaterThan(0);
      for (const status of statuses) {
        const schema = responses[status]!.content?.['application/json']?.schema;
        if (status === '204') expect(schema, `${method} ${path} ${status}`).toBeUndefined();
        // An export's 200 is a file, described by its own media type (the test above).
        else if (status.startsWith('2') && path.includes('/exports/')) expect(responses[status]!.content, `${method} ${path}`).not.toHaveProperty('application/json');
        else if (status.startsWith('2')) expect(schema?.type, `${method} ${path} ${status}`).toBe('object');
        else expect(schema, `${method} ${path} ${status}`).toEqual(ERROR_SCHEMAS[status] ?? { $ref: '#/components/schemas/Error' });
      }
    }
    const answer = (path: string, method: string, status: string) => res.body.paths[path][method].responses[status].content['application/json'].schema;
    // Hand-picked fields a client relies on, among them the one the add-in once forgot.
    const unit = answer('/v1/plans/{planId}/periods/{period}/status', 'get', '200').properties.units.items;
    expect(unit.properties.firstSubmittedAt).toEqual({ type: ['string', 'null'] });
    expect(Object.keys(answer('/v1/plans/{planId}/scorecards/{period}', 'get', '200').properties)).toEqual(
      ['planId', 'period', 'computedAt', 'stale', 'district', 'units', 'completeness', 'groups', 'charts', 'provisional', 'tasks', 'trend', 'problems'],
    );
    expect(Object.keys(res.body.paths['/v1/plans/{planId}/reports'].post.responses).sort()).toEqual(['200', '201', '400', '401', '403', '404', '409', '413', '429', '500', '503']);
    expect(Object.keys(res.body.paths['/v1/plans/{planId}/members/{email}'].delete.responses).sort()).toEqual(['204', '400', '401', '403', '404', '429', '500', '503']);
    expect(Object.keys(res.body.paths['/openapi.json'].get.responses).sort()).toEqual(['200', '429', '500']);
    expect(res.body.components.schemas.GatewayError).toMatchObject({ properties: { message: { type: 'string' } }, required: ['message'] });
  });

  it('names who may call each route', () => {
    expect(res.body.paths['/v1/plans/{planId}/reports'].post.description).toBe('Roles: reporter, admin.');
    expect(res.body.paths['/v1/plans/{planId}/scorecards/{period}/compute'].post.description).toBe('Roles: reviewer, admin.');
    expect(res.body.paths['/openapi.json'].get.description).toBeUndefined();
  });

  it('describes the contract error shape', () => {
    const error = res.body.components.schemas.Error.properties.error;
    expect(Object.keys(error.properties).sort()).toEqual(['code', 'issues', 'message']);
    expect(Object.keys(error.properties.issues.items.properties).sort()).toEqual(['code', 'message', 'path']);
  });
});
