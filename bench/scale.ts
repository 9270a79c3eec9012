/**
 * Scale benchmark: a province-wide plan of 3,321 units (2,900 communes, 421 agencies), 50 groups
 * and 20 fields, end to end over HTTP on the local stack (its own process, on dynalite in a third):
 * the plan saved gzip-compressed, 3,321 members in one request, then, with four quarters of
 * reports stored, the bytes on the wire (gzip) and the time of every read a page load or the
 * add-in makes. Goals (issue 12): every answer ≤ 1 MB on the wire, period status ≤ 200 KB and
 * under 0.5 s, the stored plan within DynamoDB's 400 KB item limit.
 */
import { GetItemCommand, QueryCommand, type AttributeValue } from '@aws-sdk/client-dynamodb';
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createDynamoClient } from '../functions/runtime/deps.js';
import { createDynamoStore } from '../functions/store/dynamo-store.js';
import { keys } from '../functions/store/table.js';
import { startDynaliteProcess, startStackProcess } from '../test/helpers/processes.js';
import { benchPlan, storeBenchReports } from './fixtures.js';
import { round } from './timing.js';

const UNITS = 3321;
const AGENCIES = 421;
const GROUPS = 50;
const FIELDS = 20;
const QUARTERS = ['2024-Q1', '2024-Q2', '2024-Q3', '2024-Q4'];
const TABLE = 'tthc-scorecards';
const ADMIN = 'admin@bench.local';
const ITEM_LIMIT_BYTES = 400 * 1024;
const MB = 1024 * 1024;

interface Wire {
  status: number;
  /** The request body as sent (gzip unless asked not to). */
  sentBytes: number;
  /** Bytes on the wire, as sent (gzip when the server compressed). */
  wireBytes: number;
  /** The JSON once decompressed. */
  jsonBytes: number;
  ms: number;
  body: unknown;
}

export async function benchScale(): Promise<Record<string, unknown>> {
  const storeProcess = await startDynaliteProcess();
  const stack = await startStackProcess({ DYNAMODB_ENDPOINT: storeProcess.endpoint, ADMIN_EMAILS: ADMIN });
  const client = createDynamoClient(storeProcess.endpoint);
  try {
    const plan = benchPlan(UNITS, { groups: GROUPS, fields: FIELDS, agencies: AGENCIES });
    const admin = await stack.token(ADMIN);
    const call = (method: string, path: string, body?: unknown, gzipBody = true) => send(stack.url, method, path, admin, body, gzipBody);
    const planPath = `/v1/plans/${plan.id}`;

    const plainPut = await call('PUT', planPath, plan, false);
    const put = await call('PUT', planPath, plan);
    if (put.status !== 201) throw new Error(`PUT plan → ${put.status}`);
    const { Item } = await client.send(new GetItemCommand({ TableName: TABLE, Key: { pk: { S: keys.plans() }, sk: { S: keys.plan(plan.id) } } }));
    const storedPlanBytes = itemBytes(Item!);

    const members = { put: plan.units.map((u) => ({ email: `${u.id}@bench.local`, role: 'reporter', unitId: u.id })), remove: [] };
    const bulk = await call('POST', `${planPath}/members`, members);
    if (bulk.status !== 200) throw new Error(`POST members → ${bulk.status}`);

    // The floor of bulk members: the same writes (memberships and their events) straight to the store, in another plan.
    const store = createDynamoStore(client, TABLE);
    const at = new Date().toISOString();
    const bulkFloorMs = await timeOnce(async () => {
      await store.changeMemberships('floor', { put: members.put.map((m) => ({ planId: 'floor', email: m.email, role: 'reporter' as const, unitId: m.unitId })), remove: [] });
      await store.recordMembershipEvents(members.put.map((m) => ({ planId: 'floor', email: m.email, at, by: ADMIN, action: 'granted' as const, from: null, to: { role: 'reporter' as const, unitId: m.unitId } })));
    });

    await seedQuarters(store, plan);

    const reads: Record<string, Wire> = {};
    reads.listPlans = await median(() => call('GET', '/v1/plans'));
    reads.getPlan = await median(() => call('GET', planPath));
    reads.periodStatusQ = await median(() => call('GET', `${planPath}/periods/2024-Q4/status`));
    reads.periodStatusY = await median(() => call('GET', `${planPath}/periods/2024-Y/status`));
    reads.computeQ = await median(() => call('POST', `${planPath}/scorecards/2024-Q4/compute`), 3);
    reads.computeY = await median(() => call('POST', `${planPath}/scorecards/2024-Y/compute`), 3);
    reads.scorecardQ = await median(() => call('GET', `${planPath}/scorecards/2024-Q4`));
    reads.scorecardY = await median(() => call('GET', `${planPath}/scorecards/2024-Y`));
    for (const [name, r] of Object.entries(reads)) if (r.status !== 200) throw new Error(`${name} → ${r.status}`);

    // The floor of period status: the same projected Query of four quarters' pointers, without HTTP or the use case.
    const statusFloorMs = await medianMs(() => Promise.all(QUARTERS.map((q) => pointerQuery(client, plan.id, q))));
    // The floor of compute: reading the same four quarters' pointers whole, with their data.
    const computeFloorMs = await medianMs(() => Promise.all(QUARTERS.map((q) => pointerQuery(client, plan.id, q, false))), 3);

    const summary = (r: Wire) => ({ wireKB: round(r.wireBytes / 1024, 1), jsonKB: round(r.jsonBytes / 1024, 1), ms: r.ms });
    const result = {
      units: UNITS, agencies: AGENCIES, groups: GROUPS, fields: FIELDS, reportsStored: UNITS * QUARTERS.length,
      planPut: {
        plainStatus: plainPut.status, plainKB: round(plainPut.sentBytes / 1024, 1),
        gzipStatus: put.status, gzipWireKB: round(put.sentBytes / 1024, 1), ms: put.ms,
        echoWireKB: round(put.wireBytes / 1024, 1), echoJsonKB: round(put.jsonBytes / 1024, 1),
      },
      storedPlanKB: round(storedPlanBytes / 1024, 1),
      storedPlanShareOfItemLimit: round(storedPlanBytes / ITEM_LIMIT_BYTES),
      bulkMembers: { members: UNITS, ...(bulk.body as object), ms: bulk.ms, requests: 1, sentKB: round(bulk.sentBytes / 1024, 1), storeWritesFloorMs: bulkFloorMs },
      reads: Object.fromEntries(Object.entries(reads).map(([name, r]) => [name, summary(r)])),
      periodStatusFloorMs: statusFloorMs,
      computeFloorMs,
      /** Compute of the year over the bare read of what it reads: the aggregate section's goal is ≤ 1.5. */
      computeYRatioVsQuery: round(reads.computeY.ms / computeFloorMs, 2),
      largestWireKB: round(Math.max(...Object.values(reads).map((r) => r.wireBytes)) / 1024, 1),
      goals: {
        everyAnswerUnder1MB: Object.values(reads).every((r) => r.wireBytes <= MB),
        periodStatusUnder200KB: reads.periodStatusY.wireBytes <= 200 * 1024,
        periodStatusUnderHalfSecond: reads.periodStatusY.ms < 500,
        storedPlanWithinItemLimit: storedPlanBytes <= ITEM_LIMIT_BYTES,
      },
    };
    console.log(`\nScale: ${UNITS} units, ${GROUPS} groups, ${FIELDS} fields, ${QUARTERS.length} quarters stored (median of 5 reads, 3 computes)`);
    console.table([result.planPut]);
    console.table(result.reads);
    console.log(result);
    return result;
  } finally {
    client.destroy();
    await stack.stop();
    await storeProcess.stop();
  }
}

