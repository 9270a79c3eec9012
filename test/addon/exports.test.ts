/**
 * "Xuất báo cáo" in the add-in (issue 13), in the Apps Script fake against the local stack: a plan
 * of three communes in two groups (g1 = Xã A, Xã B; g2 = Xã C), each reporting 2024-Q4. The
 * scorecard sidebar asks `exportReport` for form 06 or the draft report; the answer crosses
 * google.script.run as base64 text (a Blob may not), and decodes to the file the API made:
 * an xlsx or docx (zip archives, "PK"), named as the API named it, for the period asked (a
 * derived one too) and in the scope the reader chose in the sidebar. The built sidebar, in
 * Chromium with a stand-in google.script.run answering what the add-in answered, saves that file.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../helpers/browser.js';
import { docxParagraphs } from '../helpers/docx-text.js';
import { workbookText } from '../helpers/xlsx-text.js';
import { buildOnce, DIST, openAddon, type AddonSession } from './helpers/addon.js';
import { scriptRunStandIn } from './helpers/script-run-stand-in.js';
import { commune, communeReport, groupedPlan } from './helpers/grouped-plan.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const ADMIN = 'admin@localhost';
const PLAN = 'xuat-2024';
const Q4 = '2024-Q4';
const YEAR = '2024-Y';
const OFFICE = 'office@xuat.vn';

let stack: AddonStack;
let office: AddonSession;

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack({ DEMO: '0' })]);
  const plan = groupedPlan(PLAN, 'Thử xuất 2024', [{ id: 'g1', name: 'Cụm Bắc' }, { id: 'g2', name: 'Cụm Nam' }], [
    commune('xa-a', 'Xã A', ['g1']), commune('xa-b', 'Xã B', ['g1']), commune('xa-c', 'Xã C', ['g2']),
  ]);
  expect((await stack.api(`/v1/plans/${PLAN}`, { as: ADMIN, method: 'PUT', body: plan })).status).toBe(201);
  expect((await stack.api(`/v1/plans/${PLAN}/members/${OFFICE}`, { as: ADMIN, method: 'PUT', body: { role: 'reviewer' } })).status).toBeLessThan(300);
  for (const [unitId, paid] of [['xa-a', 5], ['xa-b', 15], ['xa-c', 16]] as const) {
    const posted = await stack.api(`/v1/plans/${PLAN}/reports`, { as: ADMIN, method: 'POST', body: { unitId, period: Q4, data: communeReport(paid) } });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  }
  office = openAddon({ userEmail: OFFICE, ...stack.reachable });
  office.call('saveSettings', { apiUrl: stack.apiUrl, planId: PLAN }, 'vi');
  office.call('computeScorecard', Q4, 'vi');
}, 90_000);

afterAll(async () => {
  office?.fake.dispose();
  await stack?.stop();
});

/** What exportReport answered, as the sidebar's data: URL would carry it, and the request it cost. */
function exported(kind: 'form-06' | 'report', period: string) {
  office.fake.http.clear();
  const file = office.call('exportReport', period, kind, 'vi');
  const requests = office.fake.http.requests.map((r) => new URL(r.url));
  return { file, bytes: Buffer.from(file.base64, 'base64'), requests };
}

