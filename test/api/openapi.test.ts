/** GET /openapi.json (DESIGN §3): open to anyone, OpenAPI 3.1, and it names every route of v1. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApiStack, type ApiStack, type ApiResponse } from '../helpers/api-stack.js';

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
  ['post', '/v1/plans/{planId}/reports'],
  ['get', '/v1/plans/{planId}/reports/{period}/{unitId}'],
  ['get', '/v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}'],
  ['post', '/v1/plans/{planId}/reports/{period}/{unitId}/review'],
  ['get', '/v1/plans/{planId}/periods/{period}/status'],
  ['post', '/v1/plans/{planId}/scorecards/{period}/compute'],
  ['get', '/v1/plans/{planId}/scorecards/{period}'],
  ['get', '/openapi.json'],
];

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
    const declared = (operation.parameters ?? []).map((p: { name: string }) => p.name).sort();
    expect(declared).toEqual([...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort());
  });

  it('documents no route the contract does not name', () => {
    const documented = Object.entries(res.body.paths as Record<string, object>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${path}`));
    expect(documented.sort()).toEqual(CONTRACT_ROUTES.map(([m, p]) => `${m} ${p}`).sort());
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

  it('describes the contract error shape', () => {
    const error = res.body.components.schemas.Error.properties.error;
    expect(Object.keys(error.properties).sort()).toEqual(['code', 'issues', 'message']);
    expect(Object.keys(error.properties.issues.items.properties).sort()).toEqual(['code', 'message', 'path']);
  });
});
