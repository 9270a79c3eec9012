/**
 * The leadership page's 766 estimate and task board (issue 15), on the local stack with a small
 * 2024 plan put and reported through the API: Xã A, Xã B and Phòng D report Q2 (15 Mar – 14 Jun;
 * the fixtures' reports A, B and D), Xã C and 50 test communes do not. Groups: g1 {A, B},
 * g2 {C, D, the 50}. Tasks: 1 due 31 Mar 2024 (a document), 2 due 31 Dec 2024 (a link), 3 without
 * a due date. The scorecard is computed on 25 Mar, before task 1 falls due, then again on 2 Apr,
 * after it. Desktop and phone; screenshots go to test-artifacts/.
 */
import { mkdir } from 'node:fs/promises';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanInput } from '../../shared/plans/plan.js';
import { formatNumber, formatPercent } from '../../shared/words/format.js';
import { launchBrowser } from '../helpers/browser.js';
import { ADMIN_EMAIL, seedPlan, startApiStack, type ApiStack, type Json } from '../helpers/api-stack.js';
import { reportA, reportB, reportD } from '../helpers/fixtures.js';
import { ARTIFACTS } from './helpers/demo-suite.js';
import { DESKTOP, fitsWidth, openReader, PHONE, waitForScorecard, type ReaderPage } from './helpers/page-browser.js';

const PLAN = 'thu-766-2024';
const Q2 = '2024-Q2';
/** Q2 is still open in March and April: the link names it. */
const PATH = `/?plan=${PLAN}&period=${Q2}`;
const LEADER = 'lanh-dao@thu766.local';
/** Before task 1's due date (31 Mar) and after it; reports arrive on 20 Mar. */
const BEFORE_DUE = '2024-03-25T09:00:00+07:00';
const AFTER_DUE = '2024-04-02T09:00:00+07:00';
const FILLERS = Array.from({ length: 50 }, (_, i) => `xa-thu-${String(i + 1).padStart(2, '0')}`);
const LINK = 'https://xa-a.gov.vn/cong-khai/"><img/src=x/onerror=window.__xss=1>';
const HOSTILE_NUMBER = '<img src=x onerror=window.__xss=1>';

function plan(): PlanInput & { id: string } {
  return {
    id: PLAN,
    name: 'Huyện Thử 766',
    year: 2024,
    groups: [{ id: 'g1', name: 'Cụm Bắc' }, { id: 'g2', name: 'Cụm Nam' }],
    units: [
      { id: 'xa-a', name: 'Xã A', kind: 'commune', groups: ['g1'], tags: ['one-stop-office', 'certification'] },
      { id: 'xa-b', name: 'Xã B', kind: 'commune', groups: ['g1'], tags: ['one-stop-office'] },
      { id: 'xa-c', name: 'Xã C', kind: 'commune', groups: ['g2'], tags: ['one-stop-office'] },
      { id: 'phong-d', name: 'Phòng D', kind: 'agency', groups: ['g2'] },
      ...FILLERS.map((id, i) => ({ id, name: `Xã Thử ${String(i + 1).padStart(2, '0')}`, kind: 'commune' as const, groups: ['g2'], tags: ['one-stop-office'] })),
    ],
    fields: [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
      { id: 'chung-thuc', name: 'Chứng thực' },
    ],
    tasks: [
      { id: 1, title: 'Rà soát TTHC (mẫu 02/RS-KSTT)', due: '2024-03-31', evidence: 'document' },
      { id: 2, title: 'Công khai <b>TTHC</b>', due: '2024-12-31', evidence: 'link' },
      { id: 3, title: 'Tuyên truyền cải cách TTHC' },
    ],
  };
}

const text = (page: Page, selector: string) => page.textContent(selector).then((s) => s?.trim());
const texts = (page: Page, selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));
const points = (p: number) => formatNumber(p, 'vi', 1);
const ceiling = (m: number) => formatNumber(m, 'vi', Number.isInteger(m) ? 0 : 1);

