/**
 * The local stack in-process for tests: an in-memory store on a free port, the Tứ Kỳ demo
 * loaded or not, and a pinned clock if asked. One stack per test file: startLocalStack installs
 * its deps for the handlers process-wide, and vitest gives each file its own worker.
 */
import { startLocalStack, type LocalStack } from '../../functions/local/server.js';

export interface TestStackOptions {
  /** Load the Tứ Kỳ 2024 plan, demo accounts, reports and scorecards (default true). */
  demo?: boolean;
  /** The stack's clock: submissions, deadlines and computedAt are judged against it. Default: real time. */
  now?: Date;
  /** ADMIN_EMAILS (default `admin@localhost`). */
  adminEmails?: string;
}

export interface TestStack {
  /** e.g. `http://localhost:40123` */
  url: string;
  stack: LocalStack;
  /** An ID token from the stack's own issuer, through POST /dev/token as a client gets it. */
  token(email: string): Promise<string>;
  /** A request to the stack as `as` (no token if absent), with JSON in and `Accept-Language`. */
  request(path: string, init?: { as?: string; method?: string; body?: unknown; lang?: 'vi' | 'en' }): Promise<Response>;
  close(): Promise<void>;
}

export async function startTestStack(options: TestStackOptions = {}): Promise<TestStack> {
  const now = options.now;
  const stack = await startLocalStack({
    port: 0,
    dataDir: '',
    memory: true,
    demo: options.demo ?? true,
    adminEmails: options.adminEmails ?? 'admin@localhost',
    ...(now ? { now: () => new Date(now) } : {}),
  });
  async function token(email: string): Promise<string> {
    const response = await fetch(`${stack.url}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email }) });
    if (!response.ok) throw new Error(`POST /dev/token for ${email} answered ${response.status}`);
    return ((await response.json()) as { token: string }).token;
  }
  async function request(path: string, init: { as?: string; method?: string; body?: unknown; lang?: 'vi' | 'en' } = {}): Promise<Response> {
    const headers: Record<string, string> = { 'accept-language': init.lang ?? 'vi' };
    if (init.as) headers.authorization = `Bearer ${await token(init.as)}`;
    if (init.body !== undefined) headers['content-type'] = 'application/json';
    return fetch(`${stack.url}${path}`, { method: init.method ?? 'GET', headers, ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }) });
  }
  return { url: stack.url, stack, token, request, close: () => stack.close() };
}
