/**
 * `GET /v1/plans/{planId}/exports/{period}/report.docx` over HTTP on the local stack (issue 13):
 * a plan of eight communes whose reports differ only in how many of 100 dossiers were resolved
 * in time, so every figure and the ranking can be worked out by hand. The answer is opened as a
 * zip and its paragraphs read.
 *
 * Each reporting unit meets every other KPI with a target and data (10 of them; satisfaction_lci
 * has no land ratings), so a unit's score is (9 + k/100) ÷ 10 × 100 for k dossiers in time.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlanInput } from '../../shared/plans/plan.js';
import type { ReportData } from '../../shared/report/schema.js';
import { seedPlan, startApiStack, type ApiStack } from '../helpers/api-stack.js';
import { docxParagraphs } from '../helpers/docx-text.js';
import { canRenderOffice, renderOfficeFile } from '../helpers/render-office.js';

const PLAN_ID = 'thu-bao-cao-2024';
const LAST_YEAR_ID = 'thu-bao-cao-2023';
const REVIEWER = 'van-phong@thu.vn';
const REPORTER = 'xa-an@thu.vn';
const STRANGER = 'nguoi-la@thu.vn';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ARTIFACT = 'test-artifacts/report-draft-2024-Q1.docx';

/** [id, name, group, k: dossiers of 100 resolved in time in Q1 2024 (null: no report)]. */
const UNITS = [
  ['xa-an', 'Xã An', 'bac', 100],
  ['xa-binh', 'Xã Bình', 'bac', 95],
  ['xa-cat', 'Xã Cát', 'bac', 90],
  ['xa-duong', 'Xã Dương', 'nam', 85],
  ['xa-dong', 'Xã Đông', 'nam', 80],
  ['xa-giang', 'Xã Giang', 'nam', 75], // reports after the deadline
  ['xa-hoa', 'Xã Hòa', 'nam', 70],
  ['xa-khe', 'Xã Khê', 'bac', null], // never reports
] as const;

function plan(id: string, year: number): PlanInput & { id: string } {
  return {
    id,
    name: `Kế hoạch kiểm soát TTHC huyện Thử năm ${year}`,
    year,
    units: UNITS.map(([unitId, name, group]) => ({ id: unitId, name, kind: 'commune' as const, groups: [group] })),
    groups: [{ id: 'bac', name: 'Cụm Bắc' }, { id: 'nam', name: 'Cụm Nam' }],
    fields: [{ id: 'ho-tich', name: 'Hộ tịch' }],
    // Section IV lists the plan's tasks (issue 15); reports below name task 4.
    tasks: [{ id: 4, title: 'Thực hiện cơ chế một cửa, một cửa liên thông' }],
  };
}

/** One row of 100 dossiers (50 online), all resolved, k of them on time; every other KPI at 100%. */
function report(k: number): ReportData {
  return {
    dossiers: [{ field: 'ho-tich', online: 50, direct: 50, carriedOver: 0, early: 0, onTime: k, late: 100 - k, pendingOnTime: 0, pendingOverdue: 0 }],
    procedures: { total: 10, oneStop: 10 },
    digital: {
      digitizedDossiers: 100, digitizedResults: 100, electronicResults: 100, feeDossiers: 10, paidOnline: 10,
      reusedData: 100, processedOnSystem: 100, certifiedCopies: 0, eCertifiedCopies: 0,
    },
    satisfaction: { ratings: 10, satisfied: 10, lciRatings: 0, lciSatisfied: 0 },
    feedback: { received: 1, resolved: 1, resolvedOnTime: 1 },
    tasks: k >= 90 ? [{ task: 4, status: 'done' }] : [{ task: 4, status: 'in-progress' }],
  };
}

let s: ApiStack;
let admin: string;

async function submit(planId: string, unitId: string, period: string, k: number): Promise<void> {
  const res = await s.api('POST', `/v1/plans/${planId}/reports`, { token: admin, body: { unitId, period, data: report(k) } });
  expect(res.status, res.text).toBe(201);
}