describe('the 766 estimate and the task board on the leadership page', () => {
  let stack: ApiStack;
  let browser: Browser;
  /** The scorecard as the API answers it, for the figures the page must repeat. */
  let card: Json;

  async function submit(unitId: string, data: unknown): Promise<void> {
    const sent = await stack.api('POST', `/v1/plans/${PLAN}/reports`, { token: await stack.token(ADMIN_EMAIL), body: { unitId, period: Q2, data } });
    expect(sent.status, sent.text).toBe(201);
  }

  async function compute(at: string): Promise<Json> {
    stack.setNow(at);
    const computed = await stack.api('POST', `/v1/plans/${PLAN}/scorecards/${Q2}/compute`, { token: await stack.token(ADMIN_EMAIL) });
    expect(computed.status, computed.text).toBe(200);
    return computed.body;
  }

  /** `rewrite` changes the scorecard's JSON on its way to the page: what if a stored link were not https? */
  async function signedIn(options: BrowserContextOptions, at: string, rewrite?: (body: string) => string): Promise<ReaderPage> {
    const reader = await openReader(browser, options);
    await reader.page.clock.setFixedTime(new Date(at));
    if (rewrite) {
      await reader.page.route(`**/v1/plans/${PLAN}/scorecards/${Q2}`, async (route) => {
        const response = await route.fetch();
        await route.fulfill({ response, body: rewrite(await response.text()) });
      });
    }
    await reader.page.goto(`${stack.url}${PATH}`);
    await reader.page.fill('#sign-in-email', LEADER);
    await reader.page.press('#sign-in-email', 'Enter');
    await waitForScorecard(reader.page, Q2);
    return reader;
  }

  beforeAll(async () => {
    [stack, browser] = await Promise.all([startApiStack({ now: '2024-03-20T09:00:00+07:00' }), launchBrowser()]);
    await mkdir(ARTIFACTS, { recursive: true });
    await seedPlan(stack, plan(), [{ email: LEADER, role: 'viewer' }]);
    await submit('xa-a', { ...reportA(), tasks: [{ task: 1, status: 'done', evidence: { number: '12/BC-UBND', date: '2024-03-05' } }, { task: 2, status: 'in-progress', evidence: { url: LINK } }] });
    await submit('xa-b', { ...reportB(), tasks: [{ task: 1, status: 'in-progress' }, { task: 3, status: 'not-started' }] });
    await submit('phong-d', { ...reportD(), tasks: [{ task: 1, status: 'not-started', evidence: { number: HOSTILE_NUMBER, date: '2024-03-01' } }] });
    card = await compute(BEFORE_DUE);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.close();
  });

  it('shows each unit’s 766 estimate as the API computed it, the plan’s beside the summary, and a unit’s indicators and gains', async () => {
    const { page, problems } = await signedIn(DESKTOP, BEFORE_DUE);
    const unit = (id: string) => card.units.find((u: Json) => u.unitId === id);
    // 2.1 = 20 × (early + onTime + pendingOnTime) ÷ (early + onTime + late + pendingOnTime + pendingOverdue):
    //   A: (60+40+0 + 30+20+10) ÷ (160 + 0 + 0)  = 160/160 → 20 points
    //   B: (40+40+0) ÷ (40+40+20+0+0)           =  80/100 → 16 points
    //   D: (20+20+5) ÷ (20+20+10+5+5)           =  45/60  → 15 points
    const rate21 = (id: string) => unit(id).index766.indicators.find((i: Json) => i.id === '2.1');
    expect([rate21('xa-a').points, rate21('xa-b').points, rate21('phong-d').points]).toEqual([20, 16, 15]);
    // 5.4 = 100% − late rate − dislike rate, full 6 points at ≥ 90%, else rate × 6 ÷ 90%:
    //   B: late (20+0)/100 = 20%, dislike (50−45)/100 = 5% → 75% → 6 × 0.75/0.9 = 5.0 points
    expect(unit('xa-b').index766.indicators.find((i: Json) => i.id === '5.4').points).toBeCloseTo(5, 6);

    // The table's column: points of max, as the API has them, for every unit on the page.
    expect(await text(page, '#units-table thead .index766-col')).toBe('Chỉ số 766 (ước tính)');
    for (const id of ['xa-a', 'xa-b', 'phong-d']) {
      const { index766 } = unit(id);
      expect(await text(page, `#units-table tr[data-unit="${id}"] .index766-cell`)).toBe(`${points(index766.points)}/${ceiling(index766.max)}`);
    }
    // Xã C sent nothing: no estimate, not 0.
    expect(await text(page, '#units-table tr[data-unit="xa-c"] .index766-cell')).toBe('—');
    const district = card.district.index766;
    expect(await text(page, '#summary-766-text')).toBe(`Chỉ số 766 (ước tính): ${points(district.points)}/${ceiling(district.max)} điểm`);
    await page.screenshot({ path: `${ARTIFACTS}/page-766-tasks-desktop.png` });

    // Xã B's detail: one row per indicator with the API's rate, points, max and basis.
    await page.click('#units-table tr[data-unit="xa-b"] .index766-open');
    expect(await text(page, '#index766-unit-heading')).toBe(`Xã B: ${points(unit('xa-b').index766.points)}/${ceiling(unit('xa-b').index766.max)} điểm (ước tính)`);
    const rows = await page.$$eval('#index766-indicators tbody tr', (trs) => trs.map((tr) => [tr.getAttribute('data-indicator'), ...[...tr.querySelectorAll('td')].map((td) => td.textContent)]));
    expect(rows).toEqual(
      unit('xa-b').index766.indicators.map((i: Json) => [
        i.id,
        formatPercent(i.rate, 'vi'),
        i.points === null ? '—' : points(i.points),
        formatNumber(i.max, 'vi'),
        i.basis === 'portal' ? 'cần dữ liệu Cổng DVCQG' : i.rate === null ? 'không có số liệu' : 'ước tính từ biểu 06',
      ]),
    );
    expect(rows.find((r) => r[0] === '2.1')!.slice(1)).toEqual(['80,0%', '16,0', '20', 'ước tính từ biểu 06']);
    expect(rows.some((r) => r[4] === 'cần dữ liệu Cổng DVCQG')).toBe(true);
    // The gains, largest first, each "+x điểm" as the API has it.
    const gains = await texts(page, '#index766-gains li');
    expect(gains).toHaveLength(unit('xa-b').index766.gains.length);
    unit('xa-b').index766.gains.forEach((g: Json, i: number) => {
      expect(gains[i]).toContain(`→ +${points(g.points)} điểm`);
      if (g.dossiers !== null) expect(gains[i]).toMatch(new RegExp(`^${formatNumber(g.dossiers, 'vi')} `));
    });

    // Phòng D has no fee dossiers: 3.6 is "no data", not 0 points.
    await page.click('#units-table tr[data-unit="phong-d"] .index766-open');
    const fees = await page.$eval('#index766-indicators tr[data-indicator="3.6"]', (tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
    expect(fees).toEqual(['—', '—', expect.any(String), 'không có số liệu']);

    // The assumptions: one click from the summary.
    expect(await page.$eval('#index766-help', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.click('#summary-766-help');
    expect(await page.$eval('#index766-help', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect((await text(page, '#index766-help p'))!.length).toBeGreaterThan(40);
    await page.locator('#index766').screenshot({ path: `${ARTIFACTS}/index766-desktop.png` });
    expect(problems).toEqual([]);
  }, 60_000);

  it('shows the task board: counts, evidence as text or a safe https link, and no overdue before the due date', async () => {
    const { page, problems } = await signedIn(DESKTOP, BEFORE_DUE);
    expect(await page.isVisible('#tasks')).toBe(true);
    expect(await texts(page, '#task-board thead .task-title')).toEqual(['1. Rà soát TTHC (mẫu 02/RS-KSTT)', '2. Công khai <b>TTHC</b>', '3. Tuyên truyền cải cách TTHC']);
    expect(await texts(page, '#task-board thead .task-due')).toEqual(['Hạn 31/03/2024', 'Hạn 31/12/2024', 'Không đặt hạn']);
    // 54 units: a page of 50 rows, then the pager.
    expect(await page.$$eval('#task-board tbody tr', (trs) => trs.length)).toBe(50);
    expect(await text(page, '#tasks .page-of')).toBe('Trang 1/2');
    // Task 1: A done, B in progress, D not started; C and the 50 sent no report: in none of the three.
    expect(await texts(page, '#task-board .task-count-cell[data-task="1"] span')).toEqual(['1 hoàn thành', '1 đang thực hiện', '1 chưa thực hiện', '0 quá hạn']);
    expect(await page.$$eval('#task-board [data-overdue="true"]', (cells) => cells.length)).toBe(0);
    const cell = (unitId: string, column: number) => `#task-board tr[data-unit="${unitId}"] td:nth-of-type(${column})`;
    expect(await text(page, `${cell('xa-a', 1)} .task-evidence`)).toBe('Văn bản số 12/BC-UBND ngày 05/03/2024');
    expect(await text(page, `${cell('xa-c', 1)} .task-status`)).toBe('Không có báo cáo');
    // The link: https, opened without a handle on this page, its text as text.
    const link = await page.$eval(`${cell('xa-a', 2)} a.task-evidence`, (a) => ({ href: a.getAttribute('href'), rel: a.getAttribute('rel'), images: a.querySelectorAll('img').length }));
    expect(link.href).toMatch(/^https:\/\/xa-a\.gov\.vn\//);
    expect(link.rel).toContain('noopener');
    expect(link.images).toBe(0);
    // A document number with markup in it stays text.
    expect(await text(page, `${cell('phong-d', 1)} .task-evidence`)).toBe(`Văn bản số ${HOSTILE_NUMBER} ngày 01/03/2024`);
    expect(await page.$$eval('#task-board img, #task-board b', (nodes) => nodes.length)).toBe(0);
    expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    expect(problems).toEqual([]);

    // Were a stored link ever not https, the page shows it as text, never as a link.
    const tampered = await signedIn(DESKTOP, BEFORE_DUE, (body) => body.replace(JSON.stringify(LINK), JSON.stringify('javascript:window.__xss=1')));
    expect(await tampered.page.$$eval('#task-board a', (links) => links.length)).toBe(0);
    expect(await text(tampered.page, `${cell('xa-a', 2)} .task-evidence`)).toBe('javascript:window.__xss=1');
  }, 60_000);

  it('shows overdue in red and in words after the due date, and the board follows the scope', async () => {
    const after = await compute(AFTER_DUE);
    // [done, in progress, not started, overdue]; a report that leaves a task out counts it not started:
    //   task 1: A done, B in progress, D not started; overdue B + D + C + the 50 (no report) = 53
    //   task 2: A in progress, B and D left it out; due in December
    //   task 3: A left it out, B and D not started; no due date
    expect(after.tasks.map((t: Json) => [t.done, t.inProgress, t.notStarted, t.overdue])).toEqual([[1, 1, 1, 53], [0, 1, 2, 0], [0, 0, 3, 0]]);
    const { page, problems } = await signedIn(DESKTOP, AFTER_DUE);
    // Task 1 fell due on 31 Mar: every unit but A (done) is overdue: B, D, C and the 50 = 53.
    expect(await texts(page, '#task-board .task-count-cell[data-task="1"] span')).toEqual(['1 hoàn thành', '1 đang thực hiện', '1 chưa thực hiện', '53 quá hạn']);
    const b = '#task-board tr[data-unit="xa-b"] td:nth-of-type(1)';
    expect(await texts(page, `${b} span`)).toEqual(['Đang thực hiện', 'Quá hạn']);
    const red = await page.$eval(`${b} .task-overdue`, (s) => getComputedStyle(s).color);
    expect(red).toBe('rgb(183, 28, 28)');
    expect(await page.$eval('#task-board tr[data-unit="xa-a"] td:nth-of-type(1)', (td) => td.getAttribute('data-overdue'))).toBe('false');
    // Task 2 is due in December: nothing overdue there.
    expect(await page.$$eval('#task-board td:nth-of-type(2)[data-overdue="true"]', (cells) => cells.length)).toBe(0);
    await page.locator('#tasks').screenshot({ path: `${ARTIFACTS}/task-board-desktop.png` });

    // Group g1 is A and B: two rows, their counts.
    await page.selectOption('#scope-select', 'group:g1');
    await page.waitForSelector('body[data-state="ready"] #scorecard[data-scope="group:g1"]');
    expect(await page.$$eval('#task-board tbody tr', (trs) => trs.map((tr) => tr.getAttribute('data-unit')))).toEqual(['xa-a', 'xa-b']);
    expect(await texts(page, '#task-board .task-count-cell[data-task="1"] span')).toEqual(['1 hoàn thành', '1 đang thực hiện', '0 chưa thực hiện', '1 quá hạn']);
    // The summary's 766 line is the group's roll-up, as the API has it.
    const g1 = after.groups.find((g: Json) => g.groupId === 'g1').index766;
    expect(await text(page, '#summary-766-text')).toBe(`Chỉ số 766 (ước tính): ${points(g1.points)}/${ceiling(g1.max)} điểm`);
    expect(problems).toEqual([]);
  }, 60_000);

  it('fits a phone: the board scrolls sideways inside itself, the unit column stays', async () => {
    const { page, problems } = await signedIn(PHONE, AFTER_DUE);
    expect(await fitsWidth(page)).toBe(true);
    const box = await page.$eval('#task-board-box', (b) => ({ scrolls: b.scrollWidth > b.clientWidth, sticky: getComputedStyle(b.querySelector('tbody th')!).position }));
    expect(box).toEqual({ scrolls: true, sticky: 'sticky' });
    await page.click('#units-table tr[data-unit="xa-b"] .index766-open');
    expect(await fitsWidth(page)).toBe(true);
    await page.locator('#index766').screenshot({ path: `${ARTIFACTS}/index766-phone.png` });
    await page.locator('#tasks').screenshot({ path: `${ARTIFACTS}/task-board-phone.png` });
    await page.evaluate(() => scrollTo(0, 0));
    await page.screenshot({ path: `${ARTIFACTS}/page-766-tasks-phone.png` });
    expect(problems).toEqual([]);
  }, 60_000);
});
