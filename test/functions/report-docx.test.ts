/**
 * The narrative report draft's builder on the hand-worked district of test/shared/district-fixture
 * (figures from the engine, as the export computes them): the .docx is opened as a zip and its
 * paragraphs read, so these checks see what Word and LibreOffice show.
 */
import { describe, expect, it } from 'vitest';
import JSZip from 'jszip';
import { periodInfo } from '../../shared/calendar.js';
import { computeScorecard } from '../../shared/engine/scorecard.js';
import type { KpiResult } from '../../shared/engine/scorecard-model.js';
import { buildReportDocx, type ReportDraftInput } from '../../functions/exports/report-docx/build-report-docx.js';
import { COMPUTED_AT, plan, reports } from '../shared/district-fixture.js';
import { docxParagraphs } from '../helpers/docx-text.js';

/** Two of the plan's tasks (plan data, issue 15): section IV lists these, in this order, with their due dates. */
const tasks = [
  { id: 2, title: 'Rà soát, đơn giản hóa TTHC', titleEn: 'Review and simplify procedures', due: '2024-08-31', evidence: 'document' as const },
  { id: 11, title: 'Chế độ thông tin báo cáo; lưu trữ hồ sơ', evidence: 'none' as const },
];

function draft(periodId: string, overrides: Partial<ReportDraftInput> = {}): Promise<Uint8Array> {
  const figures = computeScorecard({ plan, period: periodId, reports, computedAt: COMPUTED_AT });
  // The tasks blocks of the units that reported 2024-Q2: a (task 11 done), b and c (none).
  const unitTasks = reports.filter((r) => r.period === '2024-Q2' && ['a', 'b', 'c'].includes(r.unitId)).map((r) => r.data.tasks);
  return buildReportDocx({
    plan: { ...plan, tasks }, period: periodInfo(periodId, plan.timezone)!, figures, scopeName: null, lastYear: null, unitTasks,
    now: new Date('2024-06-20T03:00:00Z'), lang: 'vi', ...overrides,
  });
}

/** Last year's district value of one KPI, as the use case would pass it. */
const lastYearOnTime = (value: number): KpiResult[] => [
  { id: 'on_time_resolution', value, target: 1, status: 'near', numerator: value * 100, denominator: 100, previous: null },
];

