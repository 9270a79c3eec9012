/**
 * The leadership page over a plan's groups (issue 12), on the local stack with a small 2025 plan
 * put and reported through the API. On 1 Jul 2025 Xã A and Xã B merged into Phường X: A whole
 * (share 1), half of B (share 0.5). Groups: g1 "Cụm Bắc" {A, X, Phòng D}, g2 "Cụm Nam" {B, C and
 * 50 test communes}. Q2 was reported by A, B and C; Q3 by X, D and the 50, not by C.
 * Desktop and phone; screenshots go to test-artifacts/.
 */
import type { BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PlanInput } from '../../shared/plans/plan.js';
import { ADMIN_EMAIL, seedPlan } from '../helpers/api-stack.js';
import { reportA, reportB, reportD } from '../helpers/fixtures.js';
import { ARTIFACTS, demoSuite } from './helpers/demo-suite.js';
import { DESKTOP, fitsWidth, openReader, PHONE, waitForScorecard, type ReaderPage } from './helpers/page-browser.js';

const PLAN = 'nhom-2025';
const Q2 = '2025-Q2';
const Q3 = '2025-Q3';
const LEADER = 'lanh-dao@nhom.local';
/** After Q3's deadline (17 Sep 2025): the page opens on Q3. */
const OCTOBER = '2025-10-20T09:00:00+07:00';
const FILLERS = Array.from({ length: 50 }, (_, i) => `xa-thu-${String(i + 1).padStart(2, '0')}`);

