/**
 * Sums over form 06a rows that both the validator and the KPI engine need. Kept apart from the
 * zod schemas so that the engine's bundles do not carry zod.
 */
import type { DossierRow } from './schema.js';

interface DossierTotals {
  received: number; // online + direct (this period's intake)
  online: number;
  resolved: number; // early + onTime + late
  resolvedInTime: number; // early + onTime
  pendingOnTime: number;
  pendingOverdue: number;
}

export function dossierTotals(rows: readonly DossierRow[]): DossierTotals {
  let received = 0, online = 0, resolved = 0, resolvedInTime = 0, pendingOnTime = 0, pendingOverdue = 0;
  for (const r of rows) {
    received += r.online + r.direct;
    online += r.online;
    resolved += r.early + r.onTime + r.late;
    resolvedInTime += r.early + r.onTime;
    pendingOnTime += r.pendingOnTime;
    pendingOverdue += r.pendingOverdue;
  }
  return { received, online, resolved, resolvedInTime, pendingOnTime, pendingOverdue };
}