describe('the 2024-Q2 draft (Vietnamese)', async () => {
  const text = await docxParagraphs(await draft('2024-Q2', { lastYear: lastYearOnTime(0.9) }));

  it('has the masthead, the title with its period and the period’s dates', () => {
    expect(text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text).toContain('Số: ……/BC-UBND');
    expect(text).toContain('……………, ngày …… tháng 6 năm 2024');
    expect(text).toContain('Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông quý II năm 2024');
    // Q2 runs from the 15th of the month before the quarter to the 14th of its last month.
    expect(text).toContain('(Số liệu từ ngày 15/03/2024 đến ngày 14/06/2024)');
  });

  it('states the dossier counts and each KPI against target, the previous quarter and last year', () => {
    // received = 100 (a) + 100 (b) + 100 (c) = 300; online = 50 + 20 + 0 = 70;
    // resolved = 95 + 90 + 100 = 285; early or on time = 90 + 80 + 100 = 270.
    expect(text).toContain('Tổng số hồ sơ tiếp nhận trong kỳ: 300 hồ sơ, trong đó trực tuyến 70 hồ sơ. Đã giải quyết 285 hồ sơ, trong đó trước hạn và đúng hạn 270 hồ sơ.');
    // 270/285 = 94.74% → 94,7%, near (within 10 points below 100%). Q1: a, b and d each 70 of 75
    // → 210/225 = 93.33% → 93,3%; 94,7 − 93,3 = 1,4 points. Last year 90,0%: 94,7 − 90,0 = 4,7.
    expect(text).toContain(
      '- Giải quyết trước, đúng hạn: 94,7% (270/285); mục tiêu 100,0%: gần đạt; so với Quý 1/2024: 93,3%, tăng 1,4 điểm phần trăm; cùng kỳ năm trước (Quý 2/2023): 90,0%, tăng 4,7 điểm phần trăm.',
    );
    // Reports: a, b, c of 4 expected (d missing); c came late: 3/4 = 75,0%, and Q1 3/5 = 60,0%.
    expect(text).toContain('Có 3/4 đơn vị gửi báo cáo (2 đúng hạn, 1 trễ hạn); 1 đơn vị chưa gửi báo cáo.');
    expect(text).toContain('- Đơn vị đã báo cáo: 75,0% (3/4); mục tiêu 100,0%: chưa đạt; so với Quý 1/2024: 60,0%, tăng 15,0 điểm phần trăm; cùng kỳ năm trước (Quý 2/2023): không có số liệu.');
  });

  it('names the units below target, and the missing and late reports', () => {
    // online_submission (target 60%): c 0/100, b 20/100, a 50/100, lowest first.
    expect(text).toContain('- Hồ sơ nộp trực tuyến: 3 đơn vị chưa đạt (Phòng Tư pháp 0,0%; Xã Bình Lãng 20,0%; Xã An Thanh 50,0%).');
    expect(text).toContain('Chưa gửi báo cáo (1 đơn vị): Xã Đại Sơn.');
    expect(text).toContain('Gửi báo cáo trễ hạn (1 đơn vị): Phòng Tư pháp.');
  });

  it('counts where each of the plan’s tasks stands among the units that reported, with its due date', () => {
    const heads = text.indexOf('Thời hạn');
    expect(text.slice(heads - 2, heads + 5)).toEqual(['STT', 'Nhiệm vụ', 'Thời hạn', 'Hoàn thành', 'Đang thực hiện', 'Chưa thực hiện', 'Không nêu']);
    // Task 2: no unit mentions it, so all 3 reporting units are "not stated".
    const second = text.indexOf('Rà soát, đơn giản hóa TTHC');
    expect(text.slice(second - 1, second + 6)).toEqual(['2', 'Rà soát, đơn giản hóa TTHC', '31/08/2024', '0', '0', '0', '3']);
    // Task 11: a says done; b and c do not mention it. No due date: a dash.
    const row = text.indexOf('Chế độ thông tin báo cáo; lưu trữ hồ sơ');
    expect(text.slice(row - 1, row + 6)).toEqual(['11', 'Chế độ thông tin báo cáo; lưu trữ hồ sơ', '—', '1', '0', '0', '2']);
  });

  it('says so when the plan lists no tasks', async () => {
    const without = await docxParagraphs(await draft('2024-Q2', { plan }));
    const heading = without.indexOf('IV. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CỦA KẾ HOẠCH');
    expect(without[heading + 1]).toBe('Kế hoạch không liệt kê nhiệm vụ.');
  });

  it('leaves the assessment to the office and ends with the signature block', () => {
    expect(text).toContain('V. ĐÁNH GIÁ CHUNG VÀ ĐỀ XUẤT, KIẾN NGHỊ');
    expect(text).toContain('4. Đề xuất, kiến nghị');
    const signature = text.indexOf('TM. ỦY BAN NHÂN DÂN');
    expect(text.slice(signature, signature + 3)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', '(Ký, ghi rõ họ tên, đóng dấu)']);
    expect(text.slice(text.indexOf('Nơi nhận:'), signature)).toContain('- Lưu: VT.');
  });
});

describe('a derived period, English, and the page', () => {
  it('H1 adds the quarters and has no previous period', async () => {
    const text = await docxParagraphs(await draft('2024-H1'));
    expect(text).toContain('Kết quả kiểm soát thủ tục hành chính, thực hiện cơ chế một cửa, một cửa liên thông 6 tháng đầu năm 2024');
    expect(text).toContain('(Số liệu từ ngày 15/12/2023 đến ngày 14/06/2024)');
    // Q1 210/225 + Q2 270/285 = 480/510 = 94.12% → 94,1%.
    expect(text).toContain('- Giải quyết trước, đúng hạn: 94,1% (480/510); mục tiêu 100,0%: gần đạt; kỳ trước: không có số liệu; cùng kỳ năm trước (6 tháng đầu năm 2023): không có số liệu.');
  });

  it('is in English when asked', async () => {
    const text = await docxParagraphs(await draft('2024-Q2', { lang: 'en' }));
    expect(text).toContain('SOCIALIST REPUBLIC OF VIETNAM');
    expect(text).toContain('Results of administrative procedure control and the one-stop mechanism, Q2 2024');
    expect(text).toContain('- Resolved early or on time: 94.7% (270/285); target 100.0%: near; against Q1 2024: 93.3%, up 1.4 percentage points; same period last year (Q2 2023): no data.');
    expect(text).toContain('Not reported (1): Xã Đại Sơn.');
    // A task's English title where the plan gives one, else its own.
    expect(text).toContain('Review and simplify procedures');
    expect(text).toContain('Chế độ thông tin báo cáo; lưu trữ hồ sơ');
  });

  it('keeps names as text: markup is escaped, characters XML forbids are dropped', async () => {
    const named = { ...plan, units: plan.units.map((u) => (u.id === 'd' ? { ...u, name: 'Xã <b>Đại</b> & Sơn\u0007' } : u)) };
    const figures = computeScorecard({ plan: named, period: '2024-Q2', reports, computedAt: COMPUTED_AT });
    const text = await docxParagraphs(await draft('2024-Q2', { figures }));
    expect(text).toContain('Chưa gửi báo cáo (1 đơn vị): Xã <b>Đại</b> & Sơn.');
  });

  it('is an A4 page in Times New Roman, marked as Vietnamese', async () => {
    const zip = await JSZip.loadAsync(await draft('2024-Q2'));
    const [body, styles] = await Promise.all(['word/document.xml', 'word/styles.xml'].map((f) => zip.file(f)!.async('string')));
    expect(body).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(styles).toContain('w:ascii="Times New Roman"');
    expect(styles).toContain('w:val="vi-VN"');
  });
});
