/**
 * The functions as shipped: the bundles `npm run synth` wrote into cdk.out (not the TypeScript),
 * each loaded as Lambda loads it, in its own environment with the variables the template gives it,
 * invoked with API Gateway HTTP API events (payload 2.0, the JWT authorizer's claims) and with
 * Scheduler's event, storing into dynalite through AWS_ENDPOINT_URL_DYNAMODB. Every route of the
 * route table answers its happy path as the local stack does.
 */
import { isBuiltin } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTES } from '../../functions/routes.js';
import { ADMIN_EMAIL, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { PLAN_ID, Q1, UNIT } from '../helpers/fixtures.js';
import { API_DOMAIN, googleClaims, httpApiEvent } from '../helpers/http-api-event.js';
import { startShippedStack, type Answer, type ShippedStack } from '../helpers/shipped-stack.js';
import { HAPPY_PATHS, REPORTER, requestPath, type HappyPath } from './happy-paths.js';

const routeKeys = ROUTES.map((r) => `${r.method} ${r.path}`);

let shipped: ShippedStack;
let local: ApiStack;
const answers = new Map<HappyPath, { shipped: Answer; local: Answer }>();

beforeAll(async () => {
  // Synthesizing (when cdk.out is older than the sources) takes most of this.
  shipped = await startShippedStack(routeKeys);
  local = await startApiStack({ now: 'real' });
  for (const step of HAPPY_PATHS) answers.set(step, { shipped: await viaShipped(step), local: await viaLocalStack(step) });
}, 240_000);

afterAll(async () => {
  await local?.close();
  await shipped?.close();
});

async function viaShipped(step: HappyPath): Promise<Answer> {
  const as = step.as === 'admin' ? shipped.admin : step.as === 'reporter' ? REPORTER : null;
  const body = step.body === undefined ? {} : { body: JSON.stringify(step.body) };
  return (await shipped.call({ routeKey: step.routeKey, as, ...(step.params ? { params: step.params } : {}), ...body })).answer;
}

async function viaLocalStack(step: HappyPath): Promise<Answer> {
  const token = step.as ? await local.token(step.as === 'admin' ? ADMIN_EMAIL : REPORTER) : undefined;
  const res = await local.api(step.routeKey.split(' ')[0]!, requestPath(step), { ...(token ? { token } : {}), ...(step.body === undefined ? {} : { body: step.body }) });
  return { status: res.status, contentType: res.headers.get('content-type'), body: res.body as Json };
}

/** A JSON value's structure: the keys of its objects, the length of its arrays, the type of each leaf. */
function shape(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(shape);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, v]) => [k, shape(v)]));
  return value === null ? 'null' : typeof value;
}

describe('the shipped functions', () => {
  it('has, for every route of the route table, a function behind it in the template and a happy path here', () => {
    for (const key of routeKeys) {
      expect(shipped.assembly.routeTarget(key), `no integration for ${key} in the template`).toBeDefined();
      expect(HAPPY_PATHS.some((s) => s.routeKey === key), `add a happy path for ${key} to test/infra/happy-paths.ts`).toBe(true);
    }
  });

  it.each(routeKeys)('%s answers as on the local stack', (routeKey) => {
    const steps = HAPPY_PATHS.filter((s) => s.routeKey === routeKey);
    for (const step of steps) {
      const { shipped: here, local: there } = answers.get(step)!;
      expect([here.status, there.status], JSON.stringify(here.body)).toEqual([step.status, step.status]);
      expect(here.contentType).toBe(there.contentType);
      if (routeKey !== 'GET /openapi.json') {
        expect(shape(here.body)).toEqual(shape(there.body));
        continue;
      }
      // The document is the same but for the server, which only API Gateway's domain names.
      const { servers, ...document } = here.body;
      expect(servers).toEqual([{ url: `https://${API_DOMAIN}` }]);
      expect(document).toEqual(there.body);
    }
  });
});

describe('the scheduled aggregation, invoked with the event of its schedules', () => {
  it('checks the live quarters for drift at the scheduled time, and logs that with its request id', async () => {
    const schedules = shipped.assembly.schedules();
    expect(new Set(schedules.map((s) => s.logicalId)).size).toBe(1);
    const aggregation = shipped.functions.get(schedules[0]!.logicalId)!;
    // 00:15 on 18 March 2024 in Vietnam: Q2 began on 15 March, Q1 has just closed.
    const event = JSON.parse(schedules[0]!.input.replace('<aws.scheduler.scheduled-time>', '2024-03-17T17:15:00Z'));
    const run = await aggregation.runtime.invoke(event);
    // The quarter that just closed and the one that began: the nightly run compares their inputs with a full recompute.
    const checked = ['2024-Q1', '2024-Q2'].map((p) => `${PLAN_ID}/${p}`);
    expect(run).toMatchObject({ result: { checked } });
    const line = aggregation.runtime.logLines().find((l) => l.message === 'scheduled drift check');
    expect(line).toMatchObject({ level: 'INFO', checked, function_request_id: run.awsRequestId, function_name: aggregation.runtime.identity.name });
  });
});

