/**
 * The plan sheets (addon/server/plan-sheet/) in the built add-in against the local stack: an
 * administrator loads a small two-tier plan and its members into the sheets, edits them (a new
 * unit with a code and groups, a new group, a member's role changed, a member row deleted, a new
 * reporter), saves a bad row (marked on its own cell, nothing sent), fixes it and saves; the API
 * then answers exactly the edits. A member who is no administrator is refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan } from '../../shared/plans/plan.js';
import { buildOnce, openAddon, openAddonAs, type AddonSession } from './helpers/addon.js';
import { startAddonStack, type AddonStack } from './helpers/stack.js';

const ADMIN = 'admin@localhost';
const PLAN_ID = 'tu-ky-moi-2025';
const ERROR_RED = '#f4c7c3';

/** A commune formed on 1 July 2025 from two whole communes, and a department. */
const PLAN: Plan = {
  id: PLAN_ID,
  name: 'Xã Tứ Kỳ (mới) 2025',
  year: 2025,
  timezone: 'Asia/Ho_Chi_Minh',
  groups: [{ id: 'cum-tu-ky', name: 'Khu vực Tứ Kỳ cũ' }],
  units: [
    { id: 'xa-tan-ky', name: 'Xã Tân Kỳ', kind: 'commune', code: '10507', groups: ['cum-tu-ky'], validTo: '2025-06-30', mergedInto: 'xa-tu-ky', tags: ['one-stop-office', 'certification'] },
    { id: 'xa-dai-son', name: 'Xã Đại Sơn', kind: 'commune', code: '10510', groups: ['cum-tu-ky'], validTo: '2025-06-30', mergedInto: 'xa-tu-ky' },
    { id: 'xa-tu-ky', name: 'Xã Tứ Kỳ', kind: 'commune', code: '10513', groups: ['cum-tu-ky'], validFrom: '2025-07-01', predecessors: [{ id: 'xa-tan-ky', share: 1 }, { id: 'xa-dai-son', share: 1 }] },
    { id: 'so-noi-vu', name: 'Sở Nội vụ', kind: 'agency' },
  ],
  fields: [
    // Text from people that Sheets would read as a formula if typed as it is.
    { id: 'ho-tich', name: 'Hộ tịch', nameEn: '=HYPERLINK("https://example.com","Civil status")' },
    { id: 'dat-dai', name: 'Đất đai', group: 'lci' },
  ],
  targets: { online_payment: 0.5, online_submission: null },
  // Not shown in the plan sheets: a save must keep them.
  tasks: [{ id: 1, title: 'Rà soát, đơn giản hóa TTHC', due: '2025-08-31', evidence: 'document' }],
  reminders: { enabled: false, daysBefore: [5] },
};
const MEMBERS = [
  { email: 'tan-ky@tuky.vn', role: 'reporter', unitId: 'xa-tan-ky' },
  { email: 'dai-son@tuky.vn', role: 'reporter', unitId: 'xa-dai-son' },
  { email: 'lanh-dao@tuky.vn', role: 'viewer' },
] as const;

let stack: AddonStack;
let admin: AddonSession;

beforeAll(async () => {
  [, stack] = await Promise.all([buildOnce(), startAddonStack({ DEMO: '0' })]);
  expect((await stack.api(`/v1/plans/${PLAN_ID}`, { as: ADMIN, method: 'PUT', body: PLAN })).status).toBe(201);
  for (const { email, ...grant } of MEMBERS) {
    expect((await stack.api(`/v1/plans/${PLAN_ID}/members/${email}`, { as: ADMIN, method: 'PUT', body: grant })).status).toBe(200);
  }
  admin = openAddon({ userEmail: ADMIN, ...stack.reachable });
}, 90_000);

afterAll(async () => {
  await admin?.fake.dispose();
  await stack?.stop();
});

const sheet = (name: string) => admin.fake.read(() => admin.fake.spreadsheet.getSheetByName(name)!);
const values = (name: string, a1: string) => admin.fake.read(() => sheet(name).getRange(a1).getValues());
const cell = (name: string, a1: string) =>
  admin.fake.read(() => {
    const range = sheet(name).getRange(a1);
    return { value: range.getValue(), note: range.getNote(), background: range.getBackground() };
  });
const type = (name: string, a1: string, typed: unknown[][]) => admin.fake.userEdit(sheet(name).getRange(a1), typed);
const lastAlert = (session: AddonSession) => session.fake.ui.questions.at(-1)!.prompt;
/** The requests the add-in sent during `work`. */
function requests(session: AddonSession, work: () => void) {
  const before = session.fake.http.requests.length;
  work();
  return session.fake.http.requests.slice(before);
}