beforeAll(async () => {
  s = await startApiStack();
  admin = await seedPlan(s, plan(PLAN_ID, 2024), [
    { email: REVIEWER, role: 'reviewer' },
    { email: REPORTER, role: 'reporter', unitId: 'xa-an' },
  ]);
  await seedPlan(s, plan(LAST_YEAR_ID, 2023), [{ email: REVIEWER, role: 'viewer' }]);
  // Q1 2023: only Xã An reported, 80 of 100 in time.
  await submit(LAST_YEAR_ID, 'xa-an', '2023-Q1', 80);
  // Q1 2024 is due 2024-03-17 23:59:59 (+07:00).
  s.setNow('2024-03-10T09:00:00+07:00');
  for (const [unitId, , , k] of UNITS) if (k !== null && unitId !== 'xa-giang') await submit(PLAN_ID, unitId, '2024-Q1', k);
  s.setNow('2024-03-20T09:00:00+07:00');
  await submit(PLAN_ID, 'xa-giang', '2024-Q1', 75);
  // Q2: the same seven, all on time and all 100 in time.
  s.setNow('2024-06-10T09:00:00+07:00');
  for (const [unitId, , , k] of UNITS) if (k !== null) await submit(PLAN_ID, unitId, '2024-Q2', 100);
  s.setNow('2024-06-20T09:00:00+07:00');
});
afterAll(() => s.close());

interface DocxAnswer {
  status: number;
  headers: Headers;
  bytes: Uint8Array;
}

