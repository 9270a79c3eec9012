/**
 * The local stack (DESIGN §2): the real handlers over HTTP on a laptop, an embedded store, a local
 * OpenID issuer, and the leadership page. No cloud account needed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { formatMessage, pickLang } from '../../shared/messages.js';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createLocalIssuer, LOCAL_AUDIENCE, type LocalIssuer } from '../auth/local-issuer.js';
import { withCache } from '../store/cached-store.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createDynamoClient, parseAdminEmails, setDeps, type Deps } from '../runtime/deps.js';
import { invoke, loadRoutes, matchRoute } from './api-gateway.js';
import { startEmbeddedStore, type EmbeddedStore } from './embedded-store.js';
import { ensureTable } from './table-setup.js';
import { serveStatic } from './static-files.js';
import { loadDemo } from './demo.js';

export interface LocalStackOptions {
  port: number;
  /** Where dynalite and the issuer key live; ignored when `memory` is set. */
  dataDir: string;
  memory: boolean;
  demo: boolean;
  adminEmails: string;
  /** Use an already running DynamoDB-compatible endpoint instead of the embedded store. */
  dynamoEndpoint?: string;
  tableName?: string;
  /** Defaults to the real clock; tests pin it. */
  now?: () => Date;
}

export interface LocalStack {
  url: string;
  /** The DynamoDB-compatible endpoint the stack stores into. */
  storeEndpoint: string;
  tableName: string;
  issuer: LocalIssuer;
  deps: Deps;
  demoLoaded: boolean;
  close(): Promise<void>;
}

export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
  const store: EmbeddedStore | null = options.dynamoEndpoint ? null : await startEmbeddedStore(options.memory ? {} : { dataDir: join(options.dataDir, 'dynalite') });
  const tableName = options.tableName ?? 'tthc-scorecards';
  const storeEndpoint = options.dynamoEndpoint ?? store!.endpoint;
  const client = createDynamoClient(storeEndpoint);
  const created = (await ensureTable(client, tableName)) === 'created';
  const deps: Deps = { store: withCache(createDynamoStore(client, tableName)), adminEmails: parseAdminEmails(options.adminEmails), now: options.now ?? (() => new Date()) };
  setDeps(deps);
  const routes = await loadRoutes();

  const inFlight = new Set<Promise<void>>();
  let issuer!: LocalIssuer;
  const server = createServer((req, res) => {
    const work = handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'internal', message: String((error as Error)?.message ?? error), issues: [] } }));
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  issuer = await createLocalIssuer({ issuer: url, audience: LOCAL_AUDIENCE, ...(options.memory ? {} : { keyDir: options.dataDir }) });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? '/', url).pathname;
    const method = req.method ?? 'GET';
    if (method === 'GET' && path === '/.well-known/jwks.json') return sendJson(res, 200, issuer.jwks());
    if (method === 'POST' && path === '/dev/token') return devToken(req, res, issuer);
    const match = matchRoute(routes, method, path);
    const lang = pickLang(req.headers['accept-language']);
    if (match === 'method-not-allowed') return sendJson(res, 405, { error: { code: 'method_not_allowed', message: formatMessage('method_not_allowed', lang), issues: [] } });
    if (match) return invoke(match.route, match.params, req, res, issuer.verifier);
    if (method === 'GET' && (await serveStatic(path, res))) return;
    sendJson(res, 404, { error: { code: 'not_found', message: formatMessage('not_found', lang), issues: [] } });
  }

  const demoLoaded = options.demo && created ? (await loadDemo(deps), true) : false;

  return {
    url,
    storeEndpoint,
    tableName,
    issuer,
    deps,
    demoLoaded,
    async close() {
      // Stop taking requests, let acknowledged work finish, then flush and close the store.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
      client.destroy();
      await store?.close();
    },
  };
}

async function devToken(req: IncomingMessage, res: ServerResponse, issuer: LocalIssuer): Promise<void> {
  let body: { email?: unknown; emailVerified?: unknown };
  try {
    let text = '';
    for await (const chunk of req as AsyncIterable<Buffer>) text += chunk.toString('utf8');
    body = JSON.parse(text || '{}');
  } catch {
    return sendJson(res, 400, { error: { code: 'bad_json', message: 'Body must be {"email": "…"}', issues: [] } });
  }
  if (typeof body.email !== 'string' || !body.email.includes('@')) {
    return sendJson(res, 400, { error: { code: 'validation_failed', message: 'email is required', issues: [{ path: 'email', code: 'required', message: 'email is required' }] } });
  }
  const token = await issuer.issue({ email: body.email, ...(body.emailVerified === false ? { emailVerified: false } : {}) });
  sendJson(res, 200, { token });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}
