/**
 * The form 06 workbook over HTTP (issue 13, DESIGN §10), opened with exceljs and checked against
 * sums worked out by hand from the fixtures' reports (test/helpers/fixtures.ts):
 *   a (commune) ho-tich 40,60,0 | 60,40,0 | 0,0   dat-dai 20,30,10 | 30,20,0 | 10,0
 *   b (commune) ho-tich 20,80,0 | 40,40,20 | 0,0
 *   d (agency)  dat-dai 0,50,10 | 20,20,10 | 5,5
 *   c (commune) sends nothing.
 * Columns: (4) online (5) direct (6) carried over | (8) early (9) on time (10) late | (12) within time (13) overdue.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pathOf } from '../../shared/api/routes.js';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { canRenderOffice, renderOfficeFile } from '../helpers/render-office.js';
import { Q1, UNIT, planDefinition, reportA, reportB, reportD } from '../helpers/fixtures.js';

const PLAN_ID = 'thu-xuat-2024';
const REPORTER = 'can-bo.xa-a@thu.vn';
const VIEWER = 'lanh-dao@thu.vn';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

let s: ApiStack;
let admin: string;
let reporter: string;
let viewer: string;

beforeAll(async () => {
  s = await startApiStack();
  const plan = planDefinition();
  plan.id = PLAN_ID;
  plan.groups = [{ id: 'cum-1', name: 'Cụm 1' }];
  plan.units[0]!.groups = ['cum-1'];
  plan.units[3]!.groups = ['cum-1'];
  // A name that looks like a formula must stay text in the workbook.
  plan.fields[2]!.name = '=1+2 Chứng thực';
  admin = await seedPlan(s, plan, [
    { email: REPORTER, role: 'reporter', unitId: UNIT.a },
    { email: VIEWER, role: 'viewer' },
  ]);
  [reporter, viewer] = [await s.token(REPORTER), await s.token(VIEWER)];
  for (const [unitId, data] of [[UNIT.a, reportA()], [UNIT.b, reportB()], [UNIT.d, reportD()]] as const) {
    expect((await s.api('POST', `/v1/plans/${PLAN_ID}/reports`, { token: admin, body: { unitId, period: Q1, data } })).status).toBe(201);
  }
  // a reports the same figures again for Q2: the H1 workbook adds the flows of both quarters.
  s.setNow('2024-06-10T09:00:00+07:00');
  expect((await s.api('POST', `/v1/plans/${PLAN_ID}/reports`, { token: admin, body: { unitId: UNIT.a, period: '2024-Q2', data: reportA() } })).status).toBe(201);
}, 60_000);
afterAll(() => s?.close());

async function download(period: string, token: string, query = '') {
  const res = await fetch(`${s.url}${pathOf('exportForm06', { planId: PLAN_ID, period })}${query}`, { headers: { authorization: `Bearer ${token}` } });
  const bytes = Buffer.from(await res.arrayBuffer());
  return { status: res.status, headers: res.headers, bytes };
}

async function workbook(period: string, token: string, query = ''): Promise<ExcelJS.Workbook> {
  const res = await download(period, token, query);
  expect(res.status, res.bytes.toString()).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.bytes as never);
  return book;
}

/**
 * A row's 13 columns as numbers (a formula's cached result), A and B as text. The file holds a
 * cached 0 as `<v>0</v>`, but exceljs reads it back as no result at all: that is a 0.
 */
function row(sheet: ExcelJS.Worksheet, r: number): (string | number | null)[] {
  return Array.from({ length: 13 }, (_, i) => {
    const v = sheet.getCell(r, i + 1).value;
    if (v !== null && typeof v === 'object' && 'formula' in v) return (v.result as number | undefined) ?? 0;
    return v as string | number | null;
  });
}

const text = (sheet: ExcelJS.Worksheet) => {
  const all: string[] = [];
  sheet.eachRow((r) => r.eachCell((c) => all.push(c.text)));
  return all.join('\n');
};

