/**
 * The built leadership page for each role, with the Tứ Kỳ 2024 demo on 1 Oct 2024 (Q3's deadline
 * has passed; 34 of 35 units reported, Xã Hà Thanh did not; Xã Tân Kỳ and Xã Quang Khải were
 * late; no Q3 report has been reviewed yet). The office reviews from its queue and confirms before
 * computing without every report; a unit reads its returned report with the comment; the leader's
 * view has neither; an administrator sees what the office sees. Desktop and phone, vi and en;
 * screenshots go to test-artifacts/.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ADMIN_EMAIL } from '../helpers/api-stack.js';
import { ARTIFACTS, demoSuite } from './helpers/demo-suite.js';
import { DESKTOP, fitsWidth, openReader, PHONE, waitForScorecard, type ReaderPage } from './helpers/page-browser.js';

const OCTOBER = '2024-10-01T09:00:00+07:00';
const PLAN = 'tu-ky-2024';
const REVIEWER = 'van-phong@tuky.local';
const REPORTER = 'xa-dai-son@tuky.local';
const COMMENT = 'Thiếu số liệu phản ánh, kiến nghị quý 3, đề nghị bổ sung.';

const text = (page: Page, selector: string) => page.textContent(selector).then((s) => s?.trim());
const groupTitle = (page: Page, group: string) => text(page, `#review-queue [data-group="${group}"] summary`);
const queueUnits = (page: Page, group: string) => page.$$eval(`#review-queue [data-group="${group}"] [data-unit]`, (nodes) => nodes.map((n) => (n as HTMLElement).dataset.unit));

describe('the leadership page for each role', () => {
  const suite = demoSuite(OCTOBER);

  async function signedIn(options: BrowserContextOptions, email: string, lang: 'vi' | 'en' = 'vi'): Promise<ReaderPage> {
    const reader = await openReader(suite.browser, options);
    await reader.page.clock.setFixedTime(new Date(OCTOBER));
    await reader.page.goto(`${suite.stack.url}/`);
    if (lang === 'en') await reader.page.click('button[data-lang="en"]');
    const demo = await reader.page.$(`button.demo-account[data-email="${email}"]`);
    if (demo) await demo.click();
    else {
      await reader.page.fill('#sign-in-email', email);
      await reader.page.press('#sign-in-email', 'Enter');
    }
    await waitForScorecard(reader.page, '2024-Q3', lang);
    return reader;
  }

  async function reviewStatus(unitId: string): Promise<string> {
    const token = await suite.stack.token(REVIEWER);
    const status = await suite.stack.api('GET', `/v1/plans/${PLAN}/periods/2024-Q3/status`, { token });
    return status.body.units.find((u: { unitId: string }) => u.unitId === unitId).status;
  }

  it('the office accepts a report from its queue, by keyboard, and the queue follows (desktop, vi)', async () => {
    const { page, problems } = await signedIn(DESKTOP, REVIEWER);
    await page.waitForSelector('#review-queue[data-period="2024-Q3"]');
    expect(await groupTitle(page, 'submitted')).toBe('Chờ rà soát (34)');
    expect(await groupTitle(page, 'returned')).toBe('Đã trả lại (0)');
    expect(await groupTitle(page, 'accepted')).toBe('Đã chấp nhận (0)');
    expect(await queueUnits(page, 'late')).toEqual(['xa-tan-ky', 'xa-quang-khai']);
    expect(await queueUnits(page, 'missing')).toEqual(['xa-ha-thanh']);

    await page.focus('#review-queue [data-group="submitted"] button[data-unit="xa-tan-ky"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#review-detail[data-unit="xa-tan-ky"]:not([hidden])');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Báo cáo của Xã Tân Kỳ');
    expect(await text(page, '#review-detail .report-status')).toBe('Lần gửi 1 · Trễ hạn · chờ duyệt');
    expect(await text(page, '#review-detail .report-warnings h4')).toMatch(/^Cảnh báo \(\d+\)$/);
    // The rows its warnings name are marked among the figures.
    const warned = await page.$$eval('#review-detail .report-warnings li', (items) => items.map((i) => i.getAttribute('data-path')));
    expect(warned.length).toBeGreaterThan(0);
    expect(await page.$$eval('#review-detail tr.figure-warned', (rows) => rows.map((r) => r.getAttribute('data-path')))).toEqual(warned);
    // A warning names the figure in the template's words, not by its path.
    expect(await text(page, '#review-detail .report-warnings li[data-path="digital.eCertifiedCopies"]')).toBe(
      '"Trong đó: bản sao chứng thực điện tử" thay đổi bất thường so với quý trước (0 → 93).',
    );
    // Beside Q3's figures, Q2's: three columns, the previous one filled from Xã Tân Kỳ's Q2 report.
    const q2 = (await suite.stack.api('GET', `/v1/plans/${PLAN}/reports/2024-Q2/xa-tan-ky`, { token: await suite.stack.token(REVIEWER) })).body;
    const q2Received = q2.data.dossiers.reduce((sum: number, row: { online: number; direct: number }) => sum + row.online + row.direct, 0);
    expect(await page.$$eval('#review-detail .figures-table thead th', (cells) => cells.map((c) => c.textContent))).toEqual(['Số liệu', 'Kỳ này', 'Kỳ trước']);
    expect(await text(page, '#review-detail .figures-table tbody tr:first-child td:last-child')).toBe(q2Received.toLocaleString('de-DE'));
    await page.$eval('#review-detail', (node) => node.scrollIntoView());
    await page.screenshot({ path: `${ARTIFACTS}/roles-reviewer-desktop-vi.png` });

    // Returning needs a comment; nothing is sent without one.
    await page.click('#review-detail button[data-decision="return"]');
    expect(await text(page, '#review-detail .error')).toBe('Hãy ghi ý kiến để đơn vị biết cần sửa gì.');
    expect(await reviewStatus('xa-tan-ky')).toBe('submitted');

    await page.focus('#review-detail button[data-decision="accept"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#review-notice:not([hidden])');
    expect(await text(page, '#review-notice')).toBe('Đã chấp nhận báo cáo của Xã Tân Kỳ.');
    expect(await groupTitle(page, 'submitted')).toBe('Chờ rà soát (33)');
    expect(await groupTitle(page, 'accepted')).toBe('Đã chấp nhận (1)');
    expect(await queueUnits(page, 'accepted')).toEqual(['xa-tan-ky']);
    expect(await page.isHidden('#review-detail')).toBe(true);
    expect(await reviewStatus('xa-tan-ky')).toBe('accepted');
    expect(await fitsWidth(page)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('asks before computing a scorecard without every report; Esc cancels, “Compute anyway” computes (desktop, en)', async () => {
    const { page, problems } = await signedIn(DESKTOP, REVIEWER, 'en');
    const computes: string[] = [];
    page.on('request', (request) => request.method() === 'POST' && request.url().endsWith('/compute') && computes.push(request.url()));
    await page.click('#recompute');
    await page.waitForSelector('#compute-confirm[open]');
    expect(await text(page, '#compute-confirm-title')).toBe('Compute the scorecard without every report?');
    expect(await text(page, '#compute-confirm-text')).toBe('34 of 35 reports received, 1 not sent yet. The scorecard will be provisional.');
    // Cancel has the focus: Enter alone does not compute.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('compute-cancel');
    await page.screenshot({ path: `${ARTIFACTS}/roles-compute-confirm-desktop-en.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#compute-confirm:not([open])', { state: 'attached' });
    expect(computes).toEqual([]);

    await page.click('#recompute');
    await page.click('#compute-go');
    await page.waitForResponse((response) => response.url().endsWith('/v1/plans/tu-ky-2024/scorecards/2024-Q3/compute') && response.status() === 200);
    await waitForScorecard(page, '2024-Q3', 'en');
    expect(computes).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a unit reads its returned report with the comment, its row pinned first, its KPIs beside the district (desktop, vi then en)', async () => {
    const reviewer = await suite.stack.token(REVIEWER);
    const returned = await suite.stack.api('POST', `/v1/plans/${PLAN}/reports/2024-Q3/xa-dai-son/review`, { token: reviewer, body: { decision: 'return', comment: COMMENT, version: 1 } });
    expect(returned.status, returned.text).toBe(200);
    const report = (await suite.stack.api('GET', `/v1/plans/${PLAN}/reports/2024-Q3/xa-dai-son`, { token: reviewer })).body;
    const received = report.data.dossiers.reduce((sum: number, row: { online: number; direct: number }) => sum + row.online + row.direct, 0);

    const { page, problems } = await signedIn(DESKTOP, REPORTER);
    await page.waitForSelector('#my-report:not([hidden]) .returned-note');
    expect(await text(page, '#my-report h2')).toBe('Báo cáo của đơn vị: Xã Đại Sơn');
    expect(await text(page, '#my-report .returned-title')).toBe('Báo cáo bị trả lại: đề nghị sửa và gửi lại');
    expect(await text(page, '#my-report .review-comment')).toBe(COMMENT);
    expect(await text(page, '#my-report .returned-note .muted')).toBe('Ý kiến của van-phong@tuky.local, 01/10/2024 09:00:');
    expect(await text(page, '#my-report .report-status')).toBe('Lần gửi 1 · Đúng hạn · đã trả lại');
    expect(await page.$$eval('#my-report .report-history li', (items) => items.length)).toBe(1);
    // The figures it sent: the first row is the dossiers received, online plus in person.
    expect(await text(page, '#my-report .figures-table tbody tr:first-child th')).toBe('Hồ sơ tiếp nhận (trực tuyến và trực tiếp)');
    expect(await text(page, '#my-report .figures-table tbody tr:first-child td')).toBe(received.toLocaleString('de-DE'));
    // Its 13 KPIs (the 4 unit-count KPIs are the district's only), each with the district's value and the target.
    expect(await page.$$eval('#my-report .my-kpis tbody tr', (rows) => rows.length)).toBe(13);
    expect(await page.$$eval('#my-report .my-kpis thead th', (cells) => cells.map((c) => c.textContent))).toEqual(['Chỉ tiêu', 'Đơn vị', 'Toàn kế hoạch', 'Mục tiêu']);
    expect(await text(page, '#my-report .my-kpis tr[data-kpi="satisfaction"] td:last-child')).toBe('90,0%');
    // Its own row first and highlighted in the table, whatever its rank.
    expect(await page.$eval('#units-table tbody tr:first-child', (row) => [row.getAttribute('data-unit'), row.classList.contains('pinned-row')])).toEqual(['xa-dai-son', true]);
    // No queue, no compute button: those are the office's.
    expect(await page.isHidden('#review-queue')).toBe(true);
    expect(await page.isHidden('#recompute')).toBe(true);
    expect(await fitsWidth(page)).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/roles-reporter-desktop-vi.png` });

    await page.click('button[data-lang="en"]');
    await waitForScorecard(page, '2024-Q3', 'en');
    await page.waitForSelector('#my-report:not([hidden]) .returned-note');
    await page.waitForFunction(() => document.querySelector('#my-report h2')?.textContent?.startsWith('Your'));
    expect(await text(page, '#my-report h2')).toBe('Your unit’s report: Xã Đại Sơn');
    expect(await text(page, '#my-report .returned-title')).toBe('Report returned: please correct it and send it again');
    expect(await text(page, '#my-report .report-status')).toBe('Version 1 · On time · returned');
    expect(await text(page, '#my-report .figures-table tbody tr:first-child td')).toBe(received.toLocaleString('en-US'));
    await page.screenshot({ path: `${ARTIFACTS}/roles-reporter-desktop-en.png` });
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`on a phone (${lang}): the unit's returned report and the office's queue fit the screen`, async () => {
      const reporter = await signedIn(PHONE, REPORTER, lang);
      await reporter.page.waitForSelector('#my-report:not([hidden]) .returned-note');
      expect(await text(reporter.page, '#my-report .review-comment')).toBe(COMMENT);
      expect(await fitsWidth(reporter.page)).toBe(true);
      await reporter.page.$eval('#my-report', (node) => node.scrollIntoView());
      await reporter.page.screenshot({ path: `${ARTIFACTS}/roles-reporter-phone-${lang}.png` });
      expect(reporter.problems).toEqual([]);
      await reporter.page.context().close();

      const reviewer = await signedIn(PHONE, REVIEWER, lang);
      await reviewer.page.waitForSelector('#review-queue[data-period="2024-Q3"]');
      await reviewer.page.click('#review-queue [data-group="returned"] summary');
      await reviewer.page.click('#review-queue [data-group="returned"] button[data-unit="xa-dai-son"]');
      await reviewer.page.waitForSelector('#review-detail[data-unit="xa-dai-son"]:not([hidden]) .returned-note');
      expect(await fitsWidth(reviewer.page)).toBe(true);
      await reviewer.page.screenshot({ path: `${ARTIFACTS}/roles-reviewer-phone-${lang}.png` });
      expect(reviewer.problems).toEqual([]);
      await reviewer.page.context().close();
    });
  }

  it('the leader sees neither a report nor a queue; an administrator sees the queue', async () => {
    for (const options of [DESKTOP, PHONE]) {
      const { page, problems } = await signedIn(options, 'lanh-dao@tuky.local');
      expect(await page.isHidden('#my-report')).toBe(true);
      expect(await page.isHidden('#review-queue')).toBe(true);
      expect(await page.$$('#units-table .pinned-row')).toHaveLength(0);
      expect(await fitsWidth(page)).toBe(true);
      expect(problems).toEqual([]);
      await page.context().close();
    }
    const { page, problems } = await signedIn(DESKTOP, ADMIN_EMAIL);
    await page.waitForSelector('#review-queue[data-period="2024-Q3"]');
    expect(await groupTitle(page, 'returned')).toBe('Đã trả lại (1)');
    expect(await page.isHidden('#my-report')).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('does not draw unit-count KPIs as failures while the period is open', async () => {
    const { page, problems } = await signedIn(DESKTOP, 'lanh-dao@tuky.local');
    const unitCount = ['brand_identity', 'e_certification', 'reporting_completeness', 'reporting_on_time'];
    const statuses = () => page.$$eval('#district-cards .kpi-card', (cards) => Object.fromEntries(cards.map((c) => [c.getAttribute('data-kpi'), c.getAttribute('data-status')])));
    // The stored Q3 scorecard has two of them near and two below (34 of 35 units reported, two late).
    const stored = (await suite.stack.api('GET', `/v1/plans/${PLAN}/scorecards/2024-Q3`, { token: await suite.stack.token(REVIEWER) })).body;
    const storedStatus = (id: string) => stored.district.kpis.find((k: { id: string }) => k.id === id).status;
    expect(unitCount.map(storedStatus).sort()).toEqual(['below', 'below', 'near', 'near']);
    // Q3 is open while Xã Hà Thanh may still report: the page shows them for information.
    const q3 = await statuses();
    expect(unitCount.map((id) => q3[id])).toEqual(['info', 'info', 'info', 'info']);
    expect(await text(page, '[data-kpi="reporting_completeness"] .status-badge')).toBe('Theo dõi');
    // Q2 is closed (35 of 35, deadline passed): the same KPIs keep their status.
    await page.selectOption('#period-select', '2024-Q2');
    await waitForScorecard(page, '2024-Q2');
    const q2 = await statuses();
    expect(unitCount.every((id) => q2[id] !== 'info')).toBe(true);
    expect(q2.reporting_completeness).toBe('met');
    expect(problems).toEqual([]);
    await page.context().close();
  });
});
