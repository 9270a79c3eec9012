/**
 * Synthetic but valid input for benchmarks: a plan of N units and 16 fields, and one quarter's
 * reports with 16 field rows each. Seeded, so every run measures the same data.
 */
import type { Plan, Unit } from '../shared/plan.js';
import type { DossierRow, ReportData } from '../shared/report.js';
import type { SubmittedReport } from '../shared/scorecard-model.js';

export const BENCH_FIELDS = 16;

/** mulberry32: a small, fast, seeded generator; good enough to vary counts. */
function seeded(seed: number): (max: number) => number {
  let s = seed >>> 0;
  return (max) => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * (max + 1));
  };
}

export function benchPlan(units: number): Plan {
  const list: Unit[] = Array.from({ length: units }, (_, i) => {
    const agency = i % 10 === 9;
    return {
      id: `u-${i}`,
      name: agency ? `Phòng ${i}` : `Xã ${i}`,
      kind: agency ? 'agency' : 'commune',
      tags: agency ? ['certification'] : ['one-stop-office', 'certification'],
    };
  });
  const fields = Array.from({ length: BENCH_FIELDS }, (_, i) => ({ id: `field-${i}`, name: `Lĩnh vực ${i}`, ...(i < 3 ? { group: 'lci' } : {}) }));
  return { id: 'bench-2024', name: 'Bench', year: 2024, timezone: 'Asia/Ho_Chi_Minh', units: list, fields };
}

export function benchReports(plan: Plan, quarter: string, seed = 1): SubmittedReport[] {
  const next = seeded(seed);
  return plan.units.map((unit, i) => {
    const firstSubmittedAt = next(9) === 0 ? '2024-06-20T02:00:00Z' : '2024-06-12T02:00:00Z'; // one in ten late
    return {
      unitId: unit.id,
      period: quarter,
      version: 1 + next(2),
      data: reportData(next, unit),
      firstSubmittedAt,
      submittedAt: firstSubmittedAt,
      status: i % 3 === 0 ? 'accepted' : 'submitted',
    };
  });
}

function reportData(next: (max: number) => number, unit: Unit): ReportData {
  const dossiers: DossierRow[] = [];
  let received = 0;
  let resolved = 0;
  for (let f = 0; f < BENCH_FIELDS; f++) {
    const online = next(120), direct = next(200), carriedOver = next(30);
    const total = online + direct + carriedOver;
    const early = next(total), onTime = next(total - early), late = next(total - early - onTime);
    const pendingOnTime = next(total - early - onTime - late);
    const pendingOverdue = total - early - onTime - late - pendingOnTime;
    dossiers.push({ field: `field-${f}`, online, direct, carriedOver, early, onTime, late, pendingOnTime, pendingOverdue });
    received += online + direct;
    resolved += early + onTime + late;
  }
  const procedures = next(300), fees = next(received), certified = next(500), ratings = next(400), lci = next(ratings);
  const satisfied = next(ratings), feedback = next(20);
  return {
    dossiers,
    procedures: { total: procedures, oneStop: next(procedures) },
    digital: {
      digitizedDossiers: next(received), digitizedResults: next(resolved), electronicResults: next(resolved), feeDossiers: fees,
      paidOnline: next(fees), reusedData: next(received), processedOnSystem: next(received), certifiedCopies: certified, eCertifiedCopies: next(certified),
    },
    satisfaction: { ratings, satisfied, lciRatings: lci, lciSatisfied: Math.min(next(lci), satisfied) },
    feedback: { received: feedback, resolved: feedback, resolvedOnTime: next(feedback) },
    ...(unit.tags?.includes('one-stop-office') ? { office: { brandIdentity: next(1) === 1 } } : {}),
    tasks: [{ task: 11, status: 'done' }],
  };
}
