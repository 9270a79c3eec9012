/**
 * The 766 estimate in the built scorecard sidebar (issue 15), in Chromium with a stand-in
 * google.script.run: Tứ Kỳ's 35 units computed by the real engine, the reader a reporter of one
 * commune (its settings name the unit). The sidebar shows the plan's estimate and the commune's,
 * both labelled "ước tính", the commune's indicators and the points it could gain, the help text
 * one click away, and the `index766` chart with every painted text legible. Screenshots at the
 * Sheets sidebar's width go to test-artifacts/.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardView } from '../../addon/server/scorecard/view.js';
import { INDEX_766_INDICATORS } from '../../shared/engine/index766/indicators.js';
import { formatNumber } from '../../shared/words/format.js';
import { INDEX766_HELP } from '../../shared/engine/index766/words.js';
import type { Lang } from '../../shared/words/messages.js';
import { ARTIFACTS, builtSidebar } from './helpers/built-sidebar.js';
import { expectLegibleChart } from './helpers/drawn-text.js';
import { tuKyScorecard } from './helpers/tu-ky-scorecard.js';

const sidebar = builtSidebar('sidebar-766');

describe.each([
  ['vi', 300],
  ['en', 300],
] as const)('the 766 estimate in the sidebar (%s, %i px)', (lang: Lang, width) => {
  const card = tuKyScorecard(lang);
  // The commune with the most to gain: its list is the longest to show.
  const unit = [...card.units].filter((u) => u.kind === 'commune').sort((a, b) => b.index766.gains.length - a.index766.gains.length)[0]!;
  const view = scorecardView(card, lang, null, unit.unitId);
  const one = (n: number) => formatNumber(n, lang, 1);
  let page: Page;
  beforeAll(async () => {
    const answers = {
      getPanelState: { ok: true, value: { configured: true, periods: [{ id: view.period, label: view.periodLabel }], currentPeriod: view.period } },
      getScorecard: { ok: true, value: view },
    };
    const opened = await sidebar.open(lang, width, answers);
    page = opened.page;
    await page.waitForFunction(() => document.querySelectorAll('#index766-indicators li').length > 0);
    expect(opened.errors).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-766-${lang}-${width}.png`), fullPage: true });
  });
  afterAll(() => page?.context().close());

  it('shows the plan\'s estimate and the unit\'s as the API computed them, each labelled an estimate', async () => {
    // The plan and this commune have data for every estimable indicator: a ceiling of 64 each.
    expect([card.district.index766.max, unit.index766.max]).toEqual([64, 64]);
    const [whole, own] = [one(card.district.index766.points), one(unit.index766.points)];
    expect(await page.textContent('#index766-total')).toBe(lang === 'vi' ? `Chỉ số 766 (ước tính): ${whole}/64 điểm` : `766 index (estimate): ${whole} of 64 points`);
    expect(await page.textContent('#index766-unit')).toBe(lang === 'vi' ? `${unit.name}: ${own}/64 điểm (ước tính)` : `${unit.name}: ${own} of 64 points (estimate)`);
  });

  it('lists every indicator of the reference, portal ones as needing portal data', async () => {
    const items = await page.$$eval('#index766-indicators li', (lis) => lis.map((li) => ({ text: li.textContent ?? '', portal: li.classList.contains('portal') })));
    expect(items).toHaveLength(INDEX_766_INDICATORS.length);
    const portal = INDEX_766_INDICATORS.filter((i) => i.basis === 'portal').map((i) => i.id);
    expect(items.filter((i) => i.portal).map((i) => i.text.split(' ')[0])).toEqual(portal);
    for (const item of items.filter((i) => i.portal)) expect(item.text).toContain(lang === 'vi' ? 'cần dữ liệu Cổng DVCQG' : 'portal');
  });

  it('lists the unit\'s points to gain, largest first, with the API\'s points', async () => {
    const gains = await page.$$eval('#index766-gains li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(unit.index766.gains.length).toBeGreaterThan(0);
    expect(gains).toHaveLength(unit.index766.gains.length);
    gains.forEach((text, i) => expect(text).toMatch(new RegExp(`→ \\+${one(unit.index766.gains[i]!.points).replace('.', '\\.')} `)));
  });

  it('opens the help text with one click', async () => {
    expect(await page.isVisible('#index766-help-text')).toBe(false);
    await page.click('#index766-help summary');
    expect(await page.isVisible('#index766-help-text')).toBe(true);
    expect(await page.textContent('#index766-help-text')).toBe(INDEX766_HELP[lang]);
    await page.locator('#index766').screenshot({ path: join(ARTIFACTS, `addon-scorecard-sidebar-766-help-${lang}-${width}.png`) });
  });

  it('draws the index766 chart with every text legible', async () => {
    await expectLegibleChart(page, 'chart-index766');
  });
});
