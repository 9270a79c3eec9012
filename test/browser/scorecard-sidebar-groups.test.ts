/**
 * The scope picker of the built scorecard sidebar (issue 12) in Debian's chromium with a stand-in
 * google.script.run: Tứ Kỳ's 35 units arranged in three groups (the first eight communes "Cụm
 * Bắc", the other communes "Cụm Nam", the agencies "Khối phòng, ban"), computed by the real
 * engine. The sidebar offers the whole plan and each group; choosing "Cụm Bắc" asks the server
 * once, then redraws the KPIs and charts for its eight communes, every painted text clear of the
 * others. Screenshots at the Sheets sidebar's width and a phone's go to test-artifacts/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardView } from '../../addon/server/scorecard/view.js';
import type { Lang } from '../../shared/words/messages.js';
import { ARTIFACTS, builtSidebar } from './helpers/built-sidebar.js';
import { drawnText, expectLegibleChart, overlaps } from './helpers/drawn-text.js';
import { tuKy, tuKyScorecard } from './helpers/tu-ky-scorecard.js';

const NORTH = 'group:cum-bac';
const CHARTS = ['chart-district-kpis', 'chart-unit-ranking', 'chart-completeness', 'chart-trend', 'chart-kpi'];

const communes = tuKy.units.filter((u) => u.kind === 'commune');
const north = new Set(communes.slice(0, 8).map((u) => u.id));
const groupedPlan = {
  ...tuKy,
  groups: [{ id: 'cum-bac', name: 'Cụm Bắc' }, { id: 'cum-nam', name: 'Cụm Nam' }, { id: 'khoi-phong', name: 'Khối phòng, ban' }],
  units: tuKy.units.map((u) => ({ ...u, groups: [u.kind !== 'commune' ? 'khoi-phong' : north.has(u.id) ? 'cum-bac' : 'cum-nam'] })),
};

const sidebar = builtSidebar('sidebar-groups');

describe.each([
  ['vi', 300],
  ['vi', 360],
  ['en', 360],
] as const)('the scope picker (%s, %i px)', (lang: Lang, width) => {
  const card = tuKyScorecard(lang, groupedPlan);
  const whole = scorecardView(card, lang);
  const group = scorecardView(card, lang, NORTH);
  let page: Page;
  beforeAll(async () => {
    const answers = {
      getPanelState: { ok: true, value: { configured: true, periods: [{ id: whole.period, label: whole.periodLabel }], currentPeriod: whole.period } },
      getScorecard: { ok: true, value: whole },
      chooseScorecardScope: { ok: true, value: group },
    };
    ({ page } = await sidebar.open(lang, width, answers));
    await page.waitForFunction(() => (document.getElementById('scope') as HTMLSelectElement).options.length > 0);
  });
  afterAll(() => page?.context().close());

  it('offers the whole plan, then each group, the whole plan chosen', async () => {
    expect(await page.isVisible('#scope')).toBe(true);
    expect(await page.textContent('label[for=scope]')).toBe(lang === 'vi' ? 'Phạm vi' : 'Scope');
    const options = await page.$$eval('#scope option', (items) => items.map((o) => [(o as HTMLOptionElement).value, o.textContent]));
    expect(options[0]).toEqual(['', lang === 'vi' ? 'Toàn bộ kế hoạch' : 'Whole plan']);
    expect(options.slice(1).map(([, name]) => name).sort()).toEqual(['Cụm Bắc', 'Cụm Nam', 'Khối phòng, ban']);
    expect(await page.inputValue('#scope')).toBe('');
    expect(whole.units).toBe(35);
  });

  it('ranks the three groups for the whole plan', async () => {
    const labels = whole.charts.find((c) => c.id === 'group-ranking')!.config.data.labels;
    expect(labels.map((l) => l.replace(/^\d+\. /, '')).sort()).toEqual(['Cụm Bắc', 'Cụm Nam', 'Khối phòng, ban']);
    const { texts } = await drawnText(page, 'chart-group-ranking');
    expect(texts.filter((t) => t.align === 'right').map((t) => t.text).join(' ')).toBe(labels.join(' '));
    expect(overlaps(texts.filter((t) => t.text.trim() !== ''))).toEqual([]);
    await page.locator('#group-ranking-box').screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-group-ranking-${lang}-${width}.png`) });
  });

  it('redraws for the group chosen, after one call to the server', async () => {
    await page.selectOption('#scope', NORTH);
    await page.waitForFunction(() => document.getElementById('status')!.textContent!.startsWith('Cụm Bắc · '));
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls);
    expect(calls.filter((c) => c[0] === 'chooseScorecardScope')).toEqual([['chooseScorecardScope', whole.period, NORTH, lang]]);
    expect(await page.inputValue('#scope')).toBe(NORTH);
    // Eight communes, all of which reported: 8/8 in the status line.
    expect(group.units).toBe(8);
    expect(await page.textContent('#status')).toContain(' · 8/8 · ');
    expect(await page.isVisible('#chart-group-ranking')).toBe(false);
    // The ranking now names the group's eight communes only, in their order.
    const ranking = group.charts.find((c) => c.id === 'unit-ranking')!.config.data.labels;
    expect(ranking).toHaveLength(8);
    expect(ranking.every((label) => communes.slice(0, 8).some((u) => label.endsWith(u.name)))).toBe(true);
    const axis = (await drawnText(page, 'chart-unit-ranking')).texts.filter((t) => t.align === 'right').map((t) => t.text).join(' ');
    expect(axis).toBe(ranking.join(' '));
    await page.screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-group-${lang}-${width}.png`), fullPage: true });
    await page.screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-group-${lang}-${width}-top.png`) });
  });

  it.each(CHARTS)('%s: no two painted texts overlap and none is cut at the edge', async (id) => {
    await expectLegibleChart(page, id);
  });
});
