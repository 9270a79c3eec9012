/**
 * The numbers of form 06 (Circular 01/2020/TT-VPCP, docs/exports.md), without any layout: each
 * field's eight counts summed over the units of a level, and one unit's rows (its form 06a).
 * The three totals of the form, (3) = (4)+(5)+(6), (7) = (8)+(9)+(10), (11) = (12)+(13), are
 * not kept here: the workbook writes them as formulas, as the official form defines them.
 */
import type { Plan, UnitKind } from '../../../shared/plans/plan.js';
import { DOSSIER_COUNTS, type DossierRow, type ReportData } from '../../../shared/report/schema.js';

export type DossierCount = (typeof DOSSIER_COUNTS)[number];
export type Counts = Record<DossierCount, number>;

export interface FieldRow {
  fieldId: string;
  name: string;
  counts: Counts;
}

/** Form 06's two levels: agencies of the compiling level, and commune-level units (communes, wards, special zones). */
export type Level = 'agency' | 'commune';

export interface LevelSection {
  level: Level;
  /** Units of this level in the export, reported or not. */
  units: number;
  reported: number;
  /** One per field of the plan, in plan order, zeros included: the form lists every field. */
  fields: FieldRow[];
}

export const LEVEL_OF_KIND: Readonly<Record<UnitKind, Level>> = { agency: 'agency', commune: 'commune', ward: 'commune', 'special-zone': 'commune' };
const LEVELS: readonly Level[] = ['agency', 'commune'];

export function zeroCounts(): Counts {
  return Object.fromEntries(DOSSIER_COUNTS.map((k) => [k, 0])) as Counts;
}

function addRow(into: Counts, row: DossierRow): void {
  for (const k of DOSSIER_COUNTS) into[k] += row[k];
}

/**
 * One section per level that has units in the export, agencies first (as the form orders them).
 * `units` are the export's units (plan order) with their data, null for those without a report.
 */
export function consolidate(plan: Plan, units: readonly { unitId: string; kind: UnitKind; data: ReportData | null }[]): LevelSection[] {
  const sections = new Map<Level, { section: LevelSection; byField: Map<string, Counts> }>();
  for (const u of units) {
    const level = LEVEL_OF_KIND[u.kind];
    let entry = sections.get(level);
    if (entry === undefined) {
      const fields = plan.fields.map((f) => ({ fieldId: f.id, name: f.name, counts: zeroCounts() }));
      entry = { section: { level, units: 0, reported: 0, fields }, byField: new Map(fields.map((f) => [f.fieldId, f.counts])) };
      sections.set(level, entry);
    }
    entry.section.units++;
    if (u.data === null) continue;
    entry.section.reported++;
    for (const row of u.data.dossiers) {
      const counts = entry.byField.get(row.field);
      // The plan validates report fields; a field removed from the plan since has no row of its own.
      if (counts !== undefined) addRow(counts, row);
    }
  }
  return LEVELS.flatMap((l) => (sections.has(l) ? [sections.get(l)!.section] : []));
}

/** A unit's own form 06a: the fields it reported, in plan order. */
export function unitRows(plan: Plan, data: ReportData): FieldRow[] {
  const byField = new Map(data.dossiers.map((r) => [r.field, r]));
  return plan.fields.flatMap((f) => {
    const row = byField.get(f.id);
    if (row === undefined) return [];
    const counts = zeroCounts();
    addRow(counts, row);
    return [{ fieldId: f.id, name: f.name, counts }];
  });
}
