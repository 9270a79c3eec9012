/**
 * The built scorecard sidebar (Scorecard.html from buildAddon, in a temporary folder) in Debian's
 * chromium with a stand-in google.script.run, showing the 35 units of Tứ Kỳ at the width of the
 * Sheets sidebar (300 px) and of a phone (360 px), in Vietnamese and English. Every text the
 * charts paint is recorded with its ink box (helpers/drawn-text.ts): no two overlap, none is cut
 * at the canvas edge, and the per-KPI chart and the ranking write out all 35 names. Screenshots
 * go to test-artifacts/ for a human to look at.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardView } from '../../addon/server/scorecard/view.js';
import type { Lang } from '../../shared/words/messages.js';
import { ARTIFACTS, builtSidebar } from './helpers/built-sidebar.js';
import { type DrawnText, drawnText, expectLegibleChart } from './helpers/drawn-text.js';
import { tuKyScorecard } from './helpers/tu-ky-scorecard.js';

const CHARTS = ['chart-district-kpis', 'chart-unit-ranking', 'chart-completeness', 'chart-trend', 'chart-kpi'];
/** The longest name of the plan: two lines on the chart, one in the tooltip. */
const LONGEST = 'Phòng Nông nghiệp và Phát triển nông thôn';

const sidebar = builtSidebar('sidebar');

async function openSidebar(lang: Lang, width: number): Promise<Page> {
  const view = scorecardView(tuKyScorecard(lang), lang);
  const answers = {
    getPanelState: { ok: true, value: { configured: true, periods: [{ id: view.period, label: view.periodLabel }], currentPeriod: view.period } },
    getScorecard: { ok: true, value: view },
  };
  const { page, errors } = await sidebar.open(lang, width, answers);
  await page.waitForFunction(() => (document.getElementById('kpi-chart') as HTMLSelectElement).options.length > 0);
  // Paid online: values spread from about 30 to 60 %, under a 45 % target.
  await page.selectOption('#kpi-chart', 'kpi:online_payment');
  expect(errors).toEqual([]);
  return page;
}

/** The category names as painted: the right-aligned lines of the axis, joined back with spaces. */
const axisNames = (texts: DrawnText[]) => texts.filter((t) => t.align === 'right').map((t) => t.text).join(' ');

describe.each([
  ['vi', 300],
  ['vi', 360],
  ['en', 300],
  ['en', 360],
] as const)('the scorecard sidebar with 35 units (%s, %i px)', (lang, width) => {
  const card = tuKyScorecard(lang);
  const labelsOf = (id: string) => card.charts.find((c) => c.id === id)!.config.data.labels;
  let page: Page;
  beforeAll(async () => {
    page = await openSidebar(lang, width);
    await page.screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-${lang}-${width}.png`), fullPage: true });
  });
  afterAll(() => page?.context().close());

  it('says when it was computed in Vietnam time: 07:42 UTC is 14:42', async () => {
    expect(await page.textContent('#status')).toBe(lang === 'vi' ? 'Quý 2/2024 · 35/35 · Tính lúc 20/06/2024 14:42' : 'Q2 2024 · 35/35 · Computed 20/06/2024 14:42');
  });

  it('shows no scope picker: Tứ Kỳ has no groups', async () => {
    expect(await page.isVisible('#scope')).toBe(false);
  });

  it('writes percentages the way the language does', async () => {
    const lines = await page.$$eval('#kpis li', (items) => items.map((li) => li.textContent ?? ''));
    expect(lines).toHaveLength(17);
    // 35 of 35 units reported, against a target of 100 %.
    expect(lines).toContain(lang === 'vi' ? ' Đơn vị đã báo cáo: 100,0% / 100,0%' : ' Units that reported: 100.0% / 100.0%');
    const percent = lang === 'vi' ? '\\d{1,3},\\d%' : '\\d{1,3}\\.\\d%';
    for (const line of lines) expect(line).toMatch(new RegExp(`: (${percent}|—)( / ${percent})?$`));
  });

  it.each(CHARTS)('%s: no two painted texts overlap and none is cut at the edge', async (id) => {
    await expectLegibleChart(page, id);
  });

  it('writes out every unit name on the per-KPI chart and the ranking, in their order', async () => {
    const kpiNames = labelsOf('kpi:online_payment');
    expect(new Set(kpiNames)).toEqual(new Set(card.units.map((u) => u.name)));
    expect(kpiNames).toHaveLength(35);
    expect(axisNames((await drawnText(page, 'chart-kpi')).texts)).toBe(kpiNames.join(' '));
    expect(axisNames((await drawnText(page, 'chart-unit-ranking')).texts)).toBe(labelsOf('unit-ranking').join(' '));
  });

  it('shows the full name and a localised value in the tooltip', async () => {
    const names = labelsOf('kpi:online_payment');
    const value = card.charts.find((c) => c.id === 'kpi:online_payment')!.config.data.datasets[0]!.data[names.indexOf(LONGEST)]!;
    const { texts } = await drawnText(page, 'chart-kpi');
    // The name's last line, then a point inside its bar just right of the axis, scrolled into view.
    const axis = texts.filter((t) => t.align === 'right');
    const end = axis.findIndex((_, i) => axis.slice(0, i + 1).map((t) => t.text).join(' ').endsWith(LONGEST));
    const scale = await page.evaluate(() => devicePixelRatio);
    const [x, y] = [axis[end]!.right / scale + 16, axis[end]!.top / scale - 2];
    await page.evaluate((y) => window.scrollTo(0, document.getElementById('chart-kpi')!.getBoundingClientRect().top + scrollY + y - 300), y);
    const box = (await page.locator('#chart-kpi').boundingBox())!;
    await page.mouse.move(box.x + x, box.y + y);
    await expect.poll(async () => (await drawnText(page, 'chart-kpi')).texts.map((t) => t.text)).toContain(LONGEST);
    await page.screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-${lang}-${width}-tooltip.png`) });
    // The unit's online payments are 58.3 % of its fee dossiers in the seeded demo data.
    expect(value).toBe(58.3);
    expect((await drawnText(page, 'chart-kpi')).texts.map((t) => t.text)).toContain(lang === 'vi' ? 'Kết quả (%): 58,3' : 'Result (%): 58.3');
  });
});
