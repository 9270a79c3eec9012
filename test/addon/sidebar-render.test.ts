/**
 * The built pages (the real build's HTML files, in a temporary folder) in Debian's chromium with a stand-in google.script.run: the
 * scorecard sidebar draws the API's Chart.js charts (non-blank canvases, a screenshot in
 * test-artifacts/), and the report panel shows problems as text, never as markup.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scorecardView } from '../../addon/server/scorecard/view.js';
import { withCharts } from '../../shared/charts/charts.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import { launchBrowser } from '../helpers/browser.js';
import { COMPUTED_AT, plan, reports } from '../shared/district-fixture.js';
import { buildOnce, DIST, ROOT } from './helpers/addon.js';
import { scriptRunStandIn } from './helpers/script-run-stand-in.js';

let browser: Browser;
beforeAll(async () => {
  [, browser] = await Promise.all([buildOnce(), launchBrowser()]);
}, 60_000);
afterAll(async () => {
  await browser?.close();
});

const periods = ['2024-Q1', '2024-Q2', '2024-H1'].map((id) => ({ id, label: id, derived: id.endsWith('H1'), deadline: '', hasTemplate: false }));
const panel = (extra: object) => ({
  ok: true,
  value: { configured: true, defaultApiUrl: '', settings: null, planName: plan.name, unitName: 'Xã An Thanh', canReport: true, canReview: false, periods, currentPeriod: '2024-Q2', ...extra },
});

async function open(file: string, answers: Record<string, unknown>): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 300, height: 900 }, locale: 'vi-VN' });
  // The stand-in goes first in <head>, where Apps Script's own google.script.run would be.
  const html = readFileSync(join(DIST, file), 'utf8').replace('<head>', () => `<head><script>${scriptRunStandIn(answers)}</script>`);
  await page.setContent(html);
  return page;
}

/** Canvas pixels that are not transparent: a drawn chart has thousands. */
const inkOf = (page: Page, id: string) =>
  page.evaluate((canvasId) => {
    const canvas = document.getElementById(canvasId) as HTMLCanvasElement;
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) ink++;
    return ink;
  }, id);

describe('the scorecard sidebar', () => {
  it('draws the API\'s charts for the picked period', async () => {
    const card = withCharts(computeScorecard({ plan, period: '2024-Q2', reports, computedAt: COMPUTED_AT }), 'vi');
    const page = await open('Scorecard.html', { getPanelState: panel({}), getScorecard: { ok: true, value: scorecardView(card, 'vi') } });
    await page.waitForFunction(() => document.querySelectorAll('#kpis li').length > 0);
    for (const id of ['chart-district-kpis', 'chart-unit-ranking', 'chart-completeness', 'chart-trend', 'chart-kpi']) {
      expect(await inkOf(page, id), id).toBeGreaterThan(500);
    }
    // 17 KPIs of the district, each with its status colour; 13 per-KPI charts to pick from.
    expect(await page.locator('#kpis li').count()).toBe(17);
    expect(await page.locator('#kpi-chart option').count()).toBe(13);
    expect(await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls)).toEqual([['getPanelState', 'vi'], ['getScorecard', '2024-Q2', 'vi']]);
    mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-artifacts', 'addon-scorecard-sidebar.png'), fullPage: true });
    await page.close();
  });
});

describe('the report panel', () => {
  it('lists problems as text, each with its cell, and a click jumps to it', async () => {
    const message = '<img src=x onerror="window.__owned=1"> "Trực tuyến" không được âm.';
    const problems = [{ path: 'dossiers[0].online', code: 'negative', message, sheet: '06a 2024-Q2', a1: 'D6', row: 6, column: 4 }];
    const page = await open('Sidebar.html', {
      getPanelState: panel({}),
      getMyReport: { ok: true, value: null },
      checkReport: { ok: true, value: { period: '2024-Q2', ok: false, problems, filled: 3 } },
      jumpToCell: { ok: true, value: null },
    });
    await page.waitForFunction(() => (document.getElementById('period') as HTMLSelectElement).options.length === 2);
    await page.click('#check');
    await page.waitForSelector('#problems li');
    expect(await page.locator('#problems li').innerText()).toBe(`06a 2024-Q2!D6 ${message}`);
    expect(await page.locator('#problems img').count()).toBe(0);
    await page.click('#problems li');
    await page.waitForFunction(() => (window as unknown as { __calls: unknown[][] }).__calls.some((c) => c[0] === 'jumpToCell'));
    const calls = await page.evaluate(() => (window as unknown as { __calls: unknown[][]; __owned?: number }).__calls);
    expect(calls.filter((c) => c[0] !== 'getPanelState' && c[0] !== 'getMyReport')).toEqual([['checkReport', '2024-Q2', 'vi'], ['jumpToCell', '06a 2024-Q2', 'D6', 'vi']]);
    expect(await page.evaluate(() => (window as unknown as { __owned?: number }).__owned)).toBeUndefined();
    await page.close();
  });
});
