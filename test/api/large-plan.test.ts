/**
 * A province-wide plan over HTTP (issue 12, "Scale"): 3,321 units, 50 groups and 20 fields are
 * more JSON than the 256 KiB body limit, so the client sends them gzip-compressed. The limit
 * stays the limit on the wire; a body that unpacks past 8 MiB (a gzip bomb) is refused too, and
 * a body that is not gzip is a 400. Answers over 1 KB come back gzipped when the client asks,
 * with the same JSON inside. Period status reads the latest pointers without report data.
 */
import { request } from 'node:http';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { benchPlan } from '../../bench/fixtures.js';
import { startEmbeddedStore, type EmbeddedStore } from '../../functions/local/embedded-store.js';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { startFaultProxy, type FaultProxy } from '../helpers/fault-proxy.js';
import { PLAN_ID, Q1, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';

const LIMIT = 256 * 1024;
const UNPACKED_LIMIT = 8 * 1024 * 1024;

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes as they came over the wire. */
  wire: Buffer;
  /** The JSON text, decompressed if it came gzipped. */
  text: string;
}

/** Node's fetch would decompress out of sight; this reads the bytes as sent. */
function raw(base: string, method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${base}${path}`, { method, headers: { ...headers, ...(body ? { 'content-length': String(body.length) } : {}) } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const text = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(wire) : wire).toString('utf8');
        resolve({ status: res.statusCode ?? 0, headers: res.headers, wire, text });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('a 3,321-unit plan over HTTP', () => {
  let s: ApiStack;
  let admin: string;
  const plan = benchPlan(3321, { groups: 50, fields: 20, agencies: 421 });
  const json = Buffer.from(JSON.stringify(plan));
  /** How a client sends gzip: as binary, which an HTTP API passes base64-encoded (functions/http/route.ts). */
  const GZIP_BODY = { 'content-encoding': 'gzip', 'content-type': 'application/octet-stream' };
  const send = (body: Buffer, headers: Record<string, string> = {}, lang = 'vi') =>
    raw(s.url, 'PUT', `/v1/plans/${plan.id}`, { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'accept-language': lang, ...headers }, body);
  const get = (path: string, headers: Record<string, string> = {}) => raw(s.url, 'GET', path, { authorization: `Bearer ${admin}`, ...headers });

  beforeAll(async () => {
    s = await startApiStack();
    admin = await s.token('admin@localhost');
  });
  afterAll(() => s.close());

  it('is refused as plain JSON: 413, naming the 256 KiB limit', async () => {
    expect(json.length).toBeGreaterThan(LIMIT); // ~390 KB of JSON
    const res = await send(json, {}, 'en');
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toEqual({ code: 'payload_too_large', message: 'The request body is larger than 256 KiB.', issues: [] });
  });

  it('is accepted gzip-compressed (a tenth of the limit on the wire), and its answer comes back gzipped', async () => {
    const packed = gzipSync(json);
    expect(packed.length).toBeLessThan(LIMIT / 4);
    const res = await send(packed, { ...GZIP_BODY, 'accept-encoding': 'gzip' });
    expect(res.status, res.text.slice(0, 300)).toBe(201);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(res.text).units).toHaveLength(3321);
  });

  it('reads gzip sent typed as JSON only if the gateway kept the bytes: an HTTP API passes a JSON-typed body as UTF-8 text, so it is 400, and a body already unpacked is read as it is', async () => {
    // As an HTTP API delivers it: the gzip bytes decoded as UTF-8 (0x8b becomes U+FFFD), not gzip any more.
    const mangled = await send(gzipSync(json), { 'content-encoding': 'gzip' });
    expect(mangled.status).toBe(400);
    expect(JSON.parse(mangled.text).error.code).toBe('bad_json');
    const small = Buffer.from(JSON.stringify({ ...plan, id: 'small-plan', units: plan.units.slice(0, 3) }));
    const headers = { authorization: `Bearer ${admin}`, 'content-type': 'application/json', 'content-encoding': 'gzip' };
    const unpacked = await raw(s.url, 'PUT', '/v1/plans/small-plan', headers, small);
    expect(unpacked.status, unpacked.text.slice(0, 300)).toBe(201);
  });

  it('answers GET with the same JSON gzipped or not; gzip only when asked, with Vary', async () => {
    const plain = await get(`/v1/plans/${plan.id}`, { 'accept-encoding': 'identity' });
    const packed = await get(`/v1/plans/${plan.id}`, { 'accept-encoding': 'br;q=1, gzip;q=0.8' });
    const none = await get(`/v1/plans/${plan.id}`);
    expect([plain.status, packed.status, none.status]).toEqual([200, 200, 200]);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(none.headers['content-encoding']).toBeUndefined();
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toBe('accept-encoding');
    expect(packed.text).toBe(plain.text);
    expect(packed.wire.length).toBeLessThan(plain.wire.length / 5);
    // q=0 means "not gzip" (RFC 9110 §12.5.3).
    expect((await get(`/v1/plans/${plan.id}`, { 'accept-encoding': 'gzip;q=0' })).headers['content-encoding']).toBeUndefined();
  });

  it('leaves small answers (under 1 KB) as they are', async () => {
    const res = await get('/v1/plans/khong-co', { 'accept-encoding': 'gzip' });
    expect(res.status).toBe(404);
    expect(res.headers['content-encoding']).toBeUndefined();
  });

  it('refuses a gzip bomb: 9 MiB that packs into a few KB is past the 8 MiB unpacked limit → 413', async () => {
    const bomb = gzipSync(Buffer.alloc(UNPACKED_LIMIT + 1024 * 1024, ' '));
    expect(bomb.length).toBeLessThan(LIMIT); // small on the wire: only the unpacked limit stops it
    const res = await send(bomb, GZIP_BODY, 'en');
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).error).toEqual({ code: 'unpacked_too_large', message: 'The request body is larger than 8 MiB once decompressed.', issues: [] });
  });

  it('answers gzip cut short with 400 bad_gzip in Vietnamese by default', async () => {
    for (const body of [gzipSync(json).subarray(0, 1000), gzipSync(json).subarray(0, 20)]) {
      const res = await send(body, GZIP_BODY);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text).error).toEqual({ code: 'bad_gzip', message: 'Nội dung gửi lên không phải dữ liệu gzip hợp lệ (Content-Encoding: gzip).', issues: [] });
    }
  });

  it('answers an encoding it does not know with 400, naming it', async () => {
    const res = await send(json.subarray(0, 100), { 'content-encoding': 'br' }, 'en');
    expect(res.status).toBe(400);
    expect(JSON.parse(res.text).error.message).toBe('Content-Encoding "br" is not supported (gzip only).');
  });
});

describe('period status without report data', () => {
  let store: EmbeddedStore;
  let proxy: FaultProxy;
  let s: ApiStack;

  beforeAll(async () => {
    store = await startEmbeddedStore({});
    proxy = await startFaultProxy(store.endpoint);
    s = await startApiStack({ dynamoEndpoint: proxy.endpoint });
    const admin = await seedPlan(s, planDefinition());
    for (const [unitId, data] of [[UNIT.a, reportA()], [UNIT.b, reportB()], [UNIT.d, reportD()]] as const) {
      const res = await s.api('POST', `/v1/plans/${PLAN_ID}/reports`, { token: admin, body: { unitId, period: Q1, data } });
      expect(res.status, res.text).toBe(201);
    }
  });
  afterAll(async () => {
    await s?.close();
    await proxy?.close();
    await store?.close();
  });

  it('reads the three pointers of the quarter with one Query (beside one Query of the reminder log, in parallel), and less than their data from the store', async () => {
    const admin = await s.token('admin@localhost');
    await s.api('GET', `/v1/plans/${PLAN_ID}`, { token: admin }); // the plan and the admin's grant are now in the stack's cache
    const [requests, bytes] = [proxy.stats.commands.length, proxy.stats.responseBytes];
    const res = await s.api('GET', `/v1/plans/${PLAN_ID}/periods/${Q1}/status`, { token: admin });
    expect(res.status).toBe(200);
    expect(res.body.summary).toEqual({ expected: 4, submitted: 3, onTime: 3, late: 0, missing: 1 });
    // One Query of the pointers, one of the reminder log (`lastRemindedAt`), sent together.
    expect(proxy.stats.commands.slice(requests)).toEqual(['Query', 'Query']);
    // The three reports' data alone is more than everything the store sent back for status.
    const dataBytes = [reportA(), reportB(), reportD()].reduce((sum, d) => sum + JSON.stringify(d).length, 0);
    expect(proxy.stats.responseBytes - bytes).toBeLessThan(dataBytes);
  });
});
