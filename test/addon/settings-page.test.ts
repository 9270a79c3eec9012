/**
 * The built Settings dialog in Debian's chromium with a stand-in google.script.run: when the
 * saved API address was set aside after a rebuild, the dialog shows the address in use and a
 * note naming the old one; otherwise no note.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../addon/server/words.js';
import { launchBrowser } from '../helpers/browser.js';
import { buildOnce, DIST } from './helpers/addon.js';
import { scriptRunStandIn } from './helpers/script-run-stand-in.js';
import { TEST_API_URL } from './helpers/stack.js';

const OLD = 'https://old-api.execute-api.ap-southeast-1.amazonaws.com';
const settings = { apiUrl: TEST_API_URL, planId: 'tu-ky-2024', unitId: null, role: 'reviewer', email: 'van-phong@tuky.local' };
const account = { email: settings.email, admin: false, memberships: [{ planId: 'tu-ky-2024', role: 'reviewer' }], units: [] };
const panel = (extra: object) => ({
  ok: true,
  value: { configured: true, defaultApiUrl: TEST_API_URL, settings, planName: 'Tứ Kỳ 2024', unitName: null, canReport: false, canReview: true, periods: [], currentPeriod: null, ...extra },
});

let browser: Browser;
beforeAll(async () => {
  [, browser] = await Promise.all([buildOnce(), launchBrowser()]);
}, 60_000);
afterAll(() => browser?.close());

async function openSettings(panelAnswer: object): Promise<Page> {
  const page = await browser.newPage({ locale: 'vi-VN' });
  const html = readFileSync(join(DIST, 'Settings.html'), 'utf8').replace('<head>', () => `<head><script>${scriptRunStandIn({ getPanelState: panelAnswer, lookupAccount: { ok: true, value: account } })}</script>`);
  await page.setContent(html);
  await page.waitForFunction(() => document.getElementById('account')!.textContent !== '');
  return page;
}

describe('the Settings dialog', () => {
  it('shows the address in use and why the saved one was set aside', async () => {
    const notice = say('api_url_replaced', 'vi', { saved: OLD, used: TEST_API_URL });
    const page = await openSettings(panel({ apiUrlNotice: notice }));
    expect(await page.inputValue('#api-url')).toBe(TEST_API_URL);
    expect(await page.textContent('#notice')).toBe(notice);
    expect(await page.getAttribute('#notice', 'class')).toBe('status info');
    expect(await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls)).toEqual([
      ['getPanelState', 'vi'],
      ['lookupAccount', TEST_API_URL, 'tu-ky-2024', 'vi'],
    ]);
    await page.close();
  });

  it('shows no note when the saved address is the one in use', async () => {
    const page = await openSettings(panel({}));
    expect([await page.inputValue('#api-url'), await page.textContent('#notice')]).toEqual([TEST_API_URL, '']);
    await page.close();
  });
});
