/**
 * The built leadership page at `/` of the local stack, in Debian's chromium: a leader signs in, reads
 * Q3 then Q2 of the Tứ Kỳ 2024 demo, switches to English; a reviewer computes a missing
 * scorecard; plan text is shown as text. Screenshots go to test-artifacts/ for a human to look at.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERIES_COLORS, STATUS_COLORS } from '../../shared/charts/chart-style.js';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import { PlanSchema } from '../../shared/plans/plan.js';
import { demoReport } from '../../functions/local/demo-data.js';
import { seededRandom } from '../../functions/local/synthetic-reports.js';
import { launchBrowser } from '../helpers/browser.js';
import { startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { DESKTOP, fitsWidth, PHONE, waitForScorecard } from './helpers/page-browser.js';

const ARTIFACTS = 'test-artifacts';
const LEADER = 'lanh-dao@tuky.local';
const REVIEWER = 'van-phong@tuky.local';
const STATUS = Object.values(STATUS_COLORS);

/**
 * Pixels of the given colours on a chart's canvas. Legend swatches count too (~40 × 12 px each at
 * 1366 px wide, five at most: ~2,400), so every threshold sits above what a legend alone paints:
 * 17 district bars ~16 px thick and ~900 px long on average cover ~17 × 16 × 900 ≈ 240,000 px; a
 * ring of radii ~110 and ~55 px covers π(110² − 55²) ≈ 28,000; five 3 px trend lines ~500 px
 * long ~7,500 before they overlap.
 */
function chartPixels(page: Page, canvasId: string, colors: readonly string[]): Promise<number> {
  return page.evaluate(
    ({ canvasId, colors }) => {
      const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
      const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
      const rgb = colors.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)));
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3]! < 250) continue;
        if (rgb.some(([r, g, b]) => Math.abs(data[i]! - r!) <= 3 && Math.abs(data[i + 1]! - g!) <= 3 && Math.abs(data[i + 2]! - b!) <= 3)) count++;
      }
      return count;
    },
    { canvasId, colors },
  );
}

const texts = (page: Page, selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent ?? ''));

/** Script errors of every page the tests open. */
const pageErrors: string[] = [];

/** A fresh browser profile per reader; a step that cannot happen fails in 10 s with its selector. */
async function newPage(browser: Browser, options: BrowserContextOptions): Promise<Page> {
  const context = await browser.newContext(options);
  context.setDefaultTimeout(10_000);
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return page;
}

async function signIn(page: Page, url: string, email: string): Promise<void> {
  await page.goto(`${url}/`);
  await page.fill('#sign-in-email', email);
  await page.click('#sign-in-form button[type="submit"]');
}

