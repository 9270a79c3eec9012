/**
 * The `group:<id>` scope of the add-in's scorecard (issue 12), in the Apps Script fake against the
 * local stack: a plan of four communes in two groups (put through the API), three reports, the
 * scorecard computed. The reviewer picks group g1 in the sidebar: the sidebar's figures and the
 * scorecard sheet are g1's, worked out by hand below; the sheet lists both groups with their
 * ranks, group names stay text, the choice outlives the sidebar and is the reviewer's own, and it
 * costs no API call beyond the scorecard's one.
 *
 * Groups: g1 "Cụm Bắc" = a, b, d; g2 "=Cụm Nam" (formula-looking) = b, c. d does not report.
 * Online payment (paid online ÷ fee dossiers, 20 fee dossiers each): a 5, b 15, c 16.
 *   g1 = (5 + 15) ÷ (20 + 20) = 0.5;   g2 = (15 + 16) ÷ 40 = 0.775;   whole plan = 36 ÷ 60 = 0.6.
 * Satisfaction (satisfied ÷ ratings, 20 ratings each): a 12, b 18, c 20.
 *   g1 = 30 ÷ 40 = 0.75;   whole plan = 50 ÷ 60 ≈ 0.8333.
 * Reports: g1 2 of 3 (d missing), g2 2 of 2, the plan 3 of 4.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scorecard } from '../../shared/engine/scorecard-model.js';
import { KPI_LABELS } from '../../shared/kpis.js';
import { buildOnce, openAddon, openAddonAs, type AddonSession } from './helpers/addon.js';
import { chartsOf, KPI_COLUMNS, sheetOf, values } from './helpers/scorecard-sheet.js';
import { commune, communeReport, groupedPlan } from './helpers/grouped-plan.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const ADMIN = 'admin@localhost';
const PLAN = 'cum-2024';
const PERIOD = '2024-Q4';
const OFFICE = 'office@cum.vn';
const COLLEAGUE = 'colleague@cum.vn';
const G1 = 'group:g1';
/** Sheet columns of two KPIs (D is the first KPI column). */
const column = (id: (typeof KPI_COLUMNS)[number]) => String.fromCharCode('D'.charCodeAt(0) + KPI_COLUMNS.indexOf(id));
const PAYMENT = column('online_payment');
const SATISFACTION = column('satisfaction');

let stack: AddonStack;
let office: AddonSession;
const others: AddonSession[] = [];

/** Someone opens the same spreadsheet (its document properties) in a new session. */
function openAs(email: string): AddonSession {
  const session = openAddonAs(office, { userEmail: email, ...stack.reachable });
  others.push(session);
  return session;
}

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack({ DEMO: '0' })]);
  const plan = groupedPlan(PLAN, 'Thử nhóm 2024', [{ id: 'g1', name: 'Cụm Bắc' }, { id: 'g2', name: '=Cụm Nam' }], [
    commune('xa-a', 'Xã A', ['g1']), commune('xa-b', 'Xã B', ['g1', 'g2']), commune('xa-c', 'Xã C', ['g2']), commune('xa-d', 'Xã D', ['g1']),
  ]);
  expect((await stack.api(`/v1/plans/${PLAN}`, { as: ADMIN, method: 'PUT', body: plan })).status).toBe(201);
  for (const email of [OFFICE, COLLEAGUE]) {
    expect((await stack.api(`/v1/plans/${PLAN}/members/${email}`, { as: ADMIN, method: 'PUT', body: { role: 'reviewer' } })).status).toBeLessThan(300);
  }
  for (const [unitId, data] of [['xa-a', communeReport(5, 12)], ['xa-b', communeReport(15, 18)], ['xa-c', communeReport(16, 20)]] as const) {
    const posted = await stack.api(`/v1/plans/${PLAN}/reports`, { as: ADMIN, method: 'POST', body: { unitId, period: PERIOD, data } });
    expect(posted.status, JSON.stringify(posted.body)).toBe(201);
  }
  office = openAddon({ userEmail: OFFICE, ...stack.reachable });
  office.call('saveSettings', { apiUrl: stack.apiUrl, planId: PLAN }, 'vi');
  expect(office.call('computeScorecard', PERIOD, 'vi')).toMatchObject({ expected: 4, submitted: 3 });
}, 90_000);

afterAll(async () => {
  await Promise.all([office, ...others].map((s) => s?.fake.dispose()));
  await stack?.stop();
});

