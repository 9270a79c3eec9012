/**
 * The words of the 766 estimate (INDEX-766.md) for the page, the sidebar and the scorecard sheet:
 * each indicator's title, how we approximate it, what one more item of its numerator is (for
 * "3 more dossiers paid online → +0.8 points"), and the help text that states our assumptions.
 * The help text is built from the rules' own table (index766/indicators.ts), so it cannot drift.
 */
import type { Index766Gain } from '../scorecard-model.js';
import { ESTIMATED_INDICATORS, ESTIMATED_MAX, INDEX_766_INDICATORS } from './indicators.js';
import { formatNumber } from '../../words/format.js';
import type { Lang } from '../../words/messages.js';
import { pageText } from '../../words/page-words.js';

type Words = Readonly<Record<Lang, string>>;
/** `count` is already formatted ("1.234"); English says "1 more dossier", "2 more dossiers". */
type More = Readonly<Record<Lang, (count: string) => string>>;

const s = (count: string, one: string, many = `${one}s`) => `${count} more ${count === '1' ? one : many}`;

/** Vietnamese titles as the reference gives them (shortened where it does); English is ours. */
const TITLES: Readonly<Record<string, Words>> = {
  '1.1': { vi: 'Tỷ lệ TTHC công bố đúng hạn', en: 'Procedures announced on time' },
  '1.2': { vi: 'Tỷ lệ TTHC được cập nhật, công khai đúng hạn', en: 'Procedures updated and published on time' },
  '1.3': { vi: 'Tỷ lệ TTHC được công khai có đầy đủ các nội dung', en: 'Published procedures with every required part' },
  '1.4': { vi: 'Tỷ lệ hồ sơ đồng bộ lên Cổng DVCQG', en: 'Dossiers synced to the national portal' },
  '2.1': { vi: 'Tỷ lệ hồ sơ xử lý trước hạn, đúng hạn', en: 'Dossiers handled early or on time' },
  'G3-online': { vi: 'Hồ sơ DVCTT toàn trình trên tổng hồ sơ TTHC đủ điều kiện', en: 'Full-online dossiers among dossiers of eligible procedures' },
  '3.5': { vi: 'Tỷ lệ TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến', en: 'Fee-bearing procedures integrated for online payment' },
  '3.5b': { vi: 'TTHC có giao dịch thanh toán trực tuyến', en: 'Procedures with online payment transactions' },
  '3.6': { vi: 'Tỷ lệ hồ sơ thanh toán trực tuyến', en: 'Dossiers paid online' },
  '4.1': { vi: 'Tỷ lệ hồ sơ TTHC có cấp kết quả giải quyết điện tử', en: 'Dossiers with an electronic result' },
  '4.2': { vi: 'Tỷ lệ hồ sơ TTHC thực hiện số hóa hồ sơ', en: 'Dossiers digitized' },
  'G4-e-copies': { vi: 'Cung cấp dịch vụ chứng thực bản sao điện tử từ bản chính', en: 'Electronic certified copies from originals' },
  '4.3': { vi: 'Tỷ lệ hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa', en: 'Dossiers reusing digitized data' },
  '4.4': { vi: 'Tỷ lệ hồ sơ được số hóa có kết nối, chia sẻ dữ liệu để tái sử dụng', en: 'Digitized dossiers shared through the data store for reuse' },
  '4.5a': { vi: 'Tỷ lệ TTHC triển khai kết nối, chia sẻ dữ liệu dân cư', en: 'Procedures connected to population data' },
  '4.5b': { vi: 'Tỷ lệ hồ sơ sử dụng dữ liệu từ CSDL quốc gia về dân cư', en: 'Dossiers using the national population database' },
  '5.2': { vi: 'Tiến độ xử lý phản ánh, kiến nghị', en: 'Feedback handled on time' },
  '5.3': { vi: 'Tỷ lệ hài lòng trong xử lý phản ánh, kiến nghị', en: 'Satisfaction with feedback handling' },
  '5.4': { vi: 'Tỷ lệ hài lòng trong tiếp nhận, giải quyết TTHC', en: 'Satisfaction with receiving and handling procedures' },
};

