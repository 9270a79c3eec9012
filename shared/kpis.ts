/**
 * The KPI catalog (DESIGN §6, contract): ids, default targets and labels. The formulas live in
 * engine/kpi-values.ts (ratio KPIs) and engine/period-evaluation.ts (unit-count KPIs).
 */

export const RATIO_KPI_IDS = [
  'one_stop_coverage',
  'on_time_resolution',
  'online_submission',
  'online_payment',
  'digitized_dossiers',
  'digitized_results',
  'electronic_results',
  'data_reuse',
  'electronic_processing',
  'satisfaction',
  'satisfaction_lci',
  'feedback_on_time',
  'e_certified_copies_share',
] as const;

export const UNIT_COUNT_KPI_IDS = [
  'brand_identity',
  'e_certification',
  'reporting_completeness',
  'reporting_on_time',
] as const;

export const KPI_IDS = [...RATIO_KPI_IDS, ...UNIT_COUNT_KPI_IDS] as const;

export type RatioKpiId = (typeof RATIO_KPI_IDS)[number];
export type KpiId = (typeof KPI_IDS)[number];

export function isKpiId(id: string): id is KpiId {
  return (KPI_IDS as readonly string[]).includes(id);
}

/** Default targets; `null` means the plan has no target (the province sets one, or none exists). */
export const DEFAULT_TARGETS: Readonly<Record<KpiId, number | null>> = {
  one_stop_coverage: 1,
  on_time_resolution: 1,
  online_submission: null,
  online_payment: 0.45,
  digitized_dossiers: 1,
  digitized_results: 1,
  electronic_results: 1,
  data_reuse: 0.5,
  electronic_processing: 1,
  satisfaction: 0.9,
  satisfaction_lci: 0.85,
  feedback_on_time: 1,
  e_certified_copies_share: null,
  brand_identity: 1,
  e_certification: 1,
  reporting_completeness: 1,
  reporting_on_time: 1,
};

interface KpiLabel {
  vi: string;
  en: string;
}

export const KPI_LABELS: Readonly<Record<KpiId, KpiLabel>> = {
  one_stop_coverage: { vi: 'TTHC qua Một cửa', en: 'Procedures via one-stop' },
  on_time_resolution: { vi: 'Giải quyết trước, đúng hạn', en: 'Resolved early or on time' },
  online_submission: { vi: 'Hồ sơ nộp trực tuyến', en: 'Dossiers submitted online' },
  online_payment: { vi: 'Thanh toán trực tuyến', en: 'Paid online' },
  digitized_dossiers: { vi: 'Số hóa hồ sơ', en: 'Dossiers digitized' },
  digitized_results: { vi: 'Số hóa kết quả', en: 'Results digitized' },
  electronic_results: { vi: 'Kết quả điện tử', en: 'Electronic results' },
  data_reuse: { vi: 'Tái sử dụng dữ liệu số', en: 'Digitized data reused' },
  electronic_processing: { vi: 'Xử lý trên hệ thống điện tử', en: 'Processed on the e-system' },
  satisfaction: { vi: 'Mức độ hài lòng', en: 'Satisfaction' },
  satisfaction_lci: { vi: 'Hài lòng: đất đai, xây dựng, đầu tư', en: 'Satisfaction: land, construction, investment' },
  feedback_on_time: { vi: 'Phản ánh, kiến nghị xử lý đúng hạn', en: 'Feedback handled on time' },
  e_certified_copies_share: { vi: 'Chứng thực bản sao điện tử', en: 'Electronic certified copies' },
  brand_identity: { vi: 'Bộ phận Một cửa có nhận diện thương hiệu', en: 'One-stop offices with brand identity' },
  e_certification: { vi: 'Đơn vị cấp bản sao điện tử', en: 'Units issuing e-certified copies' },
  reporting_completeness: { vi: 'Đơn vị đã báo cáo', en: 'Units that reported' },
  reporting_on_time: { vi: 'Đơn vị báo cáo đúng hạn', en: 'Units that reported on time' },
};
