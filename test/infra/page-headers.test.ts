/**
 * The built page (web/build.ts) under the headers the synthesized distribution sends, with the
 * config.json the stack writes, in Debian's chromium: the page starts and asks for Google's
 * sign-in script with no violation reported; it may call the API's host but no other; an inline
 * script does not run; and no other site can frame it. The server below stands in for CloudFront
 * and S3 only in what they add: the policy's headers, and a Content-Type by file extension.
 */
import type { CfnElement } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScorecardsStack } from '../../infra/scorecards-stack.js';
import { buildWeb } from '../../web/build.js';
import { launchBrowser } from '../helpers/browser.js';
import { testApp } from './synth-app.js';

type Json = Record<string, any>;

// A deploy's values for the template's placeholders.
const DEPLOYED: Record<string, string> = { 'AWS::Region': 'ap-southeast-1', 'AWS::URLSuffix': 'amazonaws.com' };
const API_ID = 'abc123defg';
const API_URL = `https://${API_ID}.execute-api.ap-southeast-1.amazonaws.com/`;
const GIS_SCRIPT = 'https://accounts.google.com/gsi/client';
const CONTENT_TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain' };

let webDir: string;
let headers: Record<string, string>;
let configJson: string;
let server: Server;
let origin: string;
let browser: Browser;

/** The response headers CloudFront adds for this policy, as it writes them. */
function headersOf(policy: Json): Record<string, string> {
  const security = policy.SecurityHeadersConfig;
  const csp = security.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'][1].map((part: string | Json) => (typeof part === 'string' ? part : DEPLOYED[part.Ref]!)).join('');
  const hsts = security.StrictTransportSecurity;
  return {
    'content-security-policy': csp,
    'strict-transport-security': `max-age=${hsts.AccessControlMaxAgeSec}${hsts.IncludeSubdomains ? '; includeSubDomains' : ''}`,
    'x-frame-options': security.FrameOptions.FrameOption,
    'x-content-type-options': 'nosniff',
    'referrer-policy': security.ReferrerPolicy.ReferrerPolicy,
    ...Object.fromEntries(policy.CustomHeadersConfig.Items.map((h: Json) => [h.Header.toLowerCase(), h.Value])),
  };
}

beforeAll(async () => {
  webDir = mkdtempSync(join(tmpdir(), 'web-built-'));
  await buildWeb({ outDir: webDir });
  const app = testApp();
  const stack = new ScorecardsStack(app, 'Headers', { webDir });
  const template = Template.fromStack(stack).toJSON();
  const resources = Object.values(template.Resources as Record<string, Json>);
  headers = headersOf(resources.find((r) => r.Type === 'AWS::CloudFront::ResponseHeadersPolicy')!.Properties.ResponseHeadersPolicyConfig);
  const entry = resources.find((r) => r.Type === 'Custom::CDKBucketDeployment' && !r.Properties.Include)!.Properties;
  const apiId = stack.getLogicalId(stack.api.httpApi.node.defaultChild as CfnElement);
  const values: Record<string, string> = { ...DEPLOYED, [apiId]: API_ID };
  configJson = readFileSync(join(app.outdir, `asset.${entry.SourceObjectKeys[1].replace(/\.zip$/, '')}`, 'config.json'), 'utf8');
  for (const [marker, value] of Object.entries(entry.SourceMarkers[1] as Record<string, Json>)) configJson = configJson.replaceAll(marker, values[value.Ref]!);

  server = createServer((request, response) => {
    const path = new URL(request.url!, 'http://x').pathname;
    // Another site's page that frames ours: it has no headers of ours.
    if (path === '/elsewhere') {
      response.writeHead(200, { 'content-type': 'text/html' }).end(`<iframe src="${origin}/"></iframe>`);
      return;
    }
    const file = path === '/' ? '/index.html' : normalize(path);
    try {
      const body = file === '/config.json' ? configJson : readFileSync(join(webDir, file));
      response.writeHead(200, { ...headers, 'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(403, headers).end(); // S3 behind OAC answers 403 for a missing key
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

async function openPage(): Promise<{ page: Page; violations: string[]; requested: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const violations: string[] = [];
  const requested: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation(t: string): void }).reportViolation(`${e.violatedDirective} ${e.blockedURI}`)),
  );
  // Nothing leaves the machine: Google's script is refused here, after the browser's CSP check.
  await page.route(/^https:\/\/accounts\.google\.com\//, (route) => route.abort());
  await page.route(`${API_URL}**`, (route) =>
    route.fulfill({ status: 401, headers: { 'access-control-allow-origin': origin, 'content-type': 'application/json' }, body: '{"error":{"code":"unauthenticated"}}' }),
  );
  await page.goto(`${origin}/`);
  return { page, violations, requested };
}

describe('the built page under the distribution headers', () => {
  it('sends the page with the headers of the synthesized policy, and config.json with the deployed API URL', () => {
    expect(headers['x-frame-options']).toBe('DENY');
    expect(headers['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
    expect(JSON.parse(configJson)).toEqual({ apiUrl: API_URL, auth: { kind: 'google', clientId: '123456789012-testwebpage.apps.googleusercontent.com' } });
  });

  it('starts, shows sign-in and asks for Google sign-in script, with no CSP violation', async () => {
    const { page, violations, requested } = await openPage();
    await page.waitForSelector('#sign-in:not([hidden])', { timeout: 15_000 });
    await expect.poll(() => requested).toContain(GIS_SCRIPT);
    expect(requested.filter((url) => url.startsWith(origin)).map((url) => new URL(url).pathname)).toEqual(
      expect.arrayContaining(['/', '/config.json', expect.stringMatching(/^\/assets\/main-[A-Z0-9]+\.js$/), expect.stringMatching(/^\/assets\/app-[A-Z0-9]+\.css$/)]),
    );
    expect(violations).toEqual([]);
  });

  it('may fetch the API host, but no other; an inline script does not run', async () => {
    const { page, violations } = await openPage();
    const fetched = (url: string) => page.evaluate((u) => fetch(u).then((r) => `${r.status}`, () => 'blocked'), url);
    expect(await fetched(`${API_URL}v1/me`)).toBe('401');
    expect(violations).toEqual([]);
    expect(await fetched('https://collector.example/steal')).toBe('blocked');
    await expect.poll(() => violations).toEqual(['connect-src https://collector.example/steal']);
    // An inline <script>, as an injection would add one: refused (Playwright's call may reject), and reported.
    await page.addScriptTag({ content: 'document.body.dataset.injected = "ran"' }).catch(() => undefined);
    expect(await page.evaluate(() => document.body.dataset.injected)).toBeUndefined();
    await expect.poll(() => violations.at(-1)).toBe('script-src-elem inline');
  });

  it('cannot be framed by another site', async () => {
    const page = await (await browser.newContext()).newPage();
    // localhost is another origin than 127.0.0.1: a site of its own to the browser.
    await page.goto(`${origin.replace('127.0.0.1', 'localhost')}/elsewhere`);
    const frame = page.frames().find((f) => f !== page.mainFrame())!;
    await frame.waitForLoadState('load');
    // Chromium puts its own error page in the frame instead of ours.
    expect(await frame.$('#sign-in')).toBeNull();
  });
});