/** How each estimated indicator is read from the report, and which way it errs (INDEX-766.md §3). */
const APPROXIMATIONS: Readonly<Record<string, Words>> = {
  '2.1': {
    vi: '(trước hạn + đúng hạn + đang giải quyết trong hạn) ÷ tổng hồ sơ của kỳ (năm cột của biểu 06a); không trừ được thời gian bổ sung hồ sơ.',
    en: '(early + on time + open within time) ÷ all dossiers of the period (the five columns of form 06a); citizen supplement time cannot be left out.',
  },
  'G3-online': {
    vi: 'hồ sơ nộp trực tuyến ÷ hồ sơ tiếp nhận (trực tuyến + trực tiếp); ước tính thô, chưa tách hồ sơ toàn trình và TTHC đủ điều kiện.',
    en: 'dossiers received online ÷ dossiers received (online + in person); rough: full-online dossiers and eligible procedures cannot be told apart.',
  },
  '3.6': {
    vi: 'hồ sơ thanh toán trực tuyến ÷ hồ sơ có phí, lệ phí do đơn vị báo cáo (Cổng DVCQG dùng dữ liệu phí của CSDL QG).',
    en: 'dossiers paid online ÷ fee-bearing dossiers as the unit reports them (the portal uses the national fee data).',
  },
  '4.1': {
    vi: 'kết quả điện tử ÷ hồ sơ đã giải quyết; mẫu số gồm cả TTHC không cần kết quả giấy nên thường thấp hơn thực tế.',
    en: 'electronic results ÷ dossiers resolved; the base also holds procedures with no paper result, so it usually reads low.',
  },
  '4.2': {
    vi: 'hồ sơ được số hóa ÷ hồ sơ tiếp nhận; không kiểm được cả hai điều kiện trên cùng hồ sơ nên là cận trên.',
    en: 'digitized dossiers ÷ dossiers received; both conditions cannot be checked on the same dossier, so it is an upper bound.',
  },
  'G4-e-copies': {
    vi: 'bản sao chứng thực điện tử ÷ bản sao chứng thực.',
    en: 'electronic certified copies ÷ certified copies.',
  },
  '4.3': {
    vi: 'hồ sơ tái sử dụng dữ liệu ÷ hồ sơ tiếp nhận; số này chỉ dùng cho 4.3, không cho 4.4.',
    en: 'dossiers reusing data ÷ dossiers received; the figure feeds 4.3 only, not 4.4.',
  },
  '5.2': {
    vi: 'phản ánh, kiến nghị xử lý đúng hạn ÷ phản ánh, kiến nghị tiếp nhận: cận dưới, vì việc chưa xử lý xong được tính như trễ hạn.',
    en: 'feedback handled on time ÷ feedback received: a lower bound, as items still open count as late.',
  },
  '5.4': {
    vi: '100% − (trễ hạn + đang quá hạn) ÷ tổng hồ sơ − (lượt đánh giá − lượt hài lòng) ÷ tổng hồ sơ, coi mỗi hồ sơ một lượt đánh giá.',
    en: '100% − (late + open overdue) ÷ all dossiers − (ratings − satisfied) ÷ all dossiers, taking one rating per dossier.',
  },
};

/** "3 hồ sơ nữa thanh toán trực tuyến" / "3 more dossiers paid online". */
const MORE: Readonly<Record<string, More>> = {
  '2.1': { vi: (n) => `${n} hồ sơ nữa giải quyết trước hạn, đúng hạn`, en: (n) => `${s(n, 'dossier')} handled on time` },
  'G3-online': { vi: (n) => `${n} hồ sơ nữa nộp trực tuyến thay vì trực tiếp`, en: (n) => `${s(n, 'dossier')} submitted online instead of in person` },
  '3.6': { vi: (n) => `${n} hồ sơ nữa thanh toán trực tuyến`, en: (n) => `${s(n, 'dossier')} paid online` },
  '4.1': { vi: (n) => `${n} hồ sơ nữa có kết quả điện tử`, en: (n) => `${s(n, 'dossier')} with an electronic result` },
  '4.2': { vi: (n) => `${n} hồ sơ nữa được số hóa`, en: (n) => `${s(n, 'dossier')} digitized` },
  'G4-e-copies': { vi: (n) => `${n} bản sao nữa chứng thực điện tử`, en: (n) => `${s(n, 'copy', 'copies')} certified electronically` },
  '4.3': { vi: (n) => `${n} hồ sơ nữa tái sử dụng dữ liệu số hóa`, en: (n) => `${s(n, 'dossier')} reusing digitized data` },
  '5.2': { vi: (n) => `${n} phản ánh, kiến nghị nữa xử lý đúng hạn`, en: (n) => `${s(n, 'feedback item')} handled on time` },
  '5.4': {
    vi: (n) => `${n} hồ sơ nữa đúng hạn và không bị đánh giá chưa hài lòng`,
    en: (n) => `${s(n, 'dossier')} on time and not rated dissatisfied`,
  },
};

