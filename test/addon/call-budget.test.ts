/**
 * Apps Script calls per operation, at 23 units (Tứ Kỳ's communes) and at 300, counted by the fake
 * in both modes: `document` (calls that read or write the spreadsheet, properties, locks or the
 * network; the budgets' unit) and `total` (builder setters too). Budgets: a submit ≤ 10, a
 * scorecard sheet ≤ 25 and an export (form 06 for the sidebar) ≤ 5 document calls, whatever the
 * number of units. The figures are written to
 * test-artifacts/addon-calls.json for the docs.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TU_KY_2024 } from '../../shared/plans/tu-ky-2024.js';
import type { ReportData } from '../../shared/report/schema.js';
import { buildOnce, openAddon, ROOT, type AddonSession } from './helpers/addon.js';
import { correctReport } from './helpers/report-input.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const ADMIN = 'admin@localhost';
const PERIOD = '2024-Q4';
type Count = { document: number; total: number; sequence: string[] };
const measured: Record<string, Record<string, Count>> = {};
let stack: AddonStack;
const sessions: AddonSession[] = [];

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack({ DEMO: '0' })]);
}, 90_000);

afterAll(async () => {
  mkdirSync(join(ROOT, 'test-artifacts'), { recursive: true });
  writeFileSync(join(ROOT, 'test-artifacts', 'addon-calls.json'), `${JSON.stringify(measured, null, 2)}\n`);
  await Promise.all(sessions.map((s) => s.fake.dispose()));
  await stack?.stop();
});

/** A valid report for unit i; the numbers vary with i so that units rank differently. */
function bulkReport(i: number, office: boolean): ReportData {
  const extra = i % 7; // received = 10+extra + 20 + 0 = 30+extra = 15 + 10+extra + 2 + 3 + 0
  return {
    dossiers: [{ field: 'ho-tich', online: 10 + extra, direct: 20, carriedOver: 0, early: 15, onTime: 10 + extra, late: 2, pendingOnTime: 3, pendingOverdue: 0 }],
    procedures: { total: 100, oneStop: 90 + (i % 11) },
    digital: { digitizedDossiers: 25, digitizedResults: 20, electronicResults: 18, feeDossiers: 20, paidOnline: 5 + (i % 10), reusedData: 12, processedOnSystem: 28, certifiedCopies: 10, eCertifiedCopies: i % 3 },
    satisfaction: { ratings: 20, satisfied: 15 + (i % 6), lciRatings: 5, lciSatisfied: 4 },
    feedback: { received: 2, resolved: 2, resolvedOnTime: 1 + (i % 2) },
    ...(office ? { office: { brandIdentity: i % 4 !== 0 } } : {}),
    tasks: [{ task: 11, status: 'done' }],
  };
}

async function planWithUnits(n: number): Promise<string> {
  // The fake's UrlFetchApp held this thread for seconds (an export builds a workbook): one turn of
  // the event loop lets fetch see the keep-alive sockets the stack closed meanwhile, not reuse one.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const planId = `scale-${n}`;
  const units = Array.from({ length: n }, (_, i) => ({ id: `u-${String(i).padStart(3, '0')}`, name: `Xã số ${i + 1}`, kind: 'commune' as const, tags: ['one-stop-office', 'certification'] }));
  expect((await stack.api(`/v1/plans/${planId}`, { as: ADMIN, method: 'PUT', body: { ...TU_KY_2024, id: planId, units } })).status).toBe(201);
  await stack.api(`/v1/plans/${planId}/members/reporter@${planId}.vn`, { as: ADMIN, method: 'PUT', body: { role: 'reporter', unitId: 'u-000' } });
  await stack.api(`/v1/plans/${planId}/members/office@${planId}.vn`, { as: ADMIN, method: 'PUT', body: { role: 'reviewer' } });
  // Every other unit reports through the API; u-000 reports through the add-in.
  for (let start = 1; start < n; start += 25) {
    await Promise.all(
      units.slice(start, start + 25).map((u, k) =>
        stack.api(`/v1/plans/${planId}/reports`, { as: ADMIN, method: 'POST', body: { unitId: u.id, period: PERIOD, data: bulkReport(start + k, true) } }).then((r) => expect(r.status).toBe(201)),
      ),
    );
  }
  return planId;
}

