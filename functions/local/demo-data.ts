/**
 * Believable demo reports for Tứ Kỳ 2024, Q1–Q3: a commune handles tens to hundreds of dossiers a
 * quarter, mostly hộ tịch, chứng thực and đất đai; each quarter's carriedOver is the last one's
 * pending. Deterministic (seeded per unit), so every laptop shows the same scorecard.
 */
import type { DossierRow, ReportData } from '../../shared/report.js';
import type { Unit } from '../../shared/plan.js';

/** Fields each kind of unit handles, with a typical quarterly intake range. */
const COMMUNE_FIELDS: [string, number, number][] = [
  ['ho-tich', 40, 160], ['chung-thuc', 60, 300], ['dat-dai', 10, 60], ['bao-tro-xa-hoi', 5, 30], ['nguoi-co-cong', 2, 15], ['nong-nghiep', 0, 8],
];
const AGENCY_FIELDS: Record<string, [string, number, number][]> = {
  'van-phong-hdnd-ubnd': [['tiep-cong-dan', 5, 20]],
  'phong-noi-vu': [['ton-giao', 2, 10], ['thi-dua-khen-thuong', 10, 40]],
  'phong-tu-phap': [['ho-tich', 10, 40], ['chung-thuc', 30, 90], ['nuoi-con-nuoi', 0, 4]],
  'phong-tai-chinh-ke-hoach': [['dau-tu', 2, 10], ['kinh-doanh', 40, 120], ['tai-chinh', 5, 20]],
  'phong-tai-nguyen-moi-truong': [['dat-dai', 150, 400], ['moi-truong', 3, 15]],
  'phong-lao-dong-tbxh': [['bao-tro-xa-hoi', 30, 90], ['nguoi-co-cong', 10, 40]],
  'phong-van-hoa-thong-tin': [['van-hoa', 3, 15]],
  'phong-giao-duc-dao-tao': [['giao-duc-dao-tao', 10, 40]],
  'phong-y-te': [['y-te', 3, 15]],
  'thanh-tra-huyen': [['khieu-nai-to-cao', 1, 8], ['tiep-cong-dan', 5, 25]],
  'phong-kinh-te-ha-tang': [['xay-dung', 30, 90], ['giao-thong-van-tai', 2, 10], ['cong-thuong', 2, 12]],
  'phong-nong-nghiep-ptnt': [['nong-nghiep', 5, 25]],
};
const LCI_FIELDS = new Set(['dat-dai', 'xay-dung', 'dau-tu', 'kinh-doanh']);

export type Random = () => number;

export function seededRandom(seed: string): Random {
  let h = 2166136261;
  for (const c of seed) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
  return () => {
    h = (h + 0x6d2b79f5) | 0;
    let t = Math.imul(h ^ (h >>> 15), 1 | h);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const between = (rnd: Random, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const share = (rnd: Random, n: number, lo: number, hi: number) => Math.round(n * (lo + rnd() * (hi - lo)));

/** One quarter's report; `previous` supplies carriedOver, so pending flows from quarter to quarter. */
export function demoReport(unit: Unit, quarterIndex: number, previous: ReportData | undefined, rnd: Random): ReportData {
  const fields = unit.kind === 'commune' ? COMMUNE_FIELDS : (AGENCY_FIELDS[unit.id] ?? []);
  // Online intake grows through the year, as the portal campaign goes on.
  const onlineShare = 0.25 + 0.08 * quarterIndex + rnd() * 0.2;
  const dossiers: DossierRow[] = fields.map(([field, lo, hi]) => {
    const intake = between(rnd, lo, hi);
    const online = share(rnd, intake, onlineShare - 0.05, onlineShare + 0.05);
    const before = previous?.dossiers.find((r) => r.field === field);
    const carriedOver = before ? before.pendingOnTime + before.pendingOverdue : between(rnd, 0, 6);
    const total = intake + carriedOver;
    const pendingOverdue = rnd() < 0.15 ? Math.min(total, between(rnd, 1, 2)) : 0;
    const pendingOnTime = Math.min(total - pendingOverdue, share(rnd, total, 0.03, 0.09));
    const resolved = total - pendingOnTime - pendingOverdue;
    const late = rnd() < 0.3 ? Math.min(resolved, between(rnd, 1, Math.max(1, Math.round(resolved * 0.04)))) : 0;
    const early = share(rnd, resolved - late, 0.55, 0.85);
    return { field, online, direct: intake - online, carriedOver, early, onTime: resolved - late - early, late, pendingOnTime, pendingOverdue };
  });
  const received = dossiers.reduce((s, r) => s + r.online + r.direct, 0);
  const resolved = dossiers.reduce((s, r) => s + r.early + r.onTime + r.late, 0);
  const lciResolved = dossiers.filter((r) => LCI_FIELDS.has(r.field)).reduce((s, r) => s + r.early + r.onTime + r.late, 0);
  const certification = dossiers.find((r) => r.field === 'chung-thuc');
  const certifiedCopies = certification ? (certification.early + certification.onTime + certification.late) * between(rnd, 2, 4) : 0;
  const feeDossiers = share(rnd, received, 0.4, 0.7);
  const ratings = share(rnd, resolved, 0.3, 0.6);
  const lciRatings = Math.min(ratings, share(rnd, lciResolved, 0.3, 0.6));
  const feedbackReceived = between(rnd, 0, 4);
  const feedbackResolved = Math.min(feedbackReceived, between(rnd, 0, feedbackReceived));
  const satisfied = share(rnd, ratings, 0.86, 0.99);
  const procedures = unit.kind === 'commune' ? between(rnd, 105, 130) : between(rnd, 20, 90);
  return {
    dossiers,
    procedures: { total: procedures, oneStop: procedures - (rnd() < 0.2 ? between(rnd, 1, 3) : 0) },
    digital: {
      digitizedDossiers: share(rnd, received, 0.82, 1),
      digitizedResults: share(rnd, resolved, 0.78, 1),
      electronicResults: share(rnd, resolved, 0.65, 1),
      feeDossiers,
      paidOnline: share(rnd, feeDossiers, 0.3 + 0.05 * quarterIndex, 0.6),
      reusedData: share(rnd, received, 0.3, 0.65),
      processedOnSystem: share(rnd, received, 0.94, 1),
      certifiedCopies,
      eCertifiedCopies: rnd() < 0.2 ? 0 : share(rnd, certifiedCopies, 0.05, 0.3),
    },
    satisfaction: { ratings, satisfied, lciRatings, lciSatisfied: Math.min(satisfied, share(rnd, lciRatings, 0.8, 0.96)) },
    feedback: { received: feedbackReceived, resolved: feedbackResolved, resolvedOnTime: share(rnd, feedbackResolved, 0.7, 1) },
    ...(unit.tags?.includes('one-stop-office') ? { office: { brandIdentity: seededRandom(`${unit.id}/office`)() < 0.85 } } : {}),
    tasks: Array.from({ length: 11 }, (_, i) => ({
      task: i + 1,
      status: rnd() < 0.25 * (quarterIndex + 1) ? ('done' as const) : rnd() < 0.8 ? ('in-progress' as const) : ('not-started' as const),
    })),
  };
}