async function getDocx(email: string, period: string, query = '', lang?: string, planId = PLAN_ID): Promise<DocxAnswer> {
  const headers: Record<string, string> = { authorization: `Bearer ${await s.token(email)}` };
  if (lang) headers['accept-language'] = lang;
  const res = await fetch(`${s.url}/v1/plans/${planId}/exports/${period}/report.docx${query}`, { headers });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

async function paragraphs(answer: DocxAnswer): Promise<string[]> {
  expect(answer.status, new TextDecoder().decode(answer.bytes)).toBe(200);
  expect(answer.headers.get('content-type')).toBe(DOCX_TYPE);
  return docxParagraphs(answer.bytes);
}

describe('the 2024-Q1 draft of the whole plan', () => {
  let text: string[];
  beforeAll(async () => {
    const answer = await getDocx(REVIEWER, '2024-Q1');
    text = await paragraphs(answer);
    mkdirSync('test-artifacts', { recursive: true });
    writeFileSync(ARTIFACT, answer.bytes);
  });

  it.skipIf(!canRenderOffice)('renders in LibreOffice: A4 pages, as PNGs in test-artifacts/ to look at', () => {
    const pages = renderOfficeFile(ARTIFACT);
    // Masthead and section I on the first page; the tables and the signature follow.
    expect(pages.length).toBeGreaterThanOrEqual(3);
  }, 180_000);

  it('is named for the plan and period', async () => {
    const answer = await getDocx(REVIEWER, '2024-Q1');
    expect(answer.headers.get('content-disposition')).toContain('du-thao-bao-cao-thu-bao-cao-2024-2024-Q1.docx');
  });

  it('states each KPI against target, with last year’s same quarter', () => {
    // In time: 100 + 95 + 90 + 85 + 80 + 75 + 70 = 595 of 7 × 100 = 700 → 85,0%: below (under 90%).
    // Q1 has no previous period. Q1 2023: Xã An alone, 80/100 = 80,0%; 85,0 − 80,0 = 5,0 points.
    expect(text).toContain(
      '- Giải quyết trước, đúng hạn: 85,0% (595/700); mục tiêu 100,0%: chưa đạt; kỳ trước: không có số liệu; cùng kỳ năm trước (Quý 1/2023): 80,0%, tăng 5,0 điểm phần trăm.',
    );
    // 7 of 8 reported = 87,5%; 6 on time = 75,0%. Last year 1 of 8 reported (12,5%), none on time.
    expect(text).toContain('- Đơn vị đã báo cáo: 87,5% (7/8); mục tiêu 100,0%: chưa đạt; kỳ trước: không có số liệu; cùng kỳ năm trước (Quý 1/2023): 12,5%, tăng 75,0 điểm phần trăm.');
    expect(text).toContain('Có 7/8 đơn vị gửi báo cáo (6 đúng hạn, 1 trễ hạn); 1 đơn vị chưa gửi báo cáo.');
  });

  it('names the units below target and the five lowest scores, lowest first', () => {
    // Below 100% in time: all but Xã An, lowest first.
    expect(text).toContain('- Giải quyết trước, đúng hạn: 6 đơn vị chưa đạt (Xã Hòa 70,0%; Xã Giang 75,0%; Xã Đông 80,0%; Xã Dương 85,0%; Xã Cát 90,0%; Xã Bình 95,0%).');
    // Scores (9 + k/100) ÷ 10 × 100: An 100, Bình 99,5, Cát 99,0, Dương 98,5, Đông 98,0, Giang 97,5,
    // Hòa 97,0 → ranks 1..7; Khê has no report and no score. The bottom five are ranks 7 to 3.
    const start = text.indexOf('Chỉ tiêu chưa đạt') + 1;
    expect(text.slice(start, start + 20)).toEqual([
      '7', 'Xã Hòa', '97,0', 'Giải quyết trước, đúng hạn',
      '6', 'Xã Giang', '97,5', 'Giải quyết trước, đúng hạn',
      '5', 'Xã Đông', '98,0', 'Giải quyết trước, đúng hạn',
      '4', 'Xã Dương', '98,5', 'Giải quyết trước, đúng hạn',
      '3', 'Xã Cát', '99,0', 'Giải quyết trước, đúng hạn',
    ]);
  });

  it('names the missing and late reports, and counts the tasks', () => {
    expect(text).toContain('Chưa gửi báo cáo (1 đơn vị): Xã Khê.');
    expect(text).toContain('Gửi báo cáo trễ hạn (1 đơn vị): Xã Giang.');
    // Task 4: done where k ≥ 90 (An, Bình, Cát), in progress in the other four that reported.
    const row = text.indexOf('Thực hiện cơ chế một cửa, một cửa liên thông');
    // No due date: a dash; then done, in progress, not started, not stated.
    expect(text.slice(row, row + 6)).toEqual(['Thực hiện cơ chế một cửa, một cửa liên thông', '—', '3', '4', '0', '0']);
  });
});

describe('a group, a derived period, English', () => {
  it('a group’s draft uses the group’s roll-up and units', async () => {
    const answer = await getDocx(REVIEWER, '2024-Q1', '?group=bac');
    expect(answer.headers.get('content-disposition')).toContain('du-thao-bao-cao-thu-bao-cao-2024-2024-Q1-bac.docx');
    const text = await paragraphs(answer);
    expect(text).toContain('(Cụm Bắc)');
    // Cụm Bắc: An 100 + Bình 95 + Cát 90 = 285 of 300 = 95,0%; last year's Cụm Bắc: An 80/100.
    expect(text).toContain(
      '- Giải quyết trước, đúng hạn: 95,0% (285/300); mục tiêu 100,0%: gần đạt; kỳ trước: không có số liệu; cùng kỳ năm trước (Quý 1/2023): 80,0%, tăng 15,0 điểm phần trăm.',
    );
    expect(text).toContain('Chưa gửi báo cáo (1 đơn vị): Xã Khê.');
    expect(text.join('\n')).not.toContain('Xã Hòa');
  });

  it('H1 adds Q1 and Q2, and a unit late in Q1 is late for H1', async () => {
    const text = await paragraphs(await getDocx(REVIEWER, '2024-H1'));
    expect(text).toContain('Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông 6 tháng đầu năm 2024');
    // Q1 595/700 + Q2 7 × 100 = 700/700 → 1295/1400 = 92,5%: near. H1 2023 holds Q1 2023's one
    // report: 80/100 = 80,0%; 92,5 − 80,0 = 12,5 points.
    expect(text).toContain(
      '- Giải quyết trước, đúng hạn: 92,5% (1.295/1.400); mục tiêu 100,0%: gần đạt; kỳ trước: không có số liệu; cùng kỳ năm trước (6 tháng đầu năm 2023): 80,0%, tăng 12,5 điểm phần trăm.',
    );
    expect(text).toContain('Gửi báo cáo trễ hạn (1 đơn vị): Xã Giang.');
  });

  it('Q2 compares with Q1', async () => {
    const text = await paragraphs(await getDocx(REVIEWER, '2024-Q2'));
    expect(text).toContain(
      '- Giải quyết trước, đúng hạn: 100,0% (700/700); mục tiêu 100,0%: đạt; so với Quý 1/2024: 85,0%, tăng 15,0 điểm phần trăm; cùng kỳ năm trước (Quý 2/2023): không có số liệu.',
    );
  });

  it('a quarter without reports is a draft that says so, not an error', async () => {
    const text = await paragraphs(await getDocx(REVIEWER, '2024-Q3'));
    expect(text).toContain('- Giải quyết trước, đúng hạn: không có số liệu; mục tiêu 100,0%; so với Quý 2/2024: 100,0%; cùng kỳ năm trước (Quý 3/2023): không có số liệu.');
    expect(text).toContain('Chưa gửi báo cáo (8 đơn vị): Xã An, Xã Bình, Xã Cát, Xã Dương, Xã Đông, Xã Giang, Xã Hòa, Xã Khê.');
    expect(text).toContain('Chưa có đơn vị nào đủ số liệu để chấm điểm.');
  });

  it('is in English with Accept-Language: en', async () => {
    const answer = await getDocx(REVIEWER, '2024-Q1', '', 'en');
    const text = await paragraphs(answer);
    expect(text).toContain('REPORT');
    expect(text).toContain(
      '- Resolved early or on time: 85.0% (595/700); target 100.0%: below; previous period: no data; same period last year (Q1 2023): 80.0%, up 5.0 percentage points.',
    );
    expect(text).toContain('Not reported (1): Xã Khê.');
  });
});

describe('who may have it, and what does not exist', () => {
  it('a reporter gets its own unit’s draft, and 403 for a group', async () => {
    const text = await paragraphs(await getDocx(REPORTER, '2024-Q1'));
    expect(text).toContain('(Xã An)');
    // The reporter is no member of the 2023 plan: last year is not theirs to read.
    expect(text).toContain('- Giải quyết trước, đúng hạn: 100,0% (100/100); mục tiêu 100,0%: đạt; kỳ trước: không có số liệu; cùng kỳ năm trước (Quý 1/2023): không có số liệu.');
    // One unit has no ranking to show, and nothing of the others.
    expect(text.join('\n')).not.toMatch(/Xã Khê|Hạng|chấm điểm/);
    expect((await getDocx(REPORTER, '2024-Q1', '?group=bac')).status).toBe(403);
  });

  it('403 for someone outside the plan, 404 for an unknown period or group (in the caller’s language)', async () => {
    expect((await getDocx(STRANGER, '2024-Q1')).status).toBe(403);
    const period = await getDocx(REVIEWER, '2025-Q1');
    expect(period.status).toBe(404);
    expect(JSON.parse(new TextDecoder().decode(period.bytes)).error.code).toBe('not_found');
    expect((await getDocx(REVIEWER, '2024-Q1', '?group=tay')).status).toBe(404);
    expect((await getDocx(REVIEWER, '2024-Q5')).status).toBe(404);
  });

  it('404 for an unknown plan (to an administrator, who may see every plan)', async () => {
    expect((await getDocx('admin@localhost', '2024-Q1', '', undefined, 'khong-co-2024')).status).toBe(404);
  });
});
