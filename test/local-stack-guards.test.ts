/**
 * The local stack's own defences, over real HTTP: only loopback Host names are answered (DNS
 * rebinding), every answer carries the CSP and nosniff headers (the page under them in chromium:
 * test/browser/page-security.test.ts), requests that arrive while it starts get 503 with
 * Retry-After, and no answer ever carries an exception's text.
 */
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startLocalStack } from '../functions/local/server.js';
import { freePort } from './helpers/processes.js';
import { startApiStack, type ApiStack } from './helpers/api-stack.js';

const CSP = "default-src 'self'; frame-ancestors 'none'";

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request with exactly the Host header given (fetch would put its own). */
function send(port: number, options: { host?: string; method?: string; path?: string; body?: string; lang?: string }): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = {};
    if (options.host !== undefined) headers.host = options.host;
    if (options.lang !== undefined) headers['accept-language'] = options.lang;
    const req = request({ host: '127.0.0.1', port, method: options.method ?? 'GET', path: options.path ?? '/', headers, setHost: false, agent: false }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A raw request line, for request-targets that no HTTP client would send. */
function sendRaw(port: number, requestLine: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${requestLine}\r\nHost: localhost:${port}\r\nConnection: close\r\n\r\n`));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

/** Words that only an exception's text would put in an answer. */
const EXCEPTION_TEXT = /Cannot read|undefined|TypeError|Error:|at .*\.(ts|js):\d+/;

describe('the local stack, in front of its routes', () => {
  let s: ApiStack;
  let port: number;
  beforeAll(async () => {
    s = await startApiStack({ demo: true, now: 'real' });
    port = Number(new URL(s.url).port);
  });
  afterAll(() => s?.close());

  it.each(['localhost', 'LOCALHOST', '127.0.0.1', '[::1]'])('answers Host %s, with and without the port', async (name) => {
    expect((await send(port, { host: `${name}:${port}`, path: '/openapi.json' })).status).toBe(200);
    expect((await send(port, { host: name, path: '/openapi.json' })).status).toBe(200);
  });

  it.each(['evil.example', 'evil.example:8787', 'localhost.evil.example', '127.0.0.1.nip.io', 'localhost:8787@evil.example'])(
    'refuses Host %s with 421 and a message, and mints no token for it',
    async (host) => {
      const page = await send(port, { host, path: '/', lang: 'en' });
      expect(page.status).toBe(421);
      expect(JSON.parse(page.body)).toEqual({
        error: { code: 'host_not_allowed', message: 'The local server answers only to localhost, 127.0.0.1 or [::1]; open it by one of those names.', issues: [] },
      });
      const token = await send(port, { host, method: 'POST', path: '/dev/token', body: JSON.stringify({ email: 'admin@localhost' }) });
      expect(token.status).toBe(421);
      expect(token.body).not.toContain('token"');
      expect(JSON.parse(token.body).error.message).toBe('Máy chủ cục bộ chỉ trả lời địa chỉ localhost, 127.0.0.1 hoặc [::1]; hãy mở bằng một trong các địa chỉ đó.');
    },
  );

  it.each([
    ['the page', '/'],
    ['the page config', '/config.json'],
    ['the page icon', '/favicon.svg'],
    ['the API document', '/openapi.json'],
    ['an API error', '/v1/me'],
    ['a missing file', '/no-such-file.js'],
  ])('sends CSP and nosniff with %s', async (_what, path) => {
    const answer = await send(port, { host: `localhost:${port}`, path });
    expect(answer.headers['content-security-policy']).toBe(CSP);
    expect(answer.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['null', 'required'],
    ['[]', 'required'],
    ['"admin@localhost"', 'required'],
    ['{"email": 42}', 'invalid_format'],
    ['{"email": "nobody"}', 'invalid_format'],
  ])('answers POST /dev/token %s with 400 naming "email"', async (body, code) => {
    const answer = await send(port, { host: `localhost:${port}`, method: 'POST', path: '/dev/token', body });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).error.issues).toEqual([expect.objectContaining({ path: 'email', code })]);
  });

  it('answers request-targets no browser sends without a 5xx or exception text', async () => {
    for (const line of ['GET * HTTP/1.1', 'GET //%zz HTTP/1.1', 'GET http://[::1 HTTP/1.1', 'GET /%ff%fe HTTP/1.1', 'GET /../../package.json HTTP/1.1', 'OPTIONS /v1/me HTTP/1.1']) {
      const answer = await sendRaw(port, line);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(answer)?.[1]);
      expect(status, `${line} → ${answer.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
      expect(status, `${line} → ${answer.slice(0, 200)}`).toBeLessThan(500);
      expect(answer).not.toMatch(EXCEPTION_TEXT);
    }
  });
});

describe('the local stack while it starts', () => {
  it('answers 503 with Retry-After until it is ready, never a 500 or an exception text', async () => {
    const port = await freePort();
    let started = false;
    const starting = startLocalStack({ port, dataDir: '', memory: true, demo: false, adminEmails: 'admin@localhost' });
    void starting.then(() => (started = true));
    const answers: RawAnswer[] = [];
    // From before the port is bound until the stack says it is up, then once more: bounded by the start-up.
    const deadline = Date.now() + 30_000;
    while (!started && Date.now() < deadline) {
      for (const path of ['/v1/me', '/', '/.well-known/jwks.json']) {
        const answer = await send(port, { host: `localhost:${port}`, path, lang: 'en' }).catch(() => null);
        if (answer) answers.push(answer);
      }
    }
    const stack = await starting;
    try {
      answers.push(await send(port, { host: `localhost:${port}`, path: '/v1/me' }));
      const starting503 = answers.filter((a) => a.status === 503);
      // The issuer's RSA key takes ~100 ms to make after the port is bound: that window was hit.
      expect(starting503.length).toBeGreaterThan(0);
      for (const answer of starting503) {
        expect(answer.headers['retry-after']).toBe('1');
        expect(JSON.parse(answer.body).error).toEqual({ code: 'starting', message: 'The server is starting; please try again in a moment.', issues: [] });
      }
      expect(answers.map((a) => a.status).filter((status) => status !== 503 && status >= 500)).toEqual([]);
      for (const answer of answers) expect(answer.body).not.toMatch(EXCEPTION_TEXT);
      expect(answers.at(-1)!.status).toBe(401);
    } finally {
      await stack.close();
    }
  });
});
