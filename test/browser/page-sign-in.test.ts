/**
 * Signing in to the built leadership page, in Debian's chromium. Dev (the local stack's
 * config.json): demo accounts, and a mistyped email sent back to them. Google: config.json routed
 * to the Google form and Google Identity Services' script routed to a small model of it, which
 * hands the page an ID token the way the real library's callback does. Either way the token
 * stays in the tab's sessionStorage, never localStorage, and signing out removes it.
 */
import type { Page } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { DESKTOP, openReader, waitForScorecard } from './helpers/page-browser.js';

const LEADER = 'lanh-dao@tuky.local';
const CLIENT_ID = '123456789012-page.apps.googleusercontent.com';

/**
 * google.accounts.id as the page uses it (https://developers.google.com/identity/gsi/web/reference/js-reference):
 * initialize({client_id, callback}) keeps the configuration, the last call winning; renderButton
 * draws a button in `parent`; clicking it calls the callback with {credential, select_by}, where
 * credential is the ID token; disableAutoSelect records a sign-out.
 */
function fakeGoogleIdentity(token: string): string {
  return `window.google = { accounts: { id: {
    initialize(config) { window.__gis = { ...(window.__gis ?? { disabled: 0 }), config }; },
    renderButton(parent, options) {
      const button = document.createElement('button');
      button.id = 'fake-google-button';
      button.textContent = 'Sign in with Google';
      button.dataset.locale = options.locale;
      button.onclick = () => window.__gis.config.callback({ credential: ${JSON.stringify(token)}, select_by: 'btn' });
      parent.append(button);
    },
    disableAutoSelect() { window.__gis.disabled += 1; },
  } } };`;
}

const storage = (page: Page) => page.evaluate(() => ({ local: JSON.stringify({ ...localStorage }), session: JSON.stringify({ ...sessionStorage }) }));

describe('signing in to the leadership page', () => {
  let stack: ApiStack;
  let browser: Browser;
  beforeAll(async () => {
    [stack, browser] = await Promise.all([startApiStack({ demo: true, now: 'real' }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('serves the dev config: the API on the same origin, the three demo accounts', async () => {
    const response = await fetch(`${stack.url}/config.json`);
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(await response.json()).toEqual({
      apiUrl: '',
      auth: {
        kind: 'dev',
        demoAccounts: [
          { email: LEADER, role: 'viewer' },
          { email: 'van-phong@tuky.local', role: 'reviewer' },
          { email: 'xa-dai-son@tuky.local', role: 'reporter' },
        ],
      },
    });
  });

  it('sends a mistyped email back to the demo accounts, saying it has no plan', async () => {
    const { page, problems } = await openReader(browser, DESKTOP);
    await page.goto(`${stack.url}/`);
    await page.fill('#sign-in-email', 'lanh-dao@tuky.locl');
    await page.click('#sign-in-form button[type="submit"]');
    await page.waitForSelector('#sign-in-error:not([hidden])');
    expect(await page.textContent('#sign-in-error')).toBe('Tài khoản lanh-dao@tuky.locl chưa được giao kế hoạch nào. Hãy chọn một tài khoản demo:');
    expect(await page.$$eval('button.demo-account', (buttons) => buttons.map((b) => b.dataset.email))).toEqual([LEADER, 'van-phong@tuky.local', 'xa-dai-son@tuky.local']);
    expect(await page.isHidden('#workspace')).toBe(true);
    expect((await storage(page)).session).not.toContain('scorecard.token');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('keeps the dev token in sessionStorage only, and sign-out removes it', async () => {
    const { page, problems } = await openReader(browser, DESKTOP);
    await page.goto(`${stack.url}/`);
    await page.click(`button.demo-account[data-email="${LEADER}"]`);
    await waitForScorecard(page, '2024-Q3');
    const signedIn = await storage(page);
    expect(signedIn.session).toContain('scorecard.token');
    expect(signedIn.local).not.toContain('ey');
    await page.click('#sign-out');
    await page.waitForSelector('#sign-in:not([hidden])');
    expect((await storage(page)).session).toBe('{}');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('signs in with Google Identity Services: the ID token from its callback reaches the API, never localStorage', async () => {
    const token = await stack.token(LEADER);
    // The local stack's CSP allows scripts from itself only; the deployed page's policy (infra/) allows accounts.google.com.
    const { page, problems } = await openReader(browser, { ...DESKTOP, bypassCSP: true });
    await page.route('**/config.json', (route) => route.fulfill({ json: { apiUrl: `${stack.url}/`, auth: { kind: 'google', clientId: CLIENT_ID } } }));
    await page.route('https://accounts.google.com/gsi/client', (route) => route.fulfill({ contentType: 'text/javascript', body: fakeGoogleIdentity(token) }));
    await page.goto(`${stack.url}/`);
    await page.click('#fake-google-button');
    await waitForScorecard(page, '2024-Q3');
    expect(await page.evaluate(() => (window as unknown as { __gis: { config: { client_id: string } } }).__gis.config.client_id)).toBe(CLIENT_ID);
    expect(await page.getAttribute('#fake-google-button', 'data-locale')).toBe('vi');
    expect(await page.textContent('#account-email')).toBe(LEADER);
    // No demo accounts and no email form with Google.
    expect(await page.$$('button.demo-account')).toHaveLength(0);
    expect(await page.isHidden('#sign-in-form')).toBe(true);
    const signedIn = await storage(page);
    expect(signedIn.local).not.toContain(token);
    expect(signedIn.session).toContain(token);
    await page.click('#sign-out');
    await page.waitForSelector('#fake-google-button');
    expect((await storage(page)).session).not.toContain(token);
    expect(await page.evaluate(() => (window as unknown as { __gis: { disabled: number } }).__gis.disabled)).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
