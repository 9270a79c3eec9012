/** A report compared with the same unit's previous quarter (DESIGN §5). */
import type { PathSegment, RawProblem } from '../words/problems.js';
import type { ReportData } from './schema.js';

/** Counts below this on both sides are too small for a "sharp change" to mean anything. */
const SHARP_CHANGE_FLOOR = 10;
const SHARP_CHANGE_FACTOR = 3;

/**
 * Warnings against the previous quarter's latest report (stored, never blocking): carriedOver
 * that differs from last quarter's pending, and counts that grew over 3× or shrank below ⅓.
 */
export function reportWarnings(data: ReportData, previous: ReportData | undefined): RawProblem[] {
  if (!previous) return [];
  const warnings: RawProblem[] = [];
  const sharp = (path: PathSegment[], value: number, before: number) => {
    if (Math.max(value, before) < SHARP_CHANGE_FLOOR) return;
    if (value > before * SHARP_CHANGE_FACTOR || value * SHARP_CHANGE_FACTOR < before) {
      warnings.push({ path, code: 'sharp_change', params: { value, previous: before } });
    }
  };

  const previousRows = new Map(previous.dossiers.map((r) => [r.field, r]));
  data.dossiers.forEach((row, i) => {
    const before = previousRows.get(row.field);
    const pendingBefore = before ? before.pendingOnTime + before.pendingOverdue : 0;
    if (row.carriedOver !== pendingBefore) {
      warnings.push({ path: ['dossiers', i, 'carriedOver'], code: 'carried_over_mismatch', params: { value: row.carriedOver, previous: pendingBefore } });
    }
    if (before) {
      sharp(['dossiers', i, 'online'], row.online, before.online);
      sharp(['dossiers', i, 'direct'], row.direct, before.direct);
    }
  });
  for (const block of ['procedures', 'digital', 'satisfaction', 'feedback'] as const) {
    const now = data[block] as Record<string, number>;
    const before = previous[block] as Record<string, number>;
    for (const key of Object.keys(now)) sharp([block, key], now[key]!, before[key]!);
  }
  return warnings;
}
