/**
 * The API address in Settings, with the built add-in and the local stack behind TEST_API_URL.
 * UrlFetch runs on Google's servers and reaches only the manifest's https allow-list, so Settings
 * refuses http, hosts of the user's own machine or network, and any other API, each with its own
 * message; and a spreadsheet saved before the add-in was rebuilt for another API keeps working.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, openAddon, type AddonSession } from './helpers/addon.js';
import { startAddonStack, TEST_API_URL, type AddonStack } from './helpers/stack.js';

const REVIEWER = 'van-phong@tuky.local';
const PLAN = 'tu-ky-2024';
let stack: AddonStack;
let office: AddonSession;

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack()]);
  office = openAddon({ userEmail: REVIEWER, ...stack.reachable });
}, 90_000);

afterAll(async () => {
  await office?.fake.dispose();
  await stack?.stop();
});

const refusal = (apiUrl: string, lang: 'vi' | 'en' = 'vi') => {
  const outcome = office.outcome('saveSettings', { apiUrl, planId: PLAN }, lang);
  return outcome.ok ? 'saved' : [outcome.error.code, outcome.error.message];
};

describe('Settings refuses an address UrlFetch can never reach', () => {
  it('http, in Vietnamese and in English', () => {
    expect(refusal(`http://api.tthc-scorecards.test`)).toEqual(['api_url_not_https', 'Địa chỉ API phải bắt đầu bằng https://: Apps Script chỉ gọi được địa chỉ https.']);
    expect(refusal(`http://api.tthc-scorecards.test`, 'en')).toEqual(['api_url_not_https', 'The API address must start with https://: Apps Script calls only https addresses.']);
    expect(office.outcome('lookupAccount', stack.url, null, 'en')).toMatchObject({ ok: false, error: { code: 'api_url_not_https' } });
  });

  it("the user's own machine or network, even over https", () => {
    const local = ['https://localhost:8787', 'https://127.0.0.1', 'https://10.1.2.3/v1', 'https://192.168.1.20', 'https://172.20.0.5', 'https://[::1]:8443', 'https://nas.local', 'https://intranet'];
    expect(local.map((url) => refusal(url)[0])).toEqual(local.map(() => 'api_url_local'));
    expect(refusal('https://localhost:8787', 'en')[1]).toBe(
      "That address exists only on your computer or local network; the add-in runs on Google's servers and cannot reach it. Enter the deployed API's address.",
    );
  });

  it('another API than the one in the manifest, naming both', () => {
    expect(refusal('https://abc123.execute-api.ap-southeast-1.amazonaws.com', 'en')).toEqual([
      'api_url_not_allowed',
      `This version of the add-in may call only ${TEST_API_URL} (the allow-list in its manifest), not https://abc123.execute-api.ap-southeast-1.amazonaws.com. To use another API, rebuild the add-in with a new ADDON_API_URL.`,
    ]);
    // A look-alike host is another host: the allow-list compares the whole origin.
    expect(refusal('https://api.tthc-scorecards.test.evil.example')[0]).toBe('api_url_not_allowed');
    expect(refusal('not an address')[0]).toBe('invalid_api_url');
    expect(office.fake.http.requests).toEqual([]);
  });

  it('saves the allowed address, written as typed with a trailing slash and capitals in the host', () => {
    const saved = office.call('saveSettings', { apiUrl: ' https://API.tthc-scorecards.test/ ', planId: PLAN }, 'vi');
    expect(saved.settings).toMatchObject({ apiUrl: TEST_API_URL, planId: PLAN, role: 'reviewer' });
    expect(office.fake.http.requests.map((r) => r.url)).toEqual([`${TEST_API_URL}/v1/me`, `${TEST_API_URL}/v1/plans/${PLAN}`]);
  });
});

describe('a spreadsheet saved for an API the add-in was since rebuilt away from', () => {
  const OLD = 'https://old-api.execute-api.ap-southeast-1.amazonaws.com';

  it('calls the built API instead of failing, and Settings says so until saved again', () => {
    const settings = JSON.parse(office.fake.properties.document.get('settings')!) as Record<string, unknown>;
    office.fake.properties.document.set('settings', JSON.stringify({ ...settings, apiUrl: OLD }));
    office.fake.http.clear();

    const status = office.call('getPeriodStatus', '2024-Q4', 'vi');
    expect(status.summary.expected).toBe(35);
    expect(office.fake.http.requests.map((r) => r.url)).toEqual([`${TEST_API_URL}/v1/plans/${PLAN}/periods/2024-Q4/status`]);

    const panel = office.call('getPanelState', 'en');
    expect(panel.settings?.apiUrl).toBe(TEST_API_URL);
    expect(panel.apiUrlNotice).toBe(`The saved address ${OLD} is no longer allowed by this version of the add-in; it uses ${TEST_API_URL} instead. Press "Save" to keep that.`);
    expect(office.call('getPanelState', 'vi').apiUrlNotice).toBe(
      `Địa chỉ đã lưu ${OLD} không còn được phiên bản add-in này cho phép; add-in đang dùng ${TEST_API_URL}. Bấm "Lưu" để ghi lại.`,
    );

    office.call('saveSettings', { apiUrl: panel.settings!.apiUrl, planId: PLAN }, 'vi');
    expect(office.call('getPanelState', 'en')).not.toHaveProperty('apiUrlNotice');
  });
});
