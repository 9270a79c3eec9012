/**
 * Words that the scorecard shows around the numbers (chart titles, axes, statuses, periods), in
 * Vietnamese and English. KPI names live in ../kpis.ts (KPI_LABELS); messages in ../words/messages.ts.
 */
import { parsePeriodId } from '../calendar.js';
import { formatNumber } from '../words/format.js';
import type { Lang } from '../words/messages.js';
import type { KpiStatus } from '../engine/scorecard-model.js';

export interface ChartWords {
  districtKpis: string;
  unitRanking: string;
  groupRanking: string;
  completeness: string;
  trend: string;
  value: string;
  target: string;
  score: string;
  onTime: string;
  late: string;
  missing: string;
  unitsReported: (submitted: number, expected: number) => string;
  topAndBottom: (each: number, total: number) => string;
  topAndBottomGroups: (each: number, total: number) => string;
  lowest: (shown: number, total: number) => string;
  /** The 766 chart: always called an estimate (ước tính). */
  index766: string;
  index766Points: string;
  index766Max: string;
}

export const CHART_WORDS: Readonly<Record<Lang, ChartWords>> = {
  vi: {
    districtKpis: 'Kết quả các chỉ tiêu so với mục tiêu',
    unitRanking: 'Xếp hạng đơn vị theo điểm',
    groupRanking: 'Xếp hạng nhóm đơn vị theo điểm',
    completeness: 'Tình hình gửi báo cáo',
    trend: 'Diễn biến các chỉ tiêu chính qua các quý',
    value: 'Kết quả (%)',
    target: 'Mục tiêu (%)',
    score: 'Điểm (0–100)',
    onTime: 'Đúng hạn',
    late: 'Trễ hạn',
    missing: 'Chưa báo cáo',
    unitsReported: (s, e) => `${formatNumber(s, 'vi')}/${formatNumber(e, 'vi')} đơn vị đã báo cáo`,
    topAndBottom: (n, total) => `${n} đơn vị cao nhất và ${n} thấp nhất trong ${formatNumber(total, 'vi')}`,
    topAndBottomGroups: (n, total) => `${n} nhóm cao nhất và ${n} thấp nhất trong ${formatNumber(total, 'vi')}`,
    lowest: (n, total) => `${n} đơn vị thấp nhất trong ${formatNumber(total, 'vi')} đơn vị có số liệu`,
    index766: 'Chỉ số 766 ước tính của các đơn vị',
    index766Points: 'Điểm ước tính',
    index766Max: 'Tối đa ước tính được',
  },
  en: {
    districtKpis: 'KPIs against targets',
    unitRanking: 'Units ranked by score',
    groupRanking: 'Groups ranked by score',
    completeness: 'Reports received',
    trend: 'Headline KPIs by quarter',
    value: 'Result (%)',
    target: 'Target (%)',
    score: 'Score (0–100)',
    onTime: 'On time',
    late: 'Late',
    missing: 'Not reported',
    unitsReported: (s, e) => `${formatNumber(s, 'en')} of ${formatNumber(e, 'en')} units reported`,
    topAndBottom: (n, total) => `top ${n} and bottom ${n} of ${formatNumber(total, 'en')} units`,
    topAndBottomGroups: (n, total) => `top ${n} and bottom ${n} of ${formatNumber(total, 'en')} groups`,
    lowest: (n, total) => `lowest ${n} of ${formatNumber(total, 'en')} units with data`,
    index766: 'Estimated 766 index of units',
    index766Points: 'Estimated points',
    index766Max: 'Most that can be estimated',
  },
};

export const STATUS_LABELS: Readonly<Record<KpiStatus, { vi: string; en: string }>> = {
  met: { vi: 'Đạt', en: 'Met' },
  near: { vi: 'Gần đạt', en: 'Near' },
  below: { vi: 'Chưa đạt', en: 'Below' },
  info: { vi: 'Theo dõi', en: 'For information' },
  'no-data': { vi: 'Không có số liệu', en: 'No data' },
};

/** "2024-Q1" → "Quý 1/2024" or "Q1 2024"; derived periods likewise. Unknown ids are shown as they are. */
export function periodLabel(periodId: string, lang: Lang): string {
  const p = parsePeriodId(periodId);
  if (p === null) return periodId;
  const { year, kind } = p;
  if (kind === 'H1') return lang === 'vi' ? `6 tháng đầu năm ${year}` : `H1 ${year}`;
  if (kind === '9M') return lang === 'vi' ? `9 tháng năm ${year}` : `9 months ${year}`;
  if (kind === 'Y') return lang === 'vi' ? `Năm ${year}` : `Year ${year}`;
  return lang === 'vi' ? `Quý ${kind.slice(1)}/${year}` : `${kind} ${year}`;
}
