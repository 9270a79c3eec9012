/**
 * One unit's data for a derived period (H1, 9M, Y) from its quarterly reports (DESIGN §6).
 * - Flows are summed: per field online, direct, early, onTime, late; every count of `digital`,
 *   `satisfaction` and `feedback`.
 * - Stocks are what the last report says: `procedures`, `office`, `tasks`, and each field's
 *   pending counts. A field without a row in the last report has nothing pending (0), as on the form.
 * - `carriedOver` is what came in before the period: from the first report that has the field's row
 *   (a field that first appears in a later quarter takes that quarter's carriedOver).
 * Rows keep the order in which fields first appear. The inputs are never modified.
 */
import type { DossierRow, ReportData } from '../report/schema.js';

/** `quarters`: the unit's reports in the period, oldest first, at least one. */
export function deriveReportData(quarters: readonly ReportData[]): ReportData {
  const first = quarters[0];
  const last = quarters[quarters.length - 1];
  if (first === undefined || last === undefined) throw new RangeError('deriveReportData needs at least one quarter');

  const rows = new Map<string, DossierRow>();
  for (const quarter of quarters) {
    for (const r of quarter.dossiers) {
      const row = rows.get(r.field);
      if (row === undefined) {
        rows.set(r.field, { ...r, pendingOnTime: 0, pendingOverdue: 0 });
        continue;
      }
      row.online += r.online;
      row.direct += r.direct;
      row.early += r.early;
      row.onTime += r.onTime;
      row.late += r.late;
    }
  }
  for (const r of last.dossiers) {
    const row = rows.get(r.field)!;
    row.pendingOnTime = r.pendingOnTime;
    row.pendingOverdue = r.pendingOverdue;
  }

  return {
    dossiers: [...rows.values()],
    procedures: { ...last.procedures },
    digital: sumCounts(quarters.map((q) => q.digital)),
    satisfaction: sumCounts(quarters.map((q) => q.satisfaction)),
    feedback: sumCounts(quarters.map((q) => q.feedback)),
    ...(last.office === undefined ? {} : { office: { ...last.office } }),
    tasks: last.tasks.map((t) => ({ ...t })),
  };
}

function sumCounts<T extends Record<string, number>>(blocks: readonly T[]): T {
  const total: Record<string, number> = { ...blocks[0]! };
  for (let i = 1; i < blocks.length; i++) {
    for (const key of Object.keys(total)) total[key]! += blocks[i]![key]!;
  }
  return total as T;
}