describe('the leadership scorecard page in chromium', () => {
  let stack: ApiStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startApiStack({ demo: true, now: 'real' }), launchBrowser()]);
    page = await newPage(browser, DESKTOP);
    await mkdir(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('signs the demo leader in from the demo list and opens the latest scorecard, 2024-Q3', async () => {
    await page.goto(`${stack.url}/`);
    await page.click(`button.demo-account[data-email="${LEADER}"]`);
    await waitForScorecard(page, '2024-Q3');
    expect(await page.inputValue('#period-select')).toBe('2024-Q3');
    expect(await page.textContent('#account-email')).toBe(LEADER);
    // A viewer reads; only reviewers and admins recompute.
    expect(await page.isHidden('#recompute')).toBe(true);
    await page.selectOption('#period-select', '2024-Q3');
    await waitForScorecard(page, '2024-Q3');
    expect(await page.textContent('#period-window')).toBe('Quý 3/2024: từ 15/06/2024 đến 14/09/2024');
  });

  it('lists every unit of the plan by name in the traffic-light table: 23 communes + 12 agencies = 35', async () => {
    const names = await texts(page, '#units-table tbody .unit-name');
    expect(names).toHaveLength(35);
    expect(names).toEqual(expect.arrayContaining(['Xã Đại Sơn', 'Phòng Tư pháp', 'Thị trấn Tứ Kỳ', 'Xã Hà Thanh']));
    expect([...names].sort()).toEqual(TU_KY_2024.units.map((u) => u.name).sort());
    // 13 ratio KPIs per unit that reported, each cell with its status in words beside the colour.
    expect(await page.$$eval('#units-table tr[data-unit="xa-dai-son"] td.kpi-cell', (cells) => cells.length)).toBe(13);
  });

  it('shows Xã Hà Thanh as not reported in Q3, in the table and in the chase list, with the two late units', async () => {
    const row = page.locator('#units-table tr[data-unit="xa-ha-thanh"]');
    expect(await row.getAttribute('class')).toContain('missing-row');
    expect(await row.locator('td.missing-cell').textContent()).toBe('Chưa gửi báo cáo kỳ này');
    expect(await texts(page, '#missing-units li')).toEqual(['Xã Hà Thanh']);
    expect((await texts(page, '#late-units li')).sort()).toEqual(['Xã Quang Khải', 'Xã Tân Kỳ']);
    expect(await page.textContent('#caption-completeness')).toBe('Tình hình gửi báo cáo — Quý 3/2024: 34/35 đơn vị đã báo cáo');
  });

  it('draws the district, ranking, completeness and trend charts in the shared colours, for Q3 and again for Q2', async () => {
    for (const period of ['2024-Q3', '2024-Q2']) {
      if (period !== '2024-Q3') {
        await page.selectOption('#period-select', period);
        await waitForScorecard(page, period);
      }
      expect(await chartPixels(page, 'chart-district-kpis', STATUS)).toBeGreaterThan(20_000);
      expect(await chartPixels(page, 'chart-unit-ranking', STATUS)).toBeGreaterThan(20_000);
      expect(await chartPixels(page, 'chart-completeness', STATUS)).toBeGreaterThan(5_000);
      expect(await chartPixels(page, 'chart-trend', SERIES_COLORS)).toBeGreaterThan(5_000);
      expect(await chartPixels(page, 'chart-kpi', STATUS)).toBeGreaterThan(20_000);
    }
    expect(await page.textContent('#caption-district-kpis')).toBe('Kết quả các chỉ tiêu so với mục tiêu — Quý 2/2024');
    // In Q2 everyone reported; Xã Hà Kỳ and the agriculture division were late.
    expect(await page.textContent('#missing-units')).toBe('Không có');
    expect((await texts(page, '#late-units li')).sort()).toEqual(['Phòng Nông nghiệp và Phát triển nông thôn', 'Xã Hà Kỳ']);
    expect(await page.getAttribute('#units-table tr[data-unit="xa-ha-thanh"]', 'class')).not.toContain('missing-row');
  });

  it('switches to English: page headings change and the scorecard is fetched again with English chart words', async () => {
    expect(await page.textContent('#units-heading')).toBe('Kết quả từng đơn vị theo chỉ tiêu');
    await page.click('button[data-lang="en"]');
    await waitForScorecard(page, '2024-Q2', 'en');
    expect(await page.textContent('#units-heading')).toBe('Each unit, KPI by KPI');
    expect(await page.textContent('#district-heading')).toBe('Plan-wide KPIs against targets');
    expect(await page.textContent('#caption-district-kpis')).toBe('KPIs against targets — Q2 2024');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.click('button[data-lang="vi"]');
    await waitForScorecard(page, '2024-Q2', 'vi');
    expect(await page.textContent('#units-heading')).toBe('Kết quả từng đơn vị theo chỉ tiêu');
  });

  it('fits a laptop and a phone: no sideways page scroll, the table scrolls in its box with the unit column pinned', async () => {
    await page.selectOption('#period-select', '2024-Q3');
    await waitForScorecard(page, '2024-Q3');
    await page.screenshot({ path: `${ARTIFACTS}/scorecard-desktop.png`, fullPage: true });
    expect(await fitsWidth(page)).toBe(true);

    const phone = await newPage(browser, PHONE);
    await phone.goto(`${stack.url}/`);
    await phone.click(`button.demo-account[data-email="${LEADER}"]`);
    await waitForScorecard(phone, '2024-Q3');
    await phone.screenshot({ path: `${ARTIFACTS}/scorecard-phone.png`, fullPage: true });
    expect(await fitsWidth(phone)).toBe(true);
    expect(await phone.$eval('#units-table-box', (box) => box.scrollWidth > box.clientWidth)).toBe(true);
    expect(await phone.$eval('#units-table tbody th', (cell) => getComputedStyle(cell).position)).toBe('sticky');
    await phone.context().close();
  });

  it('shows a reviewer the provisional Q4 with every unit missing, and computes it again after confirming', async () => {
    // Issue 14: a read computes from the year's stored inputs, so a quarter without reports is an
    // empty provisional scorecard, not a 404 with a "no scorecard yet" message.
    const reviewer = await newPage(browser, DESKTOP);
    await signIn(reviewer, stack.url, REVIEWER);
    await waitForScorecard(reviewer, '2024-Q3');
    await reviewer.selectOption('#period-select', '2024-Q4');
    await waitForScorecard(reviewer, '2024-Q4');
    // No Q4 report exists in the demo: 0 of the 35 units.
    expect(await reviewer.textContent('#missing-units')).toContain('Xã Đại Sơn');
    expect(await reviewer.$$eval('#missing-units li', (items) => items.length)).toBe(35);
    await reviewer.click('#recompute');
    // 0 of 35 reports: the office confirms computing anyway.
    await reviewer.waitForSelector('#compute-confirm[open]');
    expect(await reviewer.textContent('#compute-confirm-text')).toBe('Mới nhận 0/35 báo cáo, còn 35 đơn vị chưa gửi. Bảng điểm sẽ là số liệu tạm tính.');
    await reviewer.click('#compute-go');
    await waitForScorecard(reviewer, '2024-Q4');
    expect(await reviewer.$$eval('#missing-units li', (items) => items.length)).toBe(35);
    await reviewer.context().close();
  });

  it('marks Q3 out of date once Xã Hà Thanh reports late, and Recompute brings it up to date', async () => {
    const unit = PlanSchema.parse(TU_KY_2024).units.find((u) => u.id === 'xa-ha-thanh')!;
    const data = demoReport(unit, 2, undefined, seededRandom('late-report'));
    const submitted = await stack.api('POST', '/v1/plans/tu-ky-2024/reports', { token: await stack.token('xa-ha-thanh@tuky.local'), body: { unitId: 'xa-ha-thanh', period: '2024-Q3', data } });
    expect(submitted.status).toBe(201);
    const reviewer = await newPage(browser, DESKTOP);
    await signIn(reviewer, stack.url, REVIEWER);
    // Q4 has a scorecard now (computed above) but no report: the page still opens on Q3.
    await waitForScorecard(reviewer, '2024-Q3');
    expect(await reviewer.isVisible('#stale-badge')).toBe(true);
    expect(await reviewer.textContent('#stale-badge')).toBe('Chưa cập nhật');
    expect(await texts(reviewer, '#missing-units li')).toEqual(['Xã Hà Thanh']);
    await reviewer.click('#recompute');
    await reviewer.waitForSelector('body[data-state="ready"] #stale-badge[hidden]', { state: 'attached' });
    // The report came after the 17 Sep deadline: Xã Hà Thanh moves from "not reported" to "late".
    expect(await reviewer.textContent('#missing-units')).toBe('Không có');
    expect((await texts(reviewer, '#late-units li')).sort()).toEqual(['Xã Hà Thanh', 'Xã Quang Khải', 'Xã Tân Kỳ']);
    await reviewer.context().close();
  });

  it('shows a plan name that looks like HTML as plain text', async () => {
    const name = '<img src=x onerror="window.__injected=1">Kế hoạch <b>thử</b>';
    const put = await stack.api('PUT', '/v1/plans/escape-2024', { token: await stack.token('admin@localhost'), body: { ...TU_KY_2024, id: 'escape-2024', name } });
    expect(put.status).toBe(201);
    const admin = await newPage(browser, DESKTOP);
    await signIn(admin, stack.url, 'admin@localhost');
    await admin.waitForSelector('body[data-state]:not([data-state="loading"])');
    await admin.selectOption('#plan-select', 'escape-2024');
    await admin.waitForFunction((text) => document.getElementById('plan-name')?.textContent === text, name);
    expect(await admin.$$eval('#plan-name *', (children) => children.length)).toBe(0);
    expect(await admin.evaluate(() => (globalThis as { __injected?: number }).__injected)).toBeUndefined();
    await admin.context().close();
  });

  it('ran without a script error in any page', () => {
    expect(pageErrors).toEqual([]);
  });
});