export function indicatorTitle(id: string, lang: Lang): string {
  return TITLES[id]?.[lang] ?? id;
}

/** The indicator words the page takes (web/src/index766-view.ts `IndicatorWords`). */
export const INDICATOR_WORDS = {
  title: indicatorTitle,
  more: (id: string, count: string, lang: Lang): string => MORE[id]?.[lang](count) ?? `${count} × ${indicatorTitle(id, lang)}`,
};

/** "3 hồ sơ nữa thanh toán trực tuyến → +0,8 điểm"; without a count, the indicator's title instead. */
export function gainText(gain: Index766Gain, lang: Lang): string {
  const what = gain.dossiers === null ? indicatorTitle(gain.indicatorId, lang) : INDICATOR_WORDS.more(gain.indicatorId, formatNumber(gain.dossiers, lang), lang);
  return `${what} → ${pageText(lang, 'gainPoints', { points: formatNumber(gain.points, lang, 1) })}`;
}

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;
const totalMax = INDEX_766_INDICATORS.reduce((sum, i) => sum + i.max, 0);
const assumed = ESTIMATED_INDICATORS.filter((i) => i.assumed).map((i) => i.id).join(', ');
const sourceRules = (lang: Lang) =>
  ESTIMATED_INDICATORS.filter((i) => !i.assumed).map((i) => `${i.id} ${lang === 'vi' ? 'từ' : 'from'} ${percent(i.threshold)}`).join(', ');
const approximations = (lang: Lang) => ESTIMATED_INDICATORS.map((i) => `${i.id} ${indicatorTitle(i.id, lang)}: ${APPROXIMATIONS[i.id]![lang]}`);

/** Paragraphs separated by a blank line. */
export const INDEX766_HELP: Readonly<Record<Lang, string>> = {
  vi: [
    `Đây là điểm ƯỚC TÍNH theo Bộ chỉ số 766 (Quyết định 766/QĐ-TTg) từ số liệu đơn vị báo cáo, không phải điểm chính thức: Cổng DVCQG tính từ dữ liệu từng hồ sơ. Chỉ ước tính được ${ESTIMATED_MAX}/${totalMax} điểm; các chỉ số còn lại ghi "cần dữ liệu Cổng DVCQG" và không tính vào điểm lẫn điểm tối đa.`,
    'Chỉ số có mẫu số bằng 0 là "không có số liệu": không phải 0 điểm và không tính vào điểm tối đa. Điểm của toàn kế hoạch, của nhóm tính từ tổng số liệu các đơn vị, không lấy trung bình.',
    `Đủ điểm theo văn bản nguồn: ${sourceRules('vi')}; dưới ngưỡng: tỷ lệ × điểm tối đa ÷ ngưỡng.`,
    `Giả định của chúng tôi (văn bản nguồn không nêu cách cho điểm): ${assumed} được tính bằng tỷ lệ × điểm tối đa, đủ điểm khi đạt 100%.`,
    ...approximations('vi'),
    'Điểm có thể tăng: số hồ sơ thêm ít nhất để chỉ số đạt ngưỡng đủ điểm, với cùng mẫu số.',
  ].join('\n\n'),
  en: [
    `These are ESTIMATED points of the 766 index (Decision 766/QĐ-TTg) from what the unit reports, not the official score, which the national portal computes from each dossier. Only ${ESTIMATED_MAX} of ${totalMax} points can be estimated; the other indicators say "needs portal data" and count in neither the points nor the maximum.`,
    'An indicator whose denominator is 0 has "no data": not 0 points, and not counted in the maximum. The plan\'s and a group\'s points come from the units\' summed figures, not from an average.',
    `Full points as the source states: ${sourceRules('en')}; below that, rate × ceiling ÷ threshold.`,
    `Our assumption (the source gives no scoring rule): ${assumed} score rate × ceiling, full points at 100%.`,
    ...approximations('en'),
    'Points to gain: the fewest more dossiers that bring an indicator to its full-points threshold, with the same denominator.',
  ].join('\n\n'),
};

export function index766Help(lang: Lang): string {
  return INDEX766_HELP[lang];
}