/** One request with `Accept-Encoding: gzip`, read raw so the bytes on the wire are counted; a body is sent gzipped unless asked not to. */
function send(base: string, method: string, path: string, bearer: string, body: unknown, gzipBody: boolean): Promise<Wire> {
  const json = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const payload = json && gzipBody ? gzipSync(json) : json;
  const headers: Record<string, string> = { authorization: `Bearer ${bearer}`, 'accept-encoding': 'gzip' };
  if (payload) Object.assign(headers, { 'content-type': gzipBody ? 'application/octet-stream' : 'application/json', 'content-length': String(payload.length) }, gzipBody ? { 'content-encoding': 'gzip' } : {});
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const ms = round(performance.now() - start);
        const raw = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode ?? 0, sentBytes: payload?.length ?? 0, wireBytes: raw.length, jsonBytes: Buffer.byteLength(text), ms, body: text ? JSON.parse(text) : null });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(payload);
  });
}

async function median(once: () => Promise<Wire>, runs = 5): Promise<Wire> {
  const samples: Wire[] = [];
  await once(); // warm-up: the stack's caches and the JIT
  for (let i = 0; i < runs; i++) samples.push(await once());
  samples.sort((a, b) => a.ms - b.ms);
  return samples[Math.floor(runs / 2)]!;
}

async function timeOnce(once: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await once();
  return round(performance.now() - start);
}

async function medianMs(once: () => Promise<unknown>, runs = 5): Promise<number> {
  const samples: number[] = [];
  await once();
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await once();
    samples.push(performance.now() - start);
  }
  return round(samples.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

/** One quarter's latest pointers: projected to the status fields, or whole (with data, as compute reads them). */
function pointerQuery(client: ReturnType<typeof createDynamoClient>, planId: string, quarter: string, projected = true) {
  const page = (start?: Record<string, AttributeValue>): Promise<void> =>
    client
      .send(new QueryCommand({
        TableName: TABLE,
        KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
        ExpressionAttributeValues: { ':pk': { S: keys.plan(planId) }, ':prefix': { S: keys.latestOfQuarter(quarter) } },
        ...(projected ? { ProjectionExpression: 'unitId, period, version, firstSubmittedAt, submittedAt, #status', ExpressionAttributeNames: { '#status': 'status' } } : {}),
        ...(start ? { ExclusiveStartKey: start } : {}),
      }))
      .then((out) => (out.LastEvaluatedKey ? page(out.LastEvaluatedKey) : undefined));
  return page();
}

/** Four quarters of reports through the real store (not timed, not over HTTP). */
async function seedQuarters(store: ReturnType<typeof createDynamoStore>, plan: ReturnType<typeof benchPlan>): Promise<void> {
  for (const quarter of QUARTERS) await storeBenchReports(store, plan, quarter, ADMIN);
}

/** DynamoDB's item size: the UTF-8 bytes of every attribute name and value (docs: "Item sizes and formats"). */
function itemBytes(item: Record<string, AttributeValue>): number {
  return Object.entries(item).reduce((sum, [name, value]) => {
    const size = value.S !== undefined ? Buffer.byteLength(value.S) : value.B !== undefined ? value.B.length : value.N !== undefined ? value.N.length : 0;
    return sum + Buffer.byteLength(name) + size;
  }, 0);
}