const kpi = (view: { district: { id: string; value: number | null }[] }, id: string) => view.district.find((k) => k.id === id)?.value;

/** Document calls and API requests of one operation. */
function cost(session: AddonSession, work: () => unknown): { document: number; fetches: number } {
  session.fake.calls.reset();
  work();
  return { document: session.fake.calls.document, fetches: session.fake.calls.byMethod['UrlFetchApp.fetch'] ?? 0 };
}

describe('the sidebar', () => {
  it('offers the whole plan, then each group, and shows the whole plan first', () => {
    const view = office.call('getScorecard', PERIOD, 'vi');
    expect(view.scopes.map((s) => s.name).sort()).toEqual(['=Cụm Nam', 'Cụm Bắc', 'Toàn bộ kế hoạch'].sort());
    expect(view.scopes[0]).toEqual({ filter: '', name: 'Toàn bộ kế hoạch' });
    expect([view.scope, view.scopeName, view.units, view.completeness.submitted, view.completeness.expected]).toEqual(['', null, 4, 3, 4]);
    expect(kpi(view, 'online_payment')).toBeCloseTo(0.6, 12); // 36 ÷ 60
  });

  it('redraws for group g1 with one API request, the scorecard itself', () => {
    let view!: ReturnType<typeof office.call<'chooseScorecardScope'>>;
    expect(cost(office, () => (view = office.call('chooseScorecardScope', PERIOD, G1, 'vi'))).fetches).toBe(1);
    expect([view.scope, view.scopeName, view.units, view.completeness.submitted, view.completeness.expected]).toEqual([G1, 'Cụm Bắc', 3, 2, 3]);
    expect(kpi(view, 'online_payment')).toBeCloseTo(0.5, 12); // (5 + 15) ÷ 40
    expect(kpi(view, 'satisfaction')).toBeCloseTo(0.75, 12); // (12 + 18) ÷ 40
    // The charts are g1's: its 3 units on the per-KPI chart, 2 of 3 reported in the completeness title.
    const perKpi = view.charts.find((c) => c.id === 'kpi:online_payment')!;
    expect(new Set(perKpi.config.data.labels)).toEqual(new Set(['Xã A', 'Xã B', 'Xã D']));
    expect(view.charts.find((c) => c.id === 'completeness')!.title).toContain('2/3');
  });

  it('keeps the choice when the reviewer opens it again, and only for that reviewer', () => {
    const reopened = openAs(OFFICE);
    expect(reopened.call('getScorecard', PERIOD, 'vi').scope).toBe(G1);
    const colleague = openAs(COLLEAGUE);
    expect(colleague.call('getScorecard', PERIOD, 'vi')).toMatchObject({ scope: '', scopeName: null, units: 4 });
  });

  it('shows the whole plan for a group the scorecard does not have', () => {
    const colleague = openAs(COLLEAGUE);
    expect(colleague.call('chooseScorecardScope', PERIOD, 'group:gone', 'vi')).toMatchObject({ scope: '', scopeName: null, units: 4 });
    expect(colleague.call('chooseScorecardScope', PERIOD, 'Cụm Bắc', 'en')).toMatchObject({ scope: '', scopeName: null, units: 4 });
    expect(office.call('getScorecard', PERIOD, 'vi').scope).toBe(G1);
  });
});

