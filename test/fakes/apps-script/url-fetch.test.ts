/**
 * The fake UrlFetchApp against a real HTTP server. The server runs in a worker thread: the fake
 * blocks this thread during a fetch, as Apps Script does. With a manifest allow-list, the server
 * plays an https origin (the prefix rules themselves: url-allowlist.test.ts).
 */
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppsScriptFake, type AppsScriptFake } from './index.js';

let server: Worker;
let base: string;

beforeAll(async () => {
  server = new Worker(new URL('./http-test-server.mjs', import.meta.url));
  const [{ port }] = (await once(server, 'message')) as [{ port: number }];
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.postMessage('close');
  await server.terminate();
});

let fake: AppsScriptFake;
beforeEach(() => {
  fake = createAppsScriptFake({ deadlineMs: 5_000 });
});
afterEach(() => fake.dispose());

/** How many /echo requests the server has handled so far. */
const echoCount = (): number => (JSON.parse(fake.globals.UrlFetchApp.fetch(`${base}/count`).getContentText()) as { echoed: number }).echoed;

const echoOf = (text: string) => JSON.parse(text) as { method: string; path: string; headers: Record<string, string>; body: string };

describe('UrlFetchApp.fetch', () => {
  it('GETs synchronously and sends the headers it is given', () => {
    const response = fake.globals.UrlFetchApp.fetch(`${base}/echo?x=1`, { headers: { Authorization: 'Bearer t0k' } });
    expect(response.getResponseCode()).toBe(200);
    const echo = echoOf(response.getContentText());
    expect(echo).toMatchObject({ method: 'GET', path: '/echo?x=1', body: '' });
    expect(echo.headers.authorization).toBe('Bearer t0k');
    expect(echo.headers['user-agent']).toContain('Google-Apps-Script');
  });

  it('POSTs a string payload with its content type', () => {
    const response = fake.globals.UrlFetchApp.fetch(`${base}/echo`, {
      method: 'post',
      contentType: 'application/json',
      payload: JSON.stringify({ unitId: 'dai-son', n: 3 }),
    });
    const echo = echoOf(response.getContentText());
    expect(echo.method).toBe('POST');
    expect(echo.headers['content-type']).toBe('application/json');
    expect(JSON.parse(echo.body)).toEqual({ unitId: 'dai-son', n: 3 });
  });

  it('form-encodes an object payload', () => {
    const response = fake.globals.UrlFetchApp.fetch(`${base}/echo`, { method: 'post', payload: { a: '1', b: 'x y' } });
    const echo = echoOf(response.getContentText());
    expect(echo.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(echo.body).toBe('a=1&b=x+y');
  });

  it('throws on a status ≥ 400 the way Apps Script words it', () => {
    expect(() => fake.globals.UrlFetchApp.fetch(`${base}/status/409`)).toThrow(
      `Request failed for ${base} returned code 409. Truncated server response: {"error":{"code":"test","message":"status 409"}}`,
    );
  });

  it('returns the error response when muteHttpExceptions is set', () => {
    const response = fake.globals.UrlFetchApp.fetch(`${base}/status/400`, { muteHttpExceptions: true });
    expect(response.getResponseCode()).toBe(400);
    expect(JSON.parse(response.getContentText())).toEqual({ error: { code: 'test', message: 'status 400' } });
  });

  it('follows redirects unless told not to', () => {
    const followed = fake.globals.UrlFetchApp.fetch(`${base}/redirect`);
    expect(echoOf(followed.getContentText()).path).toBe('/echo?redirected=1');
    const notFollowed = fake.globals.UrlFetchApp.fetch(`${base}/redirect`, { followRedirects: false });
    expect(notFollowed.getResponseCode()).toBe(302);
    expect(notFollowed.getHeaders()).toMatchObject({ Location: '/echo?redirected=1' });
  });

  it("keeps the server's header spelling, and lists repeated headers in getAllHeaders", () => {
    const response = fake.globals.UrlFetchApp.fetch(`${base}/cookies`);
    expect(response.getHeaders()).toMatchObject({ 'X-Mixed-Case': 'yes', 'Set-Cookie': 'b=2' });
    expect(response.getAllHeaders()).toMatchObject({ 'Set-Cookie': ['a=1', 'b=2'] });
    expect(response.getBlob().getDataAsString()).toBe('ok');
  });

  it('throws "Address unavailable" when nothing listens', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    expect(() => fake.globals.UrlFetchApp.fetch(`http://127.0.0.1:${port}/`)).toThrow(`Address unavailable: http://127.0.0.1:${port}/`);
  });

  it('rejects a URL that is not one', () => {
    expect(() => fake.globals.UrlFetchApp.fetch('not a url')).toThrow('Invalid argument: not a url');
  });
});

