/**
 * "Tải biểu 06 (xlsx)" and "Tải dự thảo báo cáo (docx)" on the leadership page (issue 13), on the
 * local stack with a small 2025 plan: Xã A and Phòng D in group g1 "Cụm Bắc", Xã B in g2 "Cụm
 * Nam"; all three reported Q1 and Q2. The page fetches with its bearer token and saves the answer
 * under the server's name; the tests catch the browser's download and open the file: an xlsx and
 * a docx are zip archives ("PK"), and the workbook names the period's dates and its scope's units.
 * Desktop and phone; screenshots go to test-artifacts/.
 */
import { readFile } from 'node:fs/promises';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_EMAIL, seedPlan } from '../helpers/api-stack.js';
import { docxParagraphs } from '../helpers/docx-text.js';
import { reportA, reportB, reportD } from '../helpers/fixtures.js';
import { workbookText } from '../helpers/xlsx-text.js';
import { ARTIFACTS, demoSuite } from './helpers/demo-suite.js';
import { DESKTOP, fitsWidth, openReader, PHONE, waitForScorecard, type ReaderPage } from './helpers/page-browser.js';

const PLAN = 'xuat-2025';
const Q1 = '2025-Q1';
const Q2 = '2025-Q2';
const H1 = '2025-H1';
const LEADER = 'lanh-dao@xuat.local';
const REPORTER = 'xa-b@xuat.local';
/** A viewer whose access is taken away while the page is open. */
const LEAVING = 'tam-thoi@xuat.local';
/** After Q2's deadline (17 Jun 2025), before Q3's: the page opens on Q2. */
const JULY = '2025-07-20T09:00:00+07:00';

