/**
 * The reminder outbox on the built page (issue 15), with the Tứ Kỳ 2024 demo on 18 September 2024,
 * the day after Q3's deadline: Xã Hà Thanh has not reported. An administrator of the local stack
 * runs today's reminders from the page and reads the mails; the office's chase list then says when
 * Xã Hà Thanh was last reminded. Other readers never see the outbox. Desktop and phone;
 * screenshots go to test-artifacts/.
 */
import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../helpers/api-stack.js';
import { ARTIFACTS, demoSuite } from './helpers/demo-suite.js';
import { DESKTOP, fitsWidth, openReader, PHONE, waitForScorecard } from './helpers/page-browser.js';

const DAY_AFTER = '2024-09-18T08:00:00+07:00';
const REVIEWER = 'van-phong@tuky.local';

describe('the reminder outbox on the local page', () => {
  const suite = demoSuite(DAY_AFTER);

  async function signedIn(options: BrowserContextOptions, email: string) {
    const reader = await openReader(suite.browser, options);
    await reader.page.clock.setFixedTime(new Date(DAY_AFTER));
    await reader.page.goto(`${suite.stack.url}/`);
    await reader.page.fill('#sign-in-email', email);
    await reader.page.press('#sign-in-email', 'Enter');
    await waitForScorecard(reader.page, '2024-Q3');
    return reader;
  }

  it('an administrator runs the reminders and reads the mails; the chase list shows the last reminder (desktop)', async () => {
    const { page, problems } = await signedIn(DESKTOP, ADMIN_EMAIL);
    await page.waitForSelector('#reminder-outbox:not([hidden])');
    expect(await page.textContent('#reminder-outbox h2')).toBe('Thư nhắc (cục bộ)');
    expect(await page.textContent('#reminder-outbox')).toContain('Chưa có thư nhắc nào.');

    await page.click('#outbox-run');
    // Xã Hà Thanh's reporter, then the office's list: 2 mails, newest first.
    await page.waitForSelector('#reminder-outbox .outbox-notice:text("Đã gửi 2 thư.")');
    const subjects = await page.$$eval('#reminder-outbox .outbox-mails summary strong', (nodes) => nodes.map((n) => n.textContent));
    expect(subjects).toEqual(['[Quá hạn] 1 đơn vị chưa nộp báo cáo Quý 3/2024', '[Quá hạn] Báo cáo Quý 3/2024 của Xã Hà Thanh chưa được nộp']);
    await page.click('#reminder-outbox .outbox-mails li:nth-child(2) summary');
    expect(await page.textContent('#reminder-outbox .outbox-mails li:nth-child(2) pre')).toContain('đã quá hạn 23:59 ngày 17/09/2024');

    // The chase list, read again: 08:00 Vietnam time is when the run sent it.
    await page.reload();
    await waitForScorecard(page, '2024-Q3');
    await page.click('#review-queue [data-group="missing"] summary');
    await page.waitForSelector('#review-queue [data-group="missing"] [data-unit="xa-ha-thanh"] .last-reminded');
    expect(await page.textContent('#review-queue [data-group="missing"] [data-unit="xa-ha-thanh"]')).toBe('Xã Hà Thanh · nhắc lần cuối 18/09/2024 08:00');
    await page.click('#reminder-outbox .outbox-mails li:nth-child(1) summary');
    await page.locator('#reminder-outbox').screenshot({ path: `${ARTIFACTS}/reminders-outbox-desktop-vi.png` });
    await page.locator('#review-queue').screenshot({ path: `${ARTIFACTS}/reminders-chase-list-desktop-vi.png` });
    expect(await fitsWidth(page)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('fits a phone, and the office (not an administrator) does not see the outbox', async () => {
    const admin = await signedIn(PHONE, ADMIN_EMAIL);
    await admin.page.waitForSelector('#reminder-outbox:not([hidden]) .outbox-mails');
    await admin.page.click('#reminder-outbox .outbox-mails li:nth-child(2) summary');
    await admin.page.locator('#reminder-outbox').screenshot({ path: `${ARTIFACTS}/reminders-outbox-phone-vi.png` });
    expect(await fitsWidth(admin.page)).toBe(true);

    const office = await signedIn(DESKTOP, REVIEWER);
    await office.page.waitForSelector('#review-queue:not([hidden])');
    expect(await office.page.isHidden('#reminder-outbox')).toBe(true);
    expect(office.problems).toEqual([]);
  });
});