describe('timeouts', () => {
  it('throws "Timeout" when the server does not answer within deadlineMs', () => {
    const slow = createAppsScriptFake({ deadlineMs: 300 });
    try {
      expect(() => slow.globals.UrlFetchApp.fetch(`${base}/hang`)).toThrow(`Timeout: ${base}/hang`);
      expect(slow.http.requests.map((r) => r.outcome)).toEqual(['timeout']);
    } finally {
      void slow.dispose();
    }
  });

  it('queueTimeout() lets the server handle the request but loses the answer', () => {
    const before = echoCount();
    fake.http.queueTimeout();
    expect(() => fake.globals.UrlFetchApp.fetch(`${base}/echo`, { method: 'post', payload: 'first' })).toThrow(`Timeout: ${base}/echo`);
    expect(echoCount() - before).toBe(1); // the server did handle the POST whose answer was lost
    expect(fake.http.requests.map((r) => [r.method, r.payload, r.outcome])).toEqual([
      ['GET', '', 'response'],
      ['POST', 'first', 'timeout'],
      ['GET', '', 'response'],
    ]);
  });

  it('queueTimeout({ deliver: false }) sends nothing', () => {
    const before = echoCount();
    fake.http.queueTimeout({ deliver: false });
    expect(() => fake.globals.UrlFetchApp.fetch(`${base}/echo`)).toThrow(`Timeout: ${base}/echo`);
    expect(echoCount()).toBe(before);
  });
});

describe('fetchAll and billing', () => {
  it('returns the responses in request order', () => {
    const responses = fake.globals.UrlFetchApp.fetchAll([`${base}/echo`, { url: `${base}/status/404`, muteHttpExceptions: true }]);
    expect(responses.map((r) => r.getResponseCode())).toEqual([200, 404]);
  });

  it('bills the fetch and each call on its response', () => {
    fake.calls.reset();
    fake.globals.UrlFetchApp.fetch(`${base}/echo`).getContentText();
    expect(fake.calls.byMethod).toEqual({ 'UrlFetchApp.fetch': 1, 'HTTPResponse.getContentText': 1 });
  });
});

describe("the manifest's urlFetchWhitelist", () => {
  const API = 'https://api.example.test';
  const refusal = (url: string) => `Request to ${url} failed because the URL has not been whitelisted in the script manifest.`;
  let listed: AppsScriptFake;
  beforeEach(() => {
    listed = createAppsScriptFake({ urlFetchWhitelist: [`${API}/`], network: { [API]: base } });
  });
  afterEach(() => listed.dispose());

  it('lets an allow-listed https URL through, to the local server that plays its origin', () => {
    const echo = echoOf(listed.globals.UrlFetchApp.fetch(`${API}/echo?x=1`).getContentText());
    expect(echo).toMatchObject({ method: 'GET', path: '/echo?x=1' });
    expect(listed.http.requests.map((r) => [r.url, r.status])).toEqual([[`${API}/echo?x=1`, 200]]);
  });

  it('refuses plain http, another host and the bare local address, before sending anything', () => {
    const before = echoCount();
    for (const url of ['http://api.example.test/echo', 'https://evil.example.test/echo', 'https://api.example.test.evil.example/echo', `${base}/echo`]) {
      expect(() => listed.globals.UrlFetchApp.fetch(url), url).toThrow(refusal(url));
    }
    expect(() => listed.globals.UrlFetchApp.fetchAll([`${API}/echo`, 'http://api.example.test/echo'])).toThrow(refusal('http://api.example.test/echo'));
    expect(listed.http.requests).toEqual([]);
    expect(echoCount()).toBe(before);
  });
});