describe('GET …/exports/{period}/form-06.xlsx', () => {
  it('answers an xlsx to save, named in ASCII and in UTF-8', async () => {
    const res = await download(Q1, viewer);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe(XLSX);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="bieu-06-${PLAN_ID}-${Q1}.xlsx"; filename*=UTF-8''bieu-06-${PLAN_ID}-${Q1}.xlsx`);
    expect(res.bytes.subarray(0, 2).toString()).toBe('PK'); // a zip, as every xlsx
  });

  it('consolidates Q1: the total row, the two levels and the field rows, by hand', async () => {
    const sheet = (await workbook(Q1, viewer)).worksheets[0]!;
    expect(sheet.name).toBe('Biểu 06');
    expect(sheet.getCell('D2').text).toBe('Kỳ báo cáo: Quý 1/2024');
    expect(sheet.getCell('D3').text).toBe('(Từ ngày 15/12/2023 đến ngày 14/03/2024)');
    expect(row(sheet, 8).slice(0, 3)).toEqual(['(1)', '(2)', '(3)']);
    // Total (row 9) = agencies (d) + communes (a + b):
    //   online 0+60+20 = 80, direct 50+90+80 = 220, carried 10+10+0 = 20 → (3) 320
    //   early 20+90+40 = 150, on time 20+60+40 = 120, late 10+0+20 = 30 → (7) 300
    //   within time 5+10+0 = 15, overdue 5 → (11) 20; and 320 = 300 + 20.
    expect(row(sheet, 9)).toEqual(['', 'TỔNG SỐ', 320, 80, 220, 20, 300, 150, 120, 30, 20, 15, 5]);
    expect(sheet.getCell('C9').formula).toBe('SUM(D9:F9)');
    expect(sheet.getCell('D9').formula).toBe('SUM(D10,D14)');
    // I. agencies: d alone, one of one reported; its dat-dai row is d's report.
    expect(row(sheet, 10)).toEqual(['I', 'Tại cơ quan, đơn vị cấp huyện (1/1 đơn vị đã báo cáo)', 60, 0, 50, 10, 50, 20, 20, 10, 10, 5, 5]);
    expect(row(sheet, 12)).toEqual([2, 'Đất đai', 60, 0, 50, 10, 50, 20, 20, 10, 10, 5, 5]);
    // II. communes: a and b reported, c did not. ho-tich = a + b: 40+20, 60+80, 0 | 60+40, 40+40, 0+20 | 0, 0.
    expect(row(sheet, 14)).toEqual(['II', 'Tại UBND cấp xã (2/3 đơn vị đã báo cáo)', 260, 80, 170, 10, 250, 130, 100, 20, 10, 10, 0]);
    expect(row(sheet, 15)).toEqual([1, 'Hộ tịch', 200, 60, 140, 0, 200, 100, 80, 20, 0, 0, 0]);
    expect(sheet.getCell('D14').formula).toBe('SUM(D15:D17)');
    // The field named like a formula is text, its row plain zeros.
    expect(row(sheet, 17)).toEqual([3, '=1+2 Chứng thực', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(sheet.getCell('B17').type).toBe(ExcelJS.ValueType.String);
    expect(text(sheet)).toContain('chưa báo cáo: 1 (Xã C)');
    expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: 'landscape', fitToWidth: 1 });
  });

  it('adds a sheet per unit with its form 06a, and the KPIs against target', async () => {
    const book = await workbook(Q1, viewer);
    expect(book.worksheets.map((w) => w.name)).toEqual(['Biểu 06', 'Chỉ số KPI', expect.stringMatching(/^\d Xã A$/), expect.any(String), expect.any(String), expect.any(String)]);
    const a = book.getWorksheet(book.worksheets[2]!.name)!;
    // a: ho-tich 100 received, dat-dai 60 → total 160 = resolved 150 + pending 10.
    expect(row(a, 9)).toEqual(['', 'TỔNG SỐ', 160, 60, 90, 10, 150, 90, 60, 0, 10, 10, 0]);
    expect(row(a, 10).slice(0, 3)).toEqual([1, 'Hộ tịch', 100]);
    const c = book.worksheets.find((w) => w.name.endsWith('Xã C'))!;
    expect(text(c)).toContain('Đơn vị chưa gửi báo cáo kỳ này.');
    const kpis = book.getWorksheet('Chỉ số KPI')!;
    // on_time_resolution: (150 + 80 + 40) ÷ (150 + 100 + 50) = 270 ÷ 300 = 0.9, target 1, near.
    const onTime = [...Array(17).keys()].map((i) => row(kpis, 5 + i)).find((r) => r[1] === 'Giải quyết trước, đúng hạn')!;
    expect(onTime.slice(2, 7)).toEqual([270, 300, 0.9, 1, 'Gần đạt']);
  });

  it('H1 adds the quarters: a reported the same figures twice', async () => {
    const sheet = (await workbook('2024-H1', viewer)).worksheets[0]!;
    expect(sheet.getCell('D2').text).toBe('Kỳ báo cáo: 6 tháng đầu năm 2024');
    expect(sheet.getCell('D3').text).toBe('(Từ ngày 15/12/2023 đến ngày 14/06/2024)');
    // ho-tich: a twice (80, 120, 0 | 120, 80, 0) + b once (20, 80, 0 | 40, 40, 20); carried over from the first quarter.
    expect(row(sheet, 15)).toEqual([1, 'Hộ tịch', 300, 100, 200, 0, 300, 160, 120, 20, 0, 0, 0]);
  });

  it('a group: only its units (a and d) are summed', async () => {
    const res = await download(Q1, viewer, '?group=cum-1');
    expect(res.headers.get('content-disposition')).toContain(`bieu-06-${PLAN_ID}-${Q1}-cum-1.xlsx`);
    const sheet = (await workbook(Q1, viewer, '?group=cum-1')).worksheets[0]!;
    // online 40+20+0 = 60, direct 60+30+50 = 140, carried 0+10+10 = 20 → 220
    // early 60+30+20 = 110, on time 40+20+20 = 80, late 10 → 200; pending 10+5 = 15, 5 → 20.
    expect(row(sheet, 9)).toEqual(['', 'TỔNG SỐ', 220, 60, 140, 20, 200, 110, 80, 10, 20, 15, 5]);
    expect(sheet.getCell('K1').text).toBe('Đơn vị báo cáo: Cụm 1 (Huyện Thử 2024)');
  });

  it('a reporter gets its own unit, and a 403 for another unit or a group', async () => {
    const book = await workbook(Q1, reporter);
    expect(row(book.worksheets[0]!, 9).slice(2, 3)).toEqual([160]);
    expect(book.worksheets).toHaveLength(3); // the form, the KPIs, its own 06a
    expect((await download(Q1, reporter, `?unit=${UNIT.b}`)).status).toBe(403);
    expect((await download(Q1, reporter, '?group=cum-1')).status).toBe(403);
  });

  it('404 for an unknown plan, period or group', async () => {
    const other = await fetch(`${s.url}${pathOf('exportForm06', { planId: 'khong-co', period: Q1 })}`, { headers: { authorization: `Bearer ${admin}` } });
    expect(other.status).toBe(404);
    expect((await download('2025-Q1', viewer)).status).toBe(404);
    expect((await download(Q1, viewer, '?group=khong-co')).status).toBe(404);
    const english = await fetch(`${s.url}${pathOf('exportForm06', { planId: PLAN_ID, period: Q1 })}?group=khong-co`, { headers: { authorization: `Bearer ${viewer}`, 'accept-language': 'en' } });
    expect((await english.json()).error.code).toBe('not_found');
  });

  it('a period without reports is a valid workbook that says so', async () => {
    const sheet = (await workbook('2024-Q3', viewer)).worksheets[0]!;
    expect(row(sheet, 9)).toEqual(['', 'TỔNG SỐ', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(text(sheet)).toContain('Chưa có đơn vị nào báo cáo trong kỳ');
  });

  // Last: LibreOffice blocks the event loop for seconds, and a kept-alive connection would not survive it.
  it.runIf(canRenderOffice)('renders in LibreOffice on A4 landscape pages, for the eyes (test-artifacts/form-06-2024-Q1-page-*.png)', async () => {
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync('test-artifacts/form-06-2024-Q1.xlsx', (await download(Q1, viewer)).bytes);
    // The form, the KPIs, and one page per unit's 06a.
    expect(renderOfficeFile('test-artifacts/form-06-2024-Q1.xlsx')).toHaveLength(6);
  }, 150_000);
});