describe('exportReport', () => {
  it('answers Q4’s form 06 of the whole plan as base64 of the API’s xlsx, in one request', async () => {
    const { file, bytes, requests } = exported('form-06', Q4);
    expect(requests.map((u) => `${u.pathname}${u.search}`)).toEqual([`/v1/plans/${PLAN}/exports/${Q4}/form-06.xlsx`]);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(file.fileName).toMatch(/\.xlsx$/);
    expect(file.fileName).toContain(Q4);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    // A quarter's window runs from the 15th of the month before it to the 14th of its last month
    // (shared/calendar.ts): Q4 2024 is 15/09/2024 – 14/12/2024. The whole plan has all three communes.
    const text = await workbookText(bytes);
    expect(text).toContain('Kỳ báo cáo: Quý 4/2024');
    expect(text).toContain('Từ ngày 15/09/2024 đến ngày 14/12/2024');
    for (const unit of ['Xã A', 'Xã B', 'Xã C']) expect(text).toContain(unit);
    expect(file.message).toBe(`Đã tải "${file.fileName}" (${Math.ceil(bytes.length / 1024)} KB).`);
  });

  it('answers the draft report as a docx', async () => {
    const { file, bytes } = exported('report', Q4);
    expect(file.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(file.fileName).toMatch(/\.docx$/);
    // The draft is of Q4 2024, over its window, with the KPIs of the whole plan: online payment is
    // paid online ÷ fee dossiers = (5 + 15 + 16) ÷ (20 + 20 + 20) = 36/60 = 60,0%, over its 45% target.
    const paragraphs = await docxParagraphs(bytes);
    expect(paragraphs).toContain('Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông quý IV năm 2024');
    expect(paragraphs).toContain('(Số liệu từ ngày 15/09/2024 đến ngày 14/12/2024)');
    expect(paragraphs.find((p) => p.startsWith('- Thanh toán trực tuyến:'))).toMatch(/^- Thanh toán trực tuyến: 60,0% \(36\/60\); mục tiêu 45,0%: đạt;/);
  });

  it('exports a derived period: the year, Q1’s first day to Q4’s last', async () => {
    const { file, bytes, requests } = exported('form-06', YEAR);
    expect(requests.map((u) => u.pathname)).toEqual([`/v1/plans/${PLAN}/exports/${YEAR}/form-06.xlsx`]);
    expect(file.fileName).toContain(YEAR);
    // Q1 starts on 15/12/2023 (the 15th of the month before January), Q4 ends on 14/12/2024.
    const text = await workbookText(bytes);
    expect(text).toContain('Kỳ báo cáo: Năm 2024');
    expect(text).toContain('Từ ngày 15/12/2023 đến ngày 14/12/2024');
  });

  it('exports in the scope chosen in the sidebar: g1 asks ?group=g1 and has Xã A and Xã B, not Xã C', async () => {
    office.call('chooseScorecardScope', Q4, 'group:g1', 'vi');
    try {
      const { bytes, requests } = exported('form-06', Q4);
      expect(requests.map((u) => u.searchParams.get('group'))).toEqual(['g1']);
      const text = await workbookText(bytes);
      expect(text).toContain('Xã A');
      expect(text).toContain('Xã B');
      expect(text).not.toContain('Xã C');
      expect(exported('report', Q4).requests.map((u) => u.searchParams.get('group'))).toEqual(['g1']);
    } finally {
      office.call('chooseScorecardScope', Q4, '', 'vi');
    }
  });

  it('names a period outside the plan, or a file it does not make, in the reader’s language, asking nothing of the API', () => {
    office.fake.http.clear();
    expect(office.outcome('exportReport', '2023-Q4', 'form-06', 'en')).toMatchObject({
      ok: false,
      error: { code: 'not_a_quarter', message: 'Reports are made per quarter (e.g. 2024-Q1); "2023-Q4" is not a quarter of the plan.' },
    });
    expect(office.outcome('exportReport', Q4, 'pdf' as 'report', 'vi')).toMatchObject({ ok: false, error: { code: 'unknown_export', message: 'Không có loại tệp "pdf" để xuất.' } });
    expect(office.fake.http.requests).toEqual([]);
  });

  it('offers "Xuất báo cáo" in the menu, which opens the scorecard sidebar with the export buttons', () => {
    office.fake.ui.dialogs.length = 0;
    office.run('onOpen');
    const items = office.fake.ui.menus.at(-1)!.items.filter((i): i is { caption: string; functionName: string } => 'functionName' in i);
    expect(items.find((i) => i.functionName === 'menuExportReport')?.caption).toBe('Xuất báo cáo / Export the report');
    office.run('menuExportReport');
    const [sidebar] = office.fake.ui.dialogs;
    expect([sidebar?.kind, sidebar?.title]).toEqual(['sidebar', 'Bảng điểm KPI']);
    expect(sidebar?.content).toContain('id="export-form-06"');
    expect(sidebar?.content).toContain('id="export-report"');
  });
});

describe('the scorecard sidebar', () => {
  it('saves the file exportReport answered, under its name, from the "Tải biểu 06 (xlsx)" button', async () => {
    const file = office.call('exportReport', Q4, 'form-06', 'vi');
    const answers = {
      getPanelState: { ok: true, value: office.call('getPanelState', 'vi') },
      getScorecard: { ok: true, value: office.call('getScorecard', Q4, 'vi') },
      exportReport: { ok: true, value: file },
    };
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage({ viewport: { width: 300, height: 700 }, locale: 'vi-VN' });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      const head = `<head><script>${scriptRunStandIn(answers)}</script>`;
      await page.setContent(readFileSync(join(DIST, 'Scorecard.html'), 'utf8').replace('<head>', () => head));
      await page.waitForSelector('#status.ok');
      expect(await page.textContent('#export-form-06')).toBe('Tải biểu 06 (xlsx)');
      expect(await page.textContent('#export-report')).toBe('Tải dự thảo báo cáo (docx)');
      mkdirSync('test-artifacts', { recursive: true });
      await page.screenshot({ path: 'test-artifacts/exports-addon-sidebar.png', clip: { x: 0, y: 0, width: 300, height: 200 } });
      const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#export-form-06')]);
      expect(saved.suggestedFilename()).toBe(file.fileName);
      expect((await readFile(await saved.path())).equals(Buffer.from(file.base64, 'base64'))).toBe(true);
      await page.waitForSelector('#status.ok');
      expect(await page.textContent('#status')).toBe(file.message);
      // The period and the kind crossed google.script.run as plain text.
      expect(await page.evaluate(() => (window as unknown as { __calls: unknown[][] }).__calls.filter((c) => c[0] === 'exportReport'))).toEqual([['exportReport', Q4, 'form-06', 'vi']]);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