function count(session: AddonSession, work: () => unknown): Count {
  session.fake.calls.reset();
  work();
  const { document, total, documentSequence } = session.fake.calls;
  return { document, total, sequence: documentSequence };
}

describe.each([23, 300])('with %i units', (n) => {
  it('submits in ≤ 10, writes the scorecard sheet in ≤ 25 and exports form 06 in ≤ 5 document calls', async () => {
    const planId = await planWithUnits(n);
    const reporter = openAddon({ userEmail: `reporter@${planId}.vn`, ...stack.reachable });
    const office = openAddon({ userEmail: `office@${planId}.vn`, ...stack.reachable });
    sessions.push(reporter, office);

    reporter.call('saveSettings', { apiUrl: stack.apiUrl, planId }, 'vi');
    const insert = count(reporter, () => reporter.call('insertTemplate', PERIOD, false, 'vi'));
    for (const [sheet, a1, values] of correctReport()) {
      expect(reporter.fake.userEdit(reporter.fake.read(() => reporter.fake.spreadsheet.getSheetByName(sheet)!.getRange(a1)), values).accepted).toBe(true);
    }
    const check = count(reporter, () => expect(reporter.call('checkReport', PERIOD, 'vi').ok).toBe(true));
    const submit = count(reporter, () => expect(reporter.call('submitReport', PERIOD, 'vi').receipt?.version).toBe(1));

    office.call('saveSettings', { apiUrl: stack.apiUrl, planId }, 'vi');
    expect(office.call('computeScorecard', PERIOD, 'vi')).toMatchObject({ expected: n, submitted: n });
    const sheet = count(office, () => expect(office.call('writeScorecardSheet', PERIOD, 'vi').units).toBe(n));
    const refresh = count(office, () => office.call('writeScorecardSheet', PERIOD, 'vi'));
    const exportForm06 = count(office, () => expect(office.call('exportReport', PERIOD, 'form-06', 'vi').fileName).toMatch(/\.xlsx$/));
    // The district is row 6, the units rows 7 … 6 + n.
    const names = office.fake.read(() => office.fake.spreadsheet.getSheetByName('Bảng điểm KPI')!.getRange(`B${6 + n}:B${7 + n}`).getValues());
    expect(names).toEqual([[expect.stringMatching(/^Xã số \d+$/)], ['']]);

    measured[`${n} units`] = { insertTemplate: insert, check, submit, scorecardSheetFirst: sheet, scorecardSheetRefresh: refresh, exportForm06 };
    expect(submit.document).toBeLessThanOrEqual(10);
    expect(sheet.document).toBeLessThanOrEqual(25);
    expect(refresh.document).toBeLessThanOrEqual(25);
    expect(exportForm06.document).toBeLessThanOrEqual(5);
  }, 60_000);
});

it('costs the same at 300 units as at 23', () => {
  const strip = (c: Record<string, Count>) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, [v.document, v.total]]));
  expect(strip(measured['300 units']!)).toEqual(strip(measured['23 units']!));
  console.info(JSON.stringify(strip(measured['300 units']!)));
});

/**
 * The plan sheets at the scale: 3,321 units (2,900 communes, 421 agencies) in 50 groups,
 * 20 fields and a reporter per unit, typed into empty sheets by an administrator. Budgets, in
 * requests (UrlFetchApp calls): a load ≤ 3 (me, plan, members) and a save ≤ 3 (members, plan,
 * member changes); both bodies are far over 256 KiB as JSON and go gzip-compressed.
 */