function groupsPlan(): PlanInput & { id: string } {
  return {
    id: PLAN,
    name: 'Tỉnh Thử 2025',
    year: 2025,
    groups: [
      { id: 'g1', name: 'Cụm Bắc' },
      { id: 'g2', name: 'Cụm Nam' },
    ],
    units: [
      { id: 'xa-a', name: 'Xã A', kind: 'commune', groups: ['g1'], validTo: '2025-06-30', mergedInto: 'phuong-x', tags: ['one-stop-office', 'certification'] },
      { id: 'xa-b', name: 'Xã B', kind: 'commune', groups: ['g2'], validTo: '2025-06-30', mergedInto: 'phuong-x', tags: ['one-stop-office'] },
      {
        id: 'phuong-x', name: 'Phường X', kind: 'ward', groups: ['g1'], validFrom: '2025-07-01', tags: ['one-stop-office', 'certification'],
        predecessors: [{ id: 'xa-a', share: 1 }, { id: 'xa-b', share: 0.5 }],
      },
      { id: 'xa-c', name: 'Xã C', kind: 'commune', groups: ['g2'], tags: ['one-stop-office'] },
      { id: 'phong-d', name: 'Phòng D', kind: 'agency', groups: ['g1'] },
      ...FILLERS.map((id, i) => ({ id, name: `Xã Thử ${String(i + 1).padStart(2, '0')}`, kind: 'commune' as const, groups: ['g2'], tags: ['one-stop-office'] })),
    ],
    fields: [
      { id: 'ho-tich', name: 'Hộ tịch' },
      { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
      { id: 'chung-thuc', name: 'Chứng thực' },
    ],
  };
}

const text = (page: Page, selector: string) => page.textContent(selector).then((s) => s?.trim());
const texts = (page: Page, selector: string) => page.$$eval(selector, (nodes) => nodes.map((n) => n.textContent?.trim() ?? ''));
const kpiValue = (page: Page, kpi: string) => text(page, `#district-cards [data-kpi="${kpi}"] .kpi-value`);
const kpiCounts = (page: Page, kpi: string) => text(page, `#district-cards [data-kpi="${kpi}"] .kpi-counts`);
const scopeOf = (page: Page) => page.evaluate(() => new URLSearchParams(location.search).get('scope'));

async function waitForScope(page: Page, scope: string): Promise<void> {
  await page.waitForSelector(`body[data-state="ready"] #scorecard[data-scope="${scope}"]`);
}

describe('the leadership page over groups, across a merger', () => {
  const suite = demoSuite(OCTOBER);

  async function submit(unitId: string, period: string, data: unknown, at: string): Promise<void> {
    suite.stack.setNow(at);
    const sent = await suite.stack.api('POST', `/v1/plans/${PLAN}/reports`, { token: await suite.stack.token(ADMIN_EMAIL), body: { unitId, period, data } });
    expect(sent.status, sent.text).toBe(201);
  }

  async function signedIn(options: BrowserContextOptions, path = '/'): Promise<ReaderPage> {
    const reader = await openReader(suite.browser, options);
    await reader.page.clock.setFixedTime(new Date(OCTOBER));
    await reader.page.goto(`${suite.stack.url}${path}`);
    await reader.page.fill('#sign-in-email', LEADER);
    await reader.page.press('#sign-in-email', 'Enter');
    await waitForScorecard(reader.page, Q3);
    return reader;
  }

  beforeAll(async () => {
    await seedPlan(suite.stack, groupsPlan(), [{ email: LEADER, role: 'viewer' }]);
    // Q2 is due 17 Jun, Q3 17 Sep: every report on time.
    for (const [unitId, data] of [['xa-a', reportA()], ['xa-b', reportB()], ['xa-c', reportB()]] as const) await submit(unitId, Q2, data, '2025-06-10T09:00:00+07:00');
    await submit('phuong-x', Q3, reportA(), '2025-09-10T09:00:00+07:00');
    await submit('phong-d', Q3, reportD(), '2025-09-10T09:00:00+07:00');
    for (const unitId of FILLERS) await submit(unitId, Q3, reportB(), '2025-09-10T09:00:00+07:00');
    suite.stack.setNow(OCTOBER);
    const computed = await suite.stack.api('POST', `/v1/plans/${PLAN}/scorecards/${Q3}/compute`, { token: await suite.stack.token(ADMIN_EMAIL) });
    expect(computed.status, computed.text).toBe(200);
    expect(computed.body.groups.map((g: { groupId: string }) => g.groupId).sort()).toEqual(['g1', 'g2']);
  }, 60_000);

  it('offers the whole plan and each group as scopes; g1 shows its own figures, and the link keeps it (desktop)', async () => {
    const { page, problems } = await signedIn(DESKTOP);
    expect(await page.isVisible('#scope-control')).toBe(true);
    expect(await texts(page, '#scope-select option')).toEqual(['Toàn bộ kế hoạch', expect.any(String), expect.any(String)]);
    expect((await texts(page, '#scope-select option')).slice(1).sort()).toEqual(['Cụm Bắc', 'Cụm Nam']);
    // The whole plan in Q3: A and B ended on 30 Jun, so 53 units are due (X, C, D and the 50); C is missing.
    expect(await text(page, '#summary-reports')).toBe('52/53 đơn vị đã báo cáo');
    // Online submission, whole plan: X 60/150 + D 0/50 + 50 × 20/100 = 1,060/5,200 = 20.38…% → 20,4%.
    expect(await kpiValue(page, 'online_submission')).toBe('20,4%');
    expect(await scopeOf(page)).toBeNull();

    await page.selectOption('#scope-select', 'group:g1');
    await waitForScope(page, 'group:g1');
    expect(await text(page, '#district-heading')).toBe('Chỉ tiêu của Cụm Bắc so với mục tiêu');
    // g1 in Q3 is X and D (A has merged): both reported, on time.
    expect(await text(page, '#summary-reports')).toBe('2/2 đơn vị đã báo cáo');
    expect(await text(page, '#missing-units')).toBe('Không có');
    // Σ numerators ÷ Σ denominators over X (report A's figures) and D:
    //   online submission  (60 + 0) / (150 + 50)   = 60/200  = 30,0%
    //   resolved on time  (150 + 40) / (150 + 50)  = 190/200 = 95,0%
    //   satisfaction       (90 + 18) / (100 + 20)  = 108/120 = 90,0%
    expect([await kpiValue(page, 'online_submission'), await kpiCounts(page, 'online_submission')]).toEqual(['30,0%', '60/200']);
    expect([await kpiValue(page, 'on_time_resolution'), await kpiCounts(page, 'on_time_resolution')]).toEqual(['95,0%', '190/200']);
    expect([await kpiValue(page, 'satisfaction'), await kpiCounts(page, 'satisfaction')]).toEqual(['90,0%', '108/120']);
    // Its units only, ranked among themselves; no groups section inside a group.
    expect(await page.$$eval('#units-table tbody tr[data-unit]', (rows) => rows.map((r) => r.getAttribute('data-unit')).sort())).toEqual(['phong-d', 'phuong-x']);
    expect((await texts(page, '#units-table tbody .unit-rank')).sort()).toEqual(['1', '2']);
    expect(await page.isHidden('#groups')).toBe(true);
    expect(await scopeOf(page)).toBe('group:g1');
    expect(await page.evaluate(() => new URLSearchParams(location.search).get('period'))).toBe(Q3);
    await page.screenshot({ path: `${ARTIFACTS}/groups-g1-desktop.png`, fullPage: true });
    await page.locator('#units-view').screenshot({ path: `${ARTIFACTS}/groups-g1-units-desktop.png` });

    // The merger note, beside X's comparison: its "previous" is A's Q2 plus half of B's.
    expect(await text(page, '#units-table tr[data-unit="phuong-x"] .unit-lineage')).toBe('So với kỳ trước: cộng dồn từ Xã A (100%), Xã B (50%)');
    expect(await page.$('#units-table tr[data-unit="phong-d"] .unit-lineage')).toBeNull();
    // X's online submission: 60/150 = 40,0%; before, (60 + ½ × 20) / (150 + ½ × 100) = 70/200 = 35,0%: +5,0 points.
    expect(await page.getAttribute('#units-table tr[data-unit="phuong-x"] td[title^="Hồ sơ nộp trực tuyến:"]', 'title')).toMatch(/: 40,0% — .* · Kỳ trước 35,0% \(\+5,0 điểm phần trăm\)$/);

    // Back to the whole plan: the link forgets the group.
    await page.selectOption('#scope-select', '');
    await waitForScope(page, '');
    expect(await text(page, '#summary-reports')).toBe('52/53 đơn vị đã báo cáo');
    expect(await scopeOf(page)).toBeNull();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('a link opens the group it names; an unknown group falls back to the whole plan with a notice', async () => {
    const linked = await signedIn(DESKTOP, `/?plan=${PLAN}&period=${Q3}&scope=group:g1`);
    await waitForScope(linked.page, 'group:g1');
    expect(await linked.page.inputValue('#scope-select')).toBe('group:g1');
    expect(await text(linked.page, '#summary-reports')).toBe('2/2 đơn vị đã báo cáo');
    expect(await linked.page.isHidden('#scope-notice')).toBe(true);
    await linked.page.context().close();

    const unknown = await signedIn(DESKTOP, `/?plan=${PLAN}&period=${Q3}&scope=group:khong-co`);
    await waitForScope(unknown.page, '');
    expect(await text(unknown.page, '#scope-notice')).toBe('Không có nhóm “khong-co” trong bảng điểm này: đang xem toàn bộ kế hoạch.');
    expect(await text(unknown.page, '#summary-reports')).toBe('52/53 đơn vị đã báo cáo');
    expect(await unknown.page.inputValue('#scope-select')).toBe('');
    expect(await scopeOf(unknown.page)).toBeNull();
    expect(unknown.problems).toEqual([]);
    await unknown.page.context().close();
  });

  it('lists the groups on the whole plan with reports and key KPIs, each a way into its scope; the table filters by group', async () => {
    const { page, problems } = await signedIn(DESKTOP);
    // g2 in Q3: C and the 50 are due, C did not report: 50/51. Its online submission is 50 × 20/100 = 1,000/5,000 = 20,0%.
    const row = (group: string, selector: string) => text(page, `#groups-table tr[data-group="${group}"] ${selector}`);
    expect([await row('g1', '.group-reports'), await row('g2', '.group-reports')]).toEqual(['2/2', '50/51']);
    expect(await page.$$eval('#groups-table thead th', (cells) => cells.map((c) => c.textContent))).toEqual([
      '#', 'Nhóm', 'Điểm', 'Đã báo cáo', 'Giải quyết trước, đúng hạn', 'Thanh toán trực tuyến', 'Số hóa hồ sơ', 'Mức độ hài lòng', 'Đơn vị báo cáo đúng hạn',
    ]);
    // Resolved on time, g1 95,0% (above); g2: 50 × 80/100 = 4,000/5,000 = 80,0%.
    expect((await row('g1', 'td[data-label="Giải quyết trước, đúng hạn"]'))?.startsWith('95,0%')).toBe(true);
    expect((await row('g2', 'td[data-label="Giải quyết trước, đúng hạn"]'))?.startsWith('80,0%')).toBe(true);
    await page.screenshot({ path: `${ARTIFACTS}/groups-whole-desktop.png`, fullPage: true });
    await page.locator('#groups').screenshot({ path: `${ARTIFACTS}/groups-section-desktop.png` });

    // 53 units are more than a page of 50: search and filters; the group filter names the groups.
    expect(await texts(page, '#units-group option')).toEqual(['Mọi nhóm', 'Cụm Bắc', 'Cụm Nam']);
    await page.selectOption('#units-group', 'g1');
    expect((await texts(page, '#units-table tbody .unit-name')).sort()).toEqual(['Phòng D', 'Phường X']);
    expect(await texts(page, '#units-kind option')).toEqual(['Mọi loại đơn vị', 'Cơ quan chuyên môn', 'Phường', 'Xã, thị trấn']);
    await page.selectOption('#units-kind', 'ward');
    expect(await texts(page, '#units-table tbody .unit-name')).toEqual(['Phường X']);

    await page.click('#groups-table tr[data-group="g2"] .group-link');
    await waitForScope(page, 'group:g2');
    expect(await text(page, '#summary-reports')).toBe('50/51 đơn vị đã báo cáo');
    expect(await texts(page, '#missing-units li')).toEqual(['Xã C']);
    expect(await scopeOf(page)).toBe('group:g2');
    expect(problems).toEqual([]);
    await page.context().close();
  });

  for (const lang of ['vi', 'en'] as const) {
    it(`on a phone (${lang}): the groups fold into cards that fit the width, and a group's view fits too`, async () => {
      const { page, problems } = await signedIn(PHONE);
      if (lang === 'en') {
        await page.click('button[data-lang="en"]');
        await waitForScorecard(page, Q3, 'en');
      }
      expect(await page.isVisible('#groups-table')).toBe(true);
      expect(await fitsWidth(page)).toBe(true);
      await page.$eval('#groups', (node) => node.scrollIntoView());
      await page.screenshot({ path: `${ARTIFACTS}/groups-whole-phone-${lang}.png` });
      await page.click('#groups-table tr[data-group="g1"] .group-link');
      await waitForScope(page, 'group:g1');
      expect(await fitsWidth(page)).toBe(true);
      if (lang === 'en') expect(await text(page, '#units-table tr[data-unit="phuong-x"] .unit-lineage')).toBe('Compared with predecessors’ reports weighted by share: Xã A (100%), Xã B (50%)');
      // What the reader sees once the group is picked: its summary at the top.
      await page.screenshot({ path: `${ARTIFACTS}/groups-g1-phone-${lang}.png` });
      await page.$eval('#units-view', (node) => node.scrollIntoView());
      await page.screenshot({ path: `${ARTIFACTS}/groups-g1-units-phone-${lang}.png` });
      expect(problems).toEqual([]);
      await page.context().close();
    });
  }
});