describe('path parameters as API Gateway gives them (already decoded)', () => {
  const version = 'GET /v1/plans/{planId}/reports/{period}/{unitId}/versions/{version}';
  it.each([
    ['a lone "%"', 'GET /v1/plans/{planId}', { planId: '%' }],
    ['"%41", which is not decoded again into "A"', 'GET /v1/plans/{planId}', { planId: '%41' }],
    ['U+FFFD, what a decoder makes of a byte that is not UTF-8', 'GET /v1/plans/{planId}', { planId: '\uFFFD' }],
    ['"%ff" as a version', version, { planId: PLAN_ID, period: Q1, unitId: UNIT.a, version: '%ff' }],
  ])('answers 404, never a 5xx, to %s', async (_what, routeKey, params) => {
    const { answer } = await shipped.call({ routeKey, params, as: shipped.admin });
    expect(answer).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });
});

describe('GET /openapi.json', () => {
  it('names the server from the domain API Gateway answered on, per request, never from Host or X-Forwarded-Proto', async () => {
    const forged = { host: 'evil.example', 'x-forwarded-proto': 'http', 'x-forwarded-host': 'evil.example' };
    const first = await shipped.call({ routeKey: 'GET /openapi.json', headers: forged });
    const custom = await shipped.call({ routeKey: 'GET /openapi.json', headers: forged, domainName: 'api.tuky.gov.vn' });
    expect(first.answer.body.servers).toEqual([{ url: 'https://a1b2c3d4e5.execute-api.ap-southeast-1.amazonaws.com' }]);
    expect(custom.answer.body.servers).toEqual([{ url: 'https://api.tuky.gov.vn' }]);
  });
});

describe('logs', () => {
  it('carry the Lambda request id and API Gateway\'s request id, so one request\'s lines are found together', async () => {
    const me = shipped.forRoute('GET /v1/me');
    const { issuer, audience } = shipped.assembly.authorizer;
    const event = httpApiEvent({ routeKey: 'GET /v1/me', claims: googleClaims(REPORTER, issuer, audience[0]!) });
    me.store.inject('internal-error', Infinity);
    const run = await me.runtime.invoke(event).finally(() => me.store.clear());
    expect(run.result).toMatchObject({ statusCode: 503, headers: { 'retry-after': '1' } });
    const line = me.runtime.logLines().find((l) => l.message === 'store unavailable');
    expect(line).toMatchObject({
      level: 'WARN',
      function_request_id: run.awsRequestId,
      correlation_id: event.requestContext.requestId,
      function_name: me.runtime.identity.name,
    });
  });
});

describe('least privilege, as run', () => {
  it('has each function send only DynamoDB commands its role allows', () => {
    for (const { deployed, store } of shipped.functions.values()) {
      const sent = [...new Set(store.stats.iamActions)];
      expect(sent.filter((c) => !deployed.tableActions.includes(c)), deployed.logicalId).toEqual([]);
    }
  });

  it('grants review-report exactly what reviewing sends: the plan and latest report read, the status updated, the review recorded', () => {
    const review = shipped.forRoute('POST /v1/plans/{planId}/reports/{period}/{unitId}/review');
    expect([...new Set(review.store.stats.commands)].sort()).toEqual(['GetItem', 'PutItem', 'UpdateItem']);
    expect([...review.deployed.tableActions].sort()).toEqual(['GetItem', 'PutItem', 'UpdateItem']);
  });

  it('imports nothing but Node\'s own modules and the AWS SDK, which the Lambda runtime provides', () => {
    for (const { deployed } of shipped.functions.values()) {
      const code = readFileSync(join(deployed.taskRoot, `${deployed.handler.split('.')[0]}.mjs`), 'utf8');
      // Static `import … from "x"` statements, and `import("x")` / `require("x")` calls; a looser
      // pattern reads words of minified libraries' strings ("from 'BigInt' to …") as imports.
      const statements = [...code.matchAll(/(?:^|[;\n])\s*import\s*[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/g)];
      const calls = [...code.matchAll(/\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g)];
      const imported = [...statements, ...calls].map((m) => m[1]!);
      expect(imported.length, deployed.logicalId).toBeGreaterThan(0);
      expect(imported.filter((name) => !isBuiltin(name) && !name.startsWith('@aws-sdk/')), deployed.logicalId).toEqual([]);
    }
  });
});
