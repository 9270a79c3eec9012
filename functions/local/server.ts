/**
 * The local stack (DESIGN §2): the real handlers over HTTP on a laptop, an embedded store, a local
 * OpenID issuer, and the leadership page. No cloud account needed.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { formatMessage, pickLang, type Lang } from '../../shared/words/messages.js';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { createLocalIssuer, LOCAL_AUDIENCE, type LocalIssuer, type TrustedIssuer } from '../auth/local-issuer.js';
import { withCache } from '../store/cached-store.js';
import { createDynamoStore } from '../store/dynamo-store.js';
import { createDynamoClient, parseAdminEmails, setDeps, type Deps } from '../runtime/deps.js';
import { AppError, notFound } from '../errors.js';
import { errorResponse, json, type HttpResult } from '../http/respond.js';
import { invoke, loadRoutes, matchRoute } from './api-gateway.js';
import { startEmbeddedStore, type EmbeddedStore } from './embedded-store.js';
import { startChangeFeed, type ChangeFeed, type ChangeFeedOptions } from './change-feed.js';
import { ensureTable } from './table-setup.js';
import { localWebConfig, serveStatic } from './static-files.js';
import { loadDemo } from './demo.js';
import { devToken } from './dev-token.js';
import { devReminders } from './dev-reminders.js';
import { guardRequest } from './request-guard.js';

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
  /** One more token issuer to accept besides the stack's own (the add-in tests' stand-in for Google). */
  alsoTrust?: TrustedIssuer;
  /**
   * Scorecards refreshed from the embedded store's change feed, as the table's stream does in AWS
   * (default on; options tune the feed). Without the embedded store there is no feed.
   */
  liveScorecards?: boolean | ChangeFeedOptions;
}

export interface LocalStack {
  url: string;
  /** The DynamoDB-compatible endpoint the stack stores into. */
  storeEndpoint: string;
  tableName: string;
  issuer: LocalIssuer;
  deps: Deps;
  demoLoaded: boolean;
  /** The change feed that keeps scorecards fresh; null when `liveScorecards` is off. */
  changeFeed: ChangeFeed | null;
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
  // Before listening: no request ever sees half a demo.
  const demoLoaded = options.demo && created ? (await loadDemo(deps), true) : false;
  // After the demo, which leaves its scorecard inputs built: the feed takes only what comes next.
  const live = options.liveScorecards ?? true;
  const changeFeed = store && live ? startChangeFeed(store, live === true ? {} : live) : null;

  const reminders = devReminders(deps, options.memory ? null : join(options.dataDir, 'outbox'), () => url, () => issuer!.verifier);
  const webConfig = localWebConfig(options.demo);
  const inFlight = new Set<Promise<void>>();
  // The issuer names the bound port, so it comes right after listening; until then, 503.
  let issuer: LocalIssuer | undefined;
  const server = createServer((req, res) => {
    const lang = pickLang(req.headers['accept-language']);
    const work = answer(req, res, lang).catch((error: unknown) => {
      // errorResponse logs the error and answers a plain 500: exception text never leaves the process.
      if (res.headersSent) return void res.destroy();
      writeResult(res, errorResponse(error, lang));
    });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', () => resolve());
  });
  const url = `http://localhost:${(server.address() as AddressInfo).port}`;
  issuer = await createLocalIssuer({ issuer: url, audience: LOCAL_AUDIENCE, ...(options.memory ? {} : { keyDir: options.dataDir }), alsoTrust: options.alsoTrust });

  async function answer(req: IncomingMessage, res: ServerResponse, lang: Lang): Promise<void> {
    const refusal = guardRequest(req, res, lang);
    if (refusal) return writeResult(res, refusal);
    if (!issuer) return writeResult(res, errorResponse(new AppError('unavailable', 'starting'), lang));
    const path = URL.parse(req.url ?? '/', url)?.pathname;
    const method = req.method ?? 'GET';
    if (path === undefined) return writeResult(res, errorResponse(notFound(), lang));
    if (method === 'GET' && path === '/.well-known/jwks.json') return writeResult(res, json(200, issuer.jwks()));
    if (method === 'POST' && path === '/dev/token') return writeResult(res, await devToken(req, issuer));
    const devAnswer = path.startsWith('/dev/') ? await reminders.answer(req, method, path) : null;
    if (devAnswer) return writeResult(res, devAnswer);
    const match = matchRoute(routes, method, path);
    if (match === 'method-not-allowed') return writeResult(res, json(405, { error: { code: 'method_not_allowed', message: formatMessage('method_not_allowed', lang), issues: [] } }));
    if (match) return invoke(match.route, match.params, req, res, issuer.verifier);
    if (method === 'GET' && (await serveStatic(path, res, webConfig))) return;
    writeResult(res, errorResponse(notFound(), lang));
  }

  return {
    url,
    storeEndpoint,
    tableName,
    issuer,
    deps,
    demoLoaded,
    changeFeed,
    async close() {
      // Stop taking requests, let acknowledged work and the changes it made finish, then flush and close the store.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...inFlight]);
      server.closeAllConnections();
      await closed;
      await changeFeed?.close();
      client.destroy();
      await store?.close();
    },
  };
}

function writeResult(res: ServerResponse, result: HttpResult): void {
  res.writeHead(result.statusCode, result.headers as Record<string, string>);
  res.end(result.body);
}
