/**
 * The API suites' way in: the real local stack (functions/local/server.ts) started in this process
 * on a free port, in memory, without demo data, with a clock the test sets. Everything else goes
 * over real HTTP with fetch, as the add-in's requests do.
 */
import { expect } from 'vitest';
import type { TokenRequest } from '../../functions/auth/local-issuer.js';
import type { ChangeFeedOptions } from '../../functions/local/change-feed.js';
import { startLocalStack, type LocalStack } from '../../functions/local/server.js';

export const ADMIN_EMAIL = 'admin@localhost';

/** Parsed JSON from the wire: the tests assert its shape, so it is not typed here. */
export type Json = any;

export interface ApiResponse {
  status: number;
  /** The parsed body, or null when it is not JSON. */
  body: Json;
  /** The body exactly as sent, for byte-for-byte comparisons. */
  text: string;
  headers: Headers;
}

export interface ApiOptions {
  token?: string;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as is, e.g. malformed JSON. */
  rawBody?: string;
  /** The Accept-Language header; none means the server's default (vi). */
  lang?: string;
}

export interface ApiStack {
  url: string;
  stack: LocalStack;
  /** The instant the stack's handlers see as "now" until set again. */
  setNow(iso: string): void;
  token(email: string, overrides?: Omit<TokenRequest, 'email'>): Promise<string>;
  api(method: string, path: string, options?: ApiOptions): Promise<ApiResponse>;
  close(): Promise<void>;
}

/** A quiet day of 2024-Q1, well before its deadline, unless a test sets another instant. */
export const DEFAULT_NOW = '2024-03-10T09:00:00+07:00';

export interface ApiStackOptions {
  /** Load the Tứ Kỳ 2024 demo (plan, accounts, Q1–Q3 reports, scorecard inputs); default off. */
  demo?: boolean;
  /** The stack's clock; default DEFAULT_NOW, or the real clock when `now: 'real'`. */
  now?: string | 'real';
  /** Store through another endpoint (e.g. a fault proxy) instead of an embedded store. */
  dynamoEndpoint?: string;
  /**
   * Refresh scorecards from the store's change feed, as `npm start` does (options tune the feed).
   * Default off: the suites that do not test freshness then see scorecard inputs change only when
   * they compute, at the instant their clock says, not whenever a batch happens to run.
   */
  liveScorecards?: boolean | ChangeFeedOptions;
}

export async function startApiStack(options: ApiStackOptions = {}): Promise<ApiStack> {
  let now: Date | null = options.now === 'real' ? null : new Date(options.now ?? DEFAULT_NOW);
  const stack = await startLocalStack({
    port: 0, dataDir: '', memory: true, demo: options.demo ?? false, adminEmails: ADMIN_EMAIL,
    now: () => (now ? new Date(now) : new Date()),
    liveScorecards: options.liveScorecards ?? false,
    ...(options.dynamoEndpoint ? { dynamoEndpoint: options.dynamoEndpoint } : {}),
  });
  return {
    url: stack.url,
    stack,
    setNow: (iso) => {
      now = new Date(iso);
    },
    token: (email, overrides = {}) => stack.issuer.issue({ email, ...overrides }),
    api: (method, path, options = {}) => request(stack.url, method, path, options),
    close: () => stack.close(),
  };
}

async function request(base: string, method: string, path: string, options: ApiOptions): Promise<ApiResponse> {
  const headers: Record<string, string> = {};
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  if (options.lang !== undefined) headers['accept-language'] = options.lang;
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let parsed: Json = null;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: the test sees `text`, and `body` stays null.
  }
  return { status: response.status, body: parsed, text, headers: response.headers };
}

/** Creates the plan as the administrator and gives each listed person a role in it. */
export async function seedPlan(s: ApiStack, plan: { id: string }, members: readonly Member[] = []): Promise<string> {
  const admin = await s.token(ADMIN_EMAIL);
  const created = await s.api('PUT', `/v1/plans/${plan.id}`, { token: admin, body: plan });
  expect(created.status, created.text).toBe(201);
  for (const m of members) {
    const put = await s.api('PUT', `/v1/plans/${plan.id}/members/${encodeURIComponent(m.email)}`, { token: admin, body: { role: m.role, ...(m.unitId ? { unitId: m.unitId } : {}) } });
    expect(put.status, put.text).toBe(200);
  }
  return admin;
}

export interface Member {
  email: string;
  role: 'reporter' | 'reviewer' | 'viewer' | 'admin';
  unitId?: string;
}
