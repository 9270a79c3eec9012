/**
 * Apps Script calls per operation, at 23 units (Tứ Kỳ's communes) and at 300, counted by the fake
 * in both modes: `document` (calls that read or write the spreadsheet, properties, locks or the
 * network; the budgets' unit) and `total` (builder setters too). Budgets: a submit ≤ 10 and a
 * scorecard sheet ≤ 25 document calls, whatever the number of units. The figures are written to
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
  it('submits in ≤ 10 and writes the scorecard sheet in ≤ 25 document calls', async () => {
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
    // The district is row 6, the units rows 7 … 6 + n.
    const names = office.fake.read(() => office.fake.spreadsheet.getSheetByName('Bảng điểm KPI')!.getRange(`B${6 + n}:B${7 + n}`).getValues());
    expect(names).toEqual([[expect.stringMatching(/^Xã số \d+$/)], ['']]);

    measured[`${n} units`] = { insertTemplate: insert, check, submit, scorecardSheetFirst: sheet, scorecardSheetRefresh: refresh };
    expect(submit.document).toBeLessThanOrEqual(10);
    expect(sheet.document).toBeLessThanOrEqual(25);
    expect(refresh.document).toBeLessThanOrEqual(25);
  }, 60_000);
});

it('costs the same at 300 units as at 23', () => {
  const strip = (c: Record<string, Count>) => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, [v.document, v.total]]));
  expect(strip(measured['300 units']!)).toEqual(strip(measured['23 units']!));
  console.info(JSON.stringify(strip(measured['300 units']!)));
});
