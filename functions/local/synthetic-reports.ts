/**
 * Believable quarterly reports made up from a seed: the local demo (demo-data.ts) and the
 * benchmarks (bench/fixtures.ts) build theirs here, so both exercise the same shapes. Each field's
 * intake is drawn from its range, most dossiers resolve early or on time, a few late or overdue;
 * `previous` supplies carriedOver, so pending flows from quarter to quarter.
 */
import type { Unit } from '../../shared/plans/plan.js';
import { GROUP_LCI, TAG_ONE_STOP_OFFICE } from '../../shared/plans/tags.js';
import type { DossierRow, ReportData } from '../../shared/report/schema.js';

/** A number in [0, 1), as Math.random, but the same sequence for the same seed. */
export type Random = () => number;

/** mulberry32 seeded from an FNV-1a hash of the seed: small, fast, good enough to vary counts. */
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

/** A field a unit handles, with its typical quarterly intake range. */
export type FieldIntake = readonly [field: string, min: number, max: number];

export interface ReportShape {
  intakes: readonly FieldIntake[];
  /** The fields of the land, construction and investment index (the plan's `lci` group). */
  lciFields: ReadonlySet<string>;
}

export function lciFieldsOf(plan: { fields: readonly { id: string; group?: string | undefined }[] }): ReadonlySet<string> {
  return new Set(plan.fields.filter((f) => f.group === GROUP_LCI).map((f) => f.id));
}

const between = (rnd: Random, lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
const share = (rnd: Random, n: number, lo: number, hi: number) => Math.round(n * (lo + rnd() * (hi - lo)));

/** One quarter's report (`quarterIndex` 0 for Q1), valid for a plan holding the shape's fields. */
export function syntheticReport(unit: Unit, shape: ReportShape, quarterIndex: number, previous: ReportData | undefined, rnd: Random): ReportData {
  // Online intake grows through the year, as the portal campaign goes on.
  const onlineShare = 0.25 + 0.08 * quarterIndex + rnd() * 0.2;
  const dossiers: DossierRow[] = shape.intakes.map(([field, lo, hi]) => {
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
  const lciResolved = dossiers.filter((r) => shape.lciFields.has(r.field)).reduce((s, r) => s + r.early + r.onTime + r.late, 0);
  const certification = dossiers.find((r) => r.field === 'chung-thuc');
  const certifiedCopies = certification ? (certification.early + certification.onTime + certification.late) * between(rnd, 2, 4) : 0;
  const feeDossiers = share(rnd, received, 0.4, 0.7);
  const ratings = share(rnd, resolved, 0.3, 0.6);
  const lciRatings = Math.min(ratings, share(rnd, lciResolved, 0.3, 0.6));
  const feedbackReceived = between(rnd, 0, 4);
  const feedbackResolved = Math.min(feedbackReceived, between(rnd, 0, feedbackReceived));
  const satisfied = share(rnd, ratings, 0.86, 0.99);
  // A commune-level unit (xã, phường, đặc khu) runs over a hundred procedures; an agency those of its sector.
  const procedures = unit.kind === 'agency' ? between(rnd, 20, 90) : between(rnd, 105, 130);
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
    ...(unit.tags?.includes(TAG_ONE_STOP_OFFICE) ? { office: { brandIdentity: seededRandom(`${unit.id}/office`)() < 0.85 } } : {}),
    tasks: Array.from({ length: 11 }, (_, i) => ({
      task: i + 1,
      status: rnd() < 0.25 * (quarterIndex + 1) ? ('done' as const) : rnd() < 0.8 ? ('in-progress' as const) : ('not-started' as const),
    })),
  };
}