const plan = {
  id: PLAN,
  name: 'Huyện Xuất 2025',
  year: 2025,
  groups: [
    { id: 'g1', name: 'Cụm Bắc' },
    { id: 'g2', name: 'Cụm Nam' },
  ],
  units: [
    { id: 'xa-a', name: 'Xã A', kind: 'commune', groups: ['g1'], tags: ['one-stop-office', 'certification'] },
    { id: 'phong-d', name: 'Phòng D', kind: 'agency', groups: ['g1'] },
    { id: 'xa-b', name: 'Xã B', kind: 'commune', groups: ['g2'], tags: ['one-stop-office'] },
  ],
  fields: [
    { id: 'ho-tich', name: 'Hộ tịch' },
    { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
    { id: 'chung-thuc', name: 'Chứng thực' },
  ],
};

interface Saved {
  name: string;
  bytes: Buffer;
  /** The request the page sent for it. */
  url: URL;
}

/** Clicks an export button and waits for the browser to save the file. */
async function download(page: Page, buttonId: string): Promise<Saved> {
  const [saved, request] = await Promise.all([
    page.waitForEvent('download'),
    page.waitForRequest((r) => r.url().includes('/exports/')),
    page.click(`#${buttonId}`),
  ]);
  const path = await saved.path();
  return { name: saved.suggestedFilename(), bytes: await readFile(path), url: new URL(request.url()) };
}

describe('the page offers the period’s form 06 and draft report as files', () => {
  const suite = demoSuite(JULY);

  async function signedIn(options: BrowserContextOptions, email = LEADER, path = '/'): Promise<ReaderPage> {
    const reader = await openReader(suite.browser, options);
    await reader.page.clock.setFixedTime(new Date(JULY));
    await reader.page.goto(`${suite.stack.url}${path}`);
    await reader.page.fill('#sign-in-email', email);
    await reader.page.press('#sign-in-email', 'Enter');
    await waitForScorecard(reader.page, Q2);
    return reader;
  }

  beforeAll(async () => {
    await seedPlan(suite.stack, plan, [
      { email: LEADER, role: 'viewer' },
      { email: REPORTER, role: 'reporter', unitId: 'xa-b' },
      { email: LEAVING, role: 'viewer' },
    ]);
    const admin = await suite.stack.token(ADMIN_EMAIL);
    for (const [period, at] of [[Q1, '2025-03-10T09:00:00+07:00'], [Q2, '2025-06-10T09:00:00+07:00']] as const) {
      suite.stack.setNow(at);
      for (const [unitId, data] of [['xa-a', reportA()], ['phong-d', reportD()], ['xa-b', reportB()]] as const) {
        const sent = await suite.stack.api('POST', `/v1/plans/${PLAN}/reports`, { token: admin, body: { unitId, period, data } });
        expect(sent.status, sent.text).toBe(201);
      }
    }
    suite.stack.setNow(JULY);
    for (const period of [Q2, H1]) {
      const computed = await suite.stack.api('POST', `/v1/plans/${PLAN}/scorecards/${period}/compute`, { token: admin });
      expect(computed.status, computed.text).toBe(200);
    }
  }, 60_000);

  it('saves Q2’s workbook and report under the server’s names, then H1’s (a derived period), whole plan (desktop)', async () => {
    const { page, problems } = await signedIn(DESKTOP);
    expect(await page.isVisible('#exports')).toBe(true);
    expect(await page.textContent('#export-form-06')).toBe('Tải biểu 06 (xlsx)');
    expect(await page.textContent('#export-report')).toBe('Tải dự thảo báo cáo (docx)');
    await page.locator('.header-panel').screenshot({ path: `${ARTIFACTS}/exports-buttons-desktop.png` });

    const form = await download(page, 'export-form-06');
    expect(form.url.pathname).toBe(`/v1/plans/${PLAN}/exports/${Q2}/form-06.xlsx`);
    expect(form.url.search).toBe('');
    expect(form.name).toMatch(/\.xlsx$/);
    expect(form.name).toContain(Q2);
    expect(form.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // A quarter runs from the 15th of the month before it to the 14th of its last month
    // (shared/calendar.ts): Q2 2025 is 15/03/2025 – 14/06/2025. The whole plan has all three units.
    const q2 = await workbookText(form.bytes);
    expect(q2).toContain('Từ ngày 15/03/2025 đến ngày 14/06/2025');
    for (const unit of ['Xã A', 'Phòng D', 'Xã B']) expect(q2).toContain(unit);

    const report = await download(page, 'export-report');
    expect(report.url.pathname).toBe(`/v1/plans/${PLAN}/exports/${Q2}/report.docx`);
    expect(report.name).toMatch(/\.docx$/);
    expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await docxParagraphs(report.bytes)).toContain('(Số liệu từ ngày 15/03/2025 đến ngày 14/06/2025)');

    // H1 is Q1 + Q2: from Q1's first day, 15/12/2024, to Q2's last, 14/06/2025.
    await page.selectOption('#period-select', H1);
    await waitForScorecard(page, H1);
    const half = await download(page, 'export-form-06');
    expect(half.url.pathname).toBe(`/v1/plans/${PLAN}/exports/${H1}/form-06.xlsx`);
    expect(half.name).toContain(H1);
    const h1 = await workbookText(half.bytes);
    expect(h1).toContain('Từ ngày 15/12/2024 đến ngày 14/06/2025');
    const halfReport = await download(page, 'export-report');
    expect(halfReport.url.pathname).toBe(`/v1/plans/${PLAN}/exports/${H1}/report.docx`);
    expect(halfReport.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(await docxParagraphs(halfReport.bytes)).toContain('(Số liệu từ ngày 15/12/2024 đến ngày 14/06/2025)');
    expect(await page.isHidden('#export-error')).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('in a group’s scope asks for that group: g1’s workbook has Xã A and Phòng D, not Xã B', async () => {
    const { page, problems } = await signedIn(DESKTOP, LEADER, `/?plan=${PLAN}&period=${Q2}&scope=group:g1`);
    await page.waitForSelector('body[data-state="ready"] #scorecard[data-scope="group:g1"]');
    const form = await download(page, 'export-form-06');
    expect(form.url.searchParams.get('group')).toBe('g1');
    const text = await workbookText(form.bytes);
    expect(text).toContain('Xã A');
    expect(text).toContain('Phòng D');
    expect(text).not.toContain('Xã B');
    const report = await download(page, 'export-report');
    expect(report.url.searchParams.get('group')).toBe('g1');
    expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('on a phone (en) the buttons fit the width and save the file', async () => {
    const { page, problems } = await signedIn(PHONE);
    await page.click('button[data-lang="en"]');
    await waitForScorecard(page, Q2, 'en');
    expect(await page.textContent('#export-form-06')).toBe('Download form 06 (xlsx)');
    expect(await page.textContent('#export-report')).toBe('Download the draft report (docx)');
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('.header-panel').screenshot({ path: `${ARTIFACTS}/exports-buttons-phone-en.png` });
    const report = await download(page, 'export-report');
    expect(report.name).toMatch(/\.docx$/);
    expect(report.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a reporter gets the buttons too, and the API answers its own unit’s figures only (phone, vi)', async () => {
    const { page, problems } = await signedIn(PHONE, REPORTER);
    await page.locator('.header-panel').screenshot({ path: `${ARTIFACTS}/exports-buttons-phone-vi.png` });
    const form = await download(page, 'export-form-06');
    expect(form.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const text = await workbookText(form.bytes);
    expect(text).toContain('Xã B');
    expect(text).not.toContain('Xã A');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('says why when the API refuses (access taken away meanwhile), in the page’s error line, and saves nothing', async () => {
    const { page, problems } = await signedIn(DESKTOP, LEAVING);
    const removed = await suite.stack.api('DELETE', `/v1/plans/${PLAN}/members/${encodeURIComponent(LEAVING)}`, { token: await suite.stack.token(ADMIN_EMAIL) });
    expect(removed.status, removed.text).toBeLessThan(300);
    let downloads = 0;
    page.on('download', () => downloads++);
    await page.click('#export-form-06');
    await page.waitForSelector('#export-error:not([hidden])');
    expect(await page.textContent('#export-error')).toBe('Không tải được tệp: Bạn không có quyền thực hiện thao tác này.');
    expect(await page.textContent('#export-form-06')).toBe('Tải biểu 06 (xlsx)');
    expect(await page.isEnabled('#export-form-06')).toBe(true);
    await page.locator('.header-panel').screenshot({ path: `${ARTIFACTS}/exports-error-desktop.png` });
    expect(downloads).toBe(0);
    // The refusal itself, as the network and the console saw it: nothing else went wrong.
    expect(problems).toEqual([`403 /v1/plans/${PLAN}/exports/${Q2}/form-06.xlsx`, 'Failed to load resource: the server responded with a status of 403 (Forbidden)']);
    await page.context().close();
  });
});