describe('plan sheets at 3,321 units', () => {
  const UNITS = 3_321;
  const unitId = (i: number) => (i < 2_900 ? `xa-${String(i).padStart(4, '0')}` : `so-${String(i - 2_900).padStart(3, '0')}`);
  const sent = (session: AddonSession, work: () => void) => {
    const before = session.fake.http.requests.length;
    session.fake.calls.reset();
    const started = Date.now();
    work();
    const requests = session.fake.http.requests.slice(before);
    return { requests, count: { document: session.fake.calls.document, total: session.fake.calls.total, sequence: session.fake.calls.documentSequence, ms: Date.now() - started } };
  };

  it('creates the plan from the sheet, loads it back and saves it in ≤ 4 requests each', () => {
    const admin = openAddon({ userEmail: ADMIN, ...stack.reachable });
    sessions.push(admin);
    admin.fake.ui.queuePromptResponse('');
    admin.run('menuSetUpPlan');
    const sheet = (name: string) => admin.fake.read(() => admin.fake.spreadsheet.getSheetByName(name)!);
    const type = (name: string, a1: string, values: unknown[][]) => {
      const target = sheet(name);
      const rows = values.length + 2;
      admin.fake.read(() => target.getMaxRows() < rows && target.insertRowsAfter(target.getMaxRows(), rows - target.getMaxRows()));
      expect(admin.fake.userEdit(admin.fake.read(() => target.getRange(a1)), values).accepted).toBe(true);
    };
    type('Kế hoạch', 'C3:C5', [['tinh-mau-2026'], ['Tỉnh mẫu 2026 (ví dụ)'], [2026]]);
    type('Nhóm', 'A3:B52', Array.from({ length: 50 }, (_, g) => [`cum-${g + 1}`, `Cụm ${g + 1}`]));
    type('Lĩnh vực', 'A3:D22', Array.from({ length: 20 }, (_, f) => [`linh-vuc-${f + 1}`, `Lĩnh vực ${f + 1}`, '', '']));
    const units = Array.from({ length: UNITS }, (_, i) => {
      const commune = i < 2_900;
      return [unitId(i), commune ? `Xã số ${i + 1}` : `Sở số ${i - 2_899}`, commune ? 'commune' : 'agency', String(10_000 + i), commune ? `cum-${(i % 50) + 1}` : '', '', '', '', '', commune ? 'one-stop-office, certification' : ''];
    });
    type('Đơn vị', `A3:J${UNITS + 2}`, units);
    type('Thành viên', `A3:C${UNITS + 2}`, units.map(([id]) => [`${id}@tinh-mau.gov.vn`, 'reporter', id]));

    admin.fake.ui.queueAlertResponse('YES');
    const create = sent(admin, () => admin.run('menuSavePlan'));
    expect(admin.fake.ui.questions.at(-1)!.prompt).toBe(`Đã lưu kế hoạch "tinh-mau-2026" (${UNITS} đơn vị). Thành viên: thêm ${UNITS}, đổi 0, xóa 0.`);
    // The plan is new (404 for its members and for the plan, whose tasks a save keeps), then
    // created (201) and its 3,321 members granted.
    expect(create.requests.map((r) => [r.method, r.status, r.headers['Content-Encoding'] ?? null])).toEqual([['GET', 404, null], ['GET', 404, null], ['PUT', 201, 'gzip'], ['POST', 200, 'gzip']]);

    admin.fake.ui.queuePromptResponse('tinh-mau-2026');
    admin.fake.ui.queueAlertResponse('YES'); // the sheets exist: overwrite them
    const load = sent(admin, () => admin.run('menuSetUpPlan'));
    expect(admin.fake.ui.questions.at(-1)!.prompt).toBe(`Đã tải kế hoạch "tinh-mau-2026": ${UNITS} đơn vị, ${UNITS} thành viên. Sửa trên các trang rồi chọn "Lưu kế hoạch".`);
    expect(load.requests).toHaveLength(3);

    admin.fake.ui.queueAlertResponse('YES');
    const save = sent(admin, () => admin.run('menuSavePlan'));
    // Nothing changed in the members: no POST …/members at all.
    expect(save.requests.map((r) => [r.method, r.status])).toEqual([['GET', 200], ['GET', 200], ['PUT', 200]]);
    measured['plan sheet, 3,321 units'] = { load: load.count, createFromSheet: create.count, saveUnchanged: save.count };
    console.info(JSON.stringify(measured['plan sheet, 3,321 units']));
  }, 180_000);
});