describe('the scorecard sheet in group g1', () => {
  let card: Scorecard;
  let written: ReturnType<typeof office.call<'writeScorecardSheet'>>;
  let spent: { document: number; fetches: number };
  beforeAll(async () => {
    card = (await stack.api<Scorecard>(`/v1/plans/${PLAN}/scorecards/${PERIOD}`, { as: OFFICE })).body;
    spent = cost(office, () => (written = office.call('writeScorecardSheet', PERIOD, 'vi')));
  });

  it('says which group it is for, and costs what the whole plan\'s sheet costs', () => {
    expect(written).toMatchObject({ group: 'Cụm Bắc', units: 3, message: 'Đã ghi bảng điểm 2024-Q4 của nhóm "Cụm Bắc" vào trang "Bảng điểm KPI".' });
    expect(values(office, 'A1')[0]![0]).toBe('BẢNG ĐIỂM KPI MỘT CỬA — Thử nhóm 2024 — Nhóm: Cụm Bắc — Quý 4/2024');
    expect(String(values(office, 'A2')[0]![0])).toContain('2/3 đơn vị đã báo cáo');
    // One request (the scorecard), and within the sheet's budget of 25 document calls.
    expect(spent.fetches).toBe(1);
    expect(spent.document).toBeLessThanOrEqual(25);
  });

  it('has g1\'s row in place of the district\'s, then g1\'s units ranked among themselves', () => {
    const [row6] = values(office, `A6:${SATISFACTION}6`);
    expect(row6!.slice(0, 2)).toEqual(['Nhóm', 'Cụm Bắc']);
    expect(values(office, `${PAYMENT}6`)[0]![0]).toBeCloseTo(0.5, 12); // (5 + 15) ÷ 40
    expect(values(office, `${SATISFACTION}6`)[0]![0]).toBeCloseTo(0.75, 12); // (12 + 18) ÷ 40
    // The whole plan's order, kept: g1's reporting units ranked 1, 2; d has no score.
    const order = card.units.filter((u) => ['xa-a', 'xa-b', 'xa-d'].includes(u.unitId)).map((u) => u.name);
    expect(order.at(-1)).toBe('Xã D');
    expect(values(office, 'A7:B10')).toEqual([[1, order[0]], [2, order[1]], ['—', 'Xã D'], ['', '']]);
    const paid = Object.fromEntries(values(office, `B7:${PAYMENT}9`).map((r) => [r[0], r.at(-1)]));
    expect(paid).toEqual({ 'Xã A': 0.25, 'Xã B': 0.75, 'Xã D': '' }); // 5 ÷ 20, 15 ÷ 20, no report
  });

  it('lists both groups below the units, ranked by score, names as text with their reports', () => {
    // Units end at row 9; a blank row, the title (11), the header (12), the groups (13, 14).
    expect(values(office, 'A11:B12')).toEqual([['Các nhóm đơn vị', ''], ['Hạng', 'Nhóm (đã báo cáo)']]);
    expect(values(office, `${PAYMENT}12`)[0]![0]).toBe(`${KPI_LABELS.online_payment.vi} (%)`);
    const groups = values(office, `A13:${PAYMENT}14`);
    const byName = Object.fromEntries(groups.map((r) => [r[1], { rank: r[0], score: r[2], paid: r.at(-1) }]));
    expect(Object.keys(byName).sort()).toEqual(['=Cụm Nam (2/2)', 'Cụm Bắc (2/3)'].sort());
    expect(byName['Cụm Bắc (2/3)']!.paid).toBeCloseTo(0.5, 12);
    expect(byName['=Cụm Nam (2/2)']!.paid).toBeCloseTo(0.775, 12); // (15 + 16) ÷ 40
    // Ranks 1 and 2, the higher score first, as the API ranked them.
    expect(groups.map((r) => r[0])).toEqual([1, 2]);
    expect(Number(groups[0]![2])).toBeGreaterThanOrEqual(Number(groups[1]![2]));
    expect(card.groups.map((g) => [g.rank, g.name])).toEqual(groups.map((r) => [r[0], String(r[1]).replace(/ \(\d\/\d\)$/, '')]));
    const formulas = office.fake.read(() => sheetOf(office)!.getDataRange().getFormulas().flat().filter(Boolean));
    expect(formulas).toEqual([]);
  });

  it('draws g1\'s native charts', () => {
    const charts = chartsOf(office);
    expect(charts.map((c) => c.type).sort()).toEqual(['BAR', 'BAR', 'BAR', 'LINE', 'PIE']); // the 766 estimate's too
    const pie = charts.find((c) => c.type === 'PIE')!;
    expect(pie.data.slice(1).map((r) => r[1])).toEqual([expect.any(Number), expect.any(Number), 1]); // d is g1's one missing unit
    expect(pie.data.slice(1).reduce((sum, r) => sum + Number(r[1]), 0)).toBe(3);
  });

  it('goes back to the whole plan when the reviewer chooses it, the groups table staying', () => {
    office.call('chooseScorecardScope', PERIOD, '', 'vi');
    expect(office.call('writeScorecardSheet', PERIOD, 'vi')).toMatchObject({ group: null, units: 4 });
    expect(values(office, 'A6:B6')).toEqual([['Chung', 'Toàn kế hoạch']]);
    expect(values(office, `${PAYMENT}6`)[0]![0]).toBeCloseTo(0.6, 12); // 36 ÷ 60
    // Units in rows 7–10; the groups table's title at 12, header 13, groups 14–15.
    expect(values(office, 'A12:A15').map((r) => r[0])).toEqual(['Các nhóm đơn vị', 'Hạng', 1, 2]);
  });
});
