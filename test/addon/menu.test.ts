/**
 * The menu and the answers of an add-in that is not set up yet, run from the built Code.js.
 * onOpen runs in AuthMode.NONE for a file that has not enabled the add-on: it may only build the
 * menu, so it must not touch properties, the spreadsheet or Session.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildOnce, openAddon, type AddonSession } from './helpers/addon.js';
import { TEST_API_URL } from './helpers/stack.js';

let session: AddonSession;
beforeAll(() => buildOnce(), 60_000);
afterEach(() => session?.fake.dispose());

describe('onOpen', () => {
  it('builds the add-on menu with Ui calls only, so it works in AuthMode.NONE', () => {
    session = openAddon({});
    session.run('onOpen', { authMode: 'NONE' });
    expect(session.fake.calls.sequence.every((call) => /^(SpreadsheetApp\.getUi|Ui\.createAddonMenu|Menu\.\w+)$/.test(call))).toBe(true);
    expect(session.fake.calls.document).toBe(0);
    const [menu] = session.fake.ui.menus;
    const items = menu!.items.filter((i): i is { caption: string; functionName: string } => 'functionName' in i);
    expect(items.map((i) => i.functionName)).toEqual([
      'menuOpenPanel', 'menuInsertTemplate', 'menuCheck', 'menuSubmit', 'menuShowScorecard', 'menuWriteScorecardSheet', 'menuExportReport', 'menuSetUpPlan', 'menuSavePlan', 'menuSettings',
    ]);
    expect(items[3]!.caption).toBe('Gửi báo cáo / Submit the report');
    for (const item of items) expect(typeof session.context[item.functionName], item.functionName).toBe('function');
  });

  it('is what onInstall does too', () => {
    session = openAddon({});
    session.run('onInstall', { authMode: 'FULL' });
    expect(session.fake.ui.menus).toHaveLength(1);
  });
});

describe('before the settings are saved', () => {
  it('a menu item answers in an alert in the user\'s language, not with an error', () => {
    session = openAddon({ locale: 'en_US' });
    session.run('menuCheck');
    expect(session.fake.ui.questions.map((q) => q.prompt)).toEqual(['Not set up yet: open "Settings" to enter the API address and choose the plan.']);
  });

  it('the panel offers the settings, with the build\'s API address', () => {
    session = openAddon({});
    expect(session.call('getPanelState', 'vi')).toMatchObject({ configured: false, defaultApiUrl: TEST_API_URL, periods: [] });
    expect(session.outcome('checkReport', '2024-Q4', 'vi')).toEqual({
      ok: false,
      error: { code: 'not_configured', message: 'Chưa cài đặt: mở "Cài đặt" để nhập địa chỉ API và chọn kế hoạch.', issues: [], status: null },
    });
  });

  it('opens the pages from the project\'s HTML files', () => {
    session = openAddon({});
    session.run('menuOpenPanel');
    session.run('menuShowScorecard');
    session.run('menuSettings');
    expect(session.fake.ui.dialogs.map((d) => [d.kind, d.title, d.content.includes('<script>')])).toEqual([
      ['sidebar', 'Báo cáo TTHC', true],
      ['sidebar', 'Bảng điểm KPI', true],
      ['modal', 'Cài đặt / Settings', true],
    ]);
  });

  it('refuses an API address that is not https (more in settings-address.test.ts)', () => {
    session = openAddon({});
    expect(session.outcome('saveSettings', { apiUrl: 'http://api.example.com' }, 'vi')).toMatchObject({ ok: false, error: { code: 'api_url_not_https' } });
  });
});