describe('a member who is not an administrator', () => {
  it('is told that only administrators set plans up, before any question', () => {
    const viewer = openAddonAs(admin, { userEmail: 'lanh-dao@tuky.vn' });
    viewer.run('menuSetUpPlan');
    expect(viewer.fake.ui.questions.map((q) => [q.kind, q.prompt])).toEqual([
      ['alert', 'Chỉ quản trị viên mới thiết lập và lưu được kế hoạch; tài khoản lanh-dao@tuky.vn không có quyền quản trị.'],
    ]);
    expect(admin.fake.read(() => admin.fake.spreadsheet.getSheets().map((s) => s.getName()))).toEqual(['Sheet1']);
  });
});

describe('an administrator edits a plan in the spreadsheet', () => {
  it('loads the plan and its members into five sheets with three requests', () => {
    admin.fake.ui.queuePromptResponse(PLAN_ID);
    const sent = requests(admin, () => admin.run('menuSetUpPlan'));
    expect(sent.map((r) => `${r.method.toUpperCase()} ${new URL(r.url).pathname}`)).toEqual([
      'GET /v1/me', `GET /v1/plans/${PLAN_ID}`, `GET /v1/plans/${PLAN_ID}/members`,
    ]);
    expect(lastAlert(admin)).toBe(`Đã tải kế hoạch "${PLAN_ID}": 4 đơn vị, 3 thành viên. Sửa trên các trang rồi chọn "Lưu kế hoạch".`);
    expect(admin.fake.read(() => admin.fake.spreadsheet.getSheets().map((s) => s.getName()))).toEqual(['Sheet1', 'Kế hoạch', 'Đơn vị', 'Nhóm', 'Lĩnh vực', 'Thành viên']);

    // Headings in Vietnamese with English under them; rows from 3.
    expect(values('Đơn vị', 'A1:J2')).toEqual([
      ['Mã đơn vị', 'Tên đơn vị', 'Loại', 'Mã hành chính', 'Nhóm', 'Hiệu lực từ', 'Hiệu lực đến', 'Sáp nhập vào', 'Hình thành từ', 'Nhãn'],
      ['Id', 'Name', 'Kind', 'Official code', 'Groups', 'Valid from', 'Valid to', 'Merged into', 'Predecessors', 'Tags'],
    ]);
    expect(values('Đơn vị', 'A3:J6')).toEqual([
      ['xa-tan-ky', 'Xã Tân Kỳ', 'commune', '10507', 'cum-tu-ky', '', '2025-06-30', 'xa-tu-ky', '', 'one-stop-office, certification'],
      ['xa-dai-son', 'Xã Đại Sơn', 'commune', '10510', 'cum-tu-ky', '', '2025-06-30', 'xa-tu-ky', '', ''],
      ['xa-tu-ky', 'Xã Tứ Kỳ', 'commune', '10513', 'cum-tu-ky', '2025-07-01', '', '', 'xa-tan-ky:1; xa-dai-son:1', ''],
      ['so-noi-vu', 'Sở Nội vụ', 'agency', '', '', '', '', '', '', ''],
    ]);
    // Plan fields, then the 17 KPI targets: 0.5 set, null written as "không", blank = default.
    expect(values('Kế hoạch', 'A3:E6').map((r) => [r[0], r[2], r[4]])).toEqual([
      ['Mã kế hoạch', PLAN_ID, 'id'], ['Tên kế hoạch', 'Xã Tứ Kỳ (mới) 2025', 'name'], ['Năm', 2025, 'year'], ['Múi giờ', 'Asia/Ho_Chi_Minh', 'timezone'],
    ]);
    const targets = values('Kế hoạch', 'A7:E23');
    expect(targets).toHaveLength(17);
    expect(targets.find((r) => r[4] === 'online_payment')).toEqual(['Chỉ tiêu: Thanh toán trực tuyến', 'Target: Paid online', 0.5, 0.45, 'online_payment']);
    expect(targets.find((r) => r[4] === 'online_submission')?.[2]).toBe('không');
    expect(targets.find((r) => r[4] === 'satisfaction')?.[2]).toBe('');
    expect(values('Nhóm', 'A3:B4')).toEqual([['cum-tu-ky', 'Khu vực Tứ Kỳ cũ'], ['', '']]);
    // Never a formula: written through safe-text (a plain-text cell keeps its apostrophe, which
    // reading takes off again: the saved plan below has the name exactly as it was).
    expect(values('Lĩnh vực', 'A3:D4')).toEqual([['ho-tich', 'Hộ tịch', `'=HYPERLINK("https://example.com","Civil status")`, ''], ['dat-dai', 'Đất đai', '', 'lci']]);
    expect(admin.fake.read(() => sheet('Lĩnh vực').getRange('C3').getFormula())).toBe('');
    const members = values('Thành viên', 'A3:C6');
    expect([...members].sort()).toEqual([['', '', ''], ['dai-son@tuky.vn', 'reporter', 'xa-dai-son'], ['lanh-dao@tuky.vn', 'viewer', ''], ['tan-ky@tuky.vn', 'reporter', 'xa-tan-ky']]);
  });

  it('offers only the allowed kinds and roles, and keeps dates and codes as typed text', () => {
    expect(type('Đơn vị', 'C7', [['huyện']]).accepted).toBe(false);
    expect(type('Thành viên', 'B6', [['owner']]).accepted).toBe(false);
    expect(type('Đơn vị', 'D7:F7', [['03166', 'cum-tu-ky', '2025-07-01']]).accepted).toBe(true);
    expect(values('Đơn vị', 'D7:F7')).toEqual([['03166', 'cum-tu-ky', '2025-07-01']]);
    expect(type('Đơn vị', 'D7:F7', [['', '', '']]).accepted).toBe(true);
  });

  it('marks a bad row on its own cell and sends nothing; the next save clears that mark', () => {
    const rowOf = (email: string) => 3 + values('Thành viên', 'A3:A5').findIndex((r) => r[0] === email);
    // A new ward with a code and two groups (one of them new), formed from part of a department
    // with a share of 1.5 (more than the whole of it).
    expect(type('Nhóm', 'A4:B4', [['cum-moi', 'Cụm phường mới']]).accepted).toBe(true);
    expect(type('Đơn vị', 'A7:J7', [['phuong-moi', 'Phường Mới', 'ward', '10520', 'cum-tu-ky, cum-sai', '2025-07-01', '', '', 'so-noi-vu:1,5', '']]).accepted).toBe(true);
    expect(type('Thành viên', `B${rowOf('lanh-dao@tuky.vn')}`, [['reviewer']]).accepted).toBe(true);
    expect(type('Thành viên', `A${rowOf('dai-son@tuky.vn')}:C${rowOf('dai-son@tuky.vn')}`, [['', '', '']]).accepted).toBe(true);
    expect(type('Thành viên', 'A6:C6', [['phuong-moi@tuky.vn', 'reporter', 'phuong-moi']]).accepted).toBe(true);

    // "1,5" reads as 1.5 > 1: units[4] is sheet row 7, predecessors is column I.
    expect(requests(admin, () => admin.run('menuSavePlan'))).toEqual([]);
    expect(lastAlert(admin)).toBe('Kế hoạch có 1 lỗi, chưa lưu gì (các ô đã được tô đỏ, xem ghi chú trên ô):\n• Đơn vị!I7: "Đơn vị, dòng 7, Hình thành từ" phải ≤ 1.');
    expect(cell('Đơn vị', 'I7')).toEqual({ value: 'so-noi-vu:1,5', note: '⚠ "Đơn vị, dòng 7, Hình thành từ" phải ≤ 1.', background: ERROR_RED });
    const english = openAddonAs(admin, { userEmail: ADMIN, locale: 'en_US' });
    english.run('menuSavePlan');
    expect(lastAlert(english)).toBe('The plan has 1 mistakes; nothing was saved (marked in red; see the cell notes):\n• Đơn vị!I7: "Units, row 7, Predecessors" must be ≤ 1.');

    // Without the lineage, the unknown group is next: units[4].groups[1] is E7.
    type('Đơn vị', 'I7', [['']]);
    expect(requests(admin, () => admin.run('menuSavePlan'))).toEqual([]);
    expect(lastAlert(admin)).toBe('Kế hoạch có 1 lỗi, chưa lưu gì (các ô đã được tô đỏ, xem ghi chú trên ô):\n• Đơn vị!E7: Không có nhóm "cum-sai" trong kế hoạch.');
    expect(cell('Đơn vị', 'E7')).toMatchObject({ note: '⚠ Không có nhóm "cum-sai" trong kế hoạch.', background: ERROR_RED });
    expect(cell('Đơn vị', 'I7')).toMatchObject({ note: '', background: '#ffffff' });
  });

  it('saves the fixed sheet with four requests, after the administrator confirms what changes, keeping the tasks and reminder settings the sheets do not show', async () => {
    type('Đơn vị', 'E7', [['cum-tu-ky, cum-moi']]);
    admin.fake.ui.queueAlertResponse('YES');
    const sent = requests(admin, () => admin.run('menuSavePlan'));
    expect(sent.map((r) => `${r.method.toUpperCase()} ${new URL(r.url).pathname} ${r.status}`)).toEqual([
      `GET /v1/plans/${PLAN_ID}/members 200`, `GET /v1/plans/${PLAN_ID} 200`, `PUT /v1/plans/${PLAN_ID} 200`, `POST /v1/plans/${PLAN_ID}/members 200`,
    ]);
    // put: the viewer now reviewer + the new reporter = 2; remove: dai-son = 1.
    expect(admin.fake.ui.questions.at(-2)!.prompt).toBe(`Lưu kế hoạch "${PLAN_ID}" (5 đơn vị)? Thành viên: 2 thêm hoặc đổi, 1 bị xóa.`);
    expect(lastAlert(admin)).toBe(`Đã lưu kế hoạch "${PLAN_ID}" (5 đơn vị). Thành viên: thêm 1, đổi 1, xóa 1.`);
    expect(cell('Đơn vị', 'E7')).toMatchObject({ note: '', background: '#ffffff' });

    const { body: plan } = await stack.api<Plan>(`/v1/plans/${PLAN_ID}`, { as: ADMIN });
    expect({ ...plan, periods: undefined }).toEqual({
      ...PLAN,
      periods: undefined,
      groups: [...PLAN.groups!, { id: 'cum-moi', name: 'Cụm phường mới' }],
      units: [...PLAN.units, { id: 'phuong-moi', name: 'Phường Mới', kind: 'ward', code: '10520', groups: ['cum-tu-ky', 'cum-moi'], validFrom: '2025-07-01' }],
    });
    const { body: members } = await stack.api<{ members: { email: string }[] }>(`/v1/plans/${PLAN_ID}/members`, { as: ADMIN });
    expect([...members.members].sort((a, b) => a.email.localeCompare(b.email))).toEqual([
      { email: 'lanh-dao@tuky.vn', role: 'reviewer' },
      { email: 'phuong-moi@tuky.vn', role: 'reporter', unitId: 'phuong-moi' },
      { email: 'tan-ky@tuky.vn', role: 'reporter', unitId: 'xa-tan-ky' },
    ]);
    const { body: audit } = await stack.api<{ events: { email: string; action: string; by: string }[] }>(`/v1/plans/${PLAN_ID}/members/audit`, { as: ADMIN });
    expect(audit.events.filter((e) => e.email === 'dai-son@tuky.vn').map((e) => [e.action, e.by])).toEqual([['granted', ADMIN], ['removed', ADMIN]]);
  });

  it('marks a reporter of a unit the sheet does not have on its row, and sends nothing: no plan saved without its members', async () => {
    // The shared member rules (shared/plans/members.ts) run in the add-in against the sheet's own
    // units before any request, so the plan cannot be saved while its members are refused.
    expect(type('Thành viên', 'A7:C7', [['moi@tuky.vn', 'reporter', 'xa-khong-co']]).accepted).toBe(true);
    const sent = requests(admin, () => admin.run('menuSavePlan'));
    expect(sent).toEqual([]);
    expect(lastAlert(admin)).toBe('Kế hoạch có 1 lỗi, chưa lưu gì (các ô đã được tô đỏ, xem ghi chú trên ô):\n• Thành viên!C7: Không có đơn vị "xa-khong-co" trong kế hoạch.');
    expect(cell('Thành viên', 'C7')).toMatchObject({ note: '⚠ Không có đơn vị "xa-khong-co" trong kế hoạch.', background: ERROR_RED });
    const { body } = await stack.api<{ members: unknown[] }>(`/v1/plans/${PLAN_ID}/members`, { as: ADMIN });
    expect(body.members).toHaveLength(3);
    type('Thành viên', 'A7:C7', [['', '', '']]);
  });

  it('refuses a save by someone who is not an administrator, naming the plan', () => {
    const reporter = openAddonAs(admin, { userEmail: 'tan-ky@tuky.vn' });
    reporter.run('menuSavePlan');
    expect(lastAlert(reporter)).toBe(`Chỉ quản trị viên mới thiết lập và lưu được kế hoạch "${PLAN_ID}"; tài khoản này không có quyền quản trị.`);
  });
});
