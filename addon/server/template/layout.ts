/**
 * The whole template of one period: its sheets, and the hidden "_data" sheet that mirrors every
 * input in one column, so that reading a report is one `getValues` however many sheets it spans.
 * Pure; the insert writes it and the check rebuilds it from the plan slice and the template's
 * recorded state (which fields, whether the office block applies).
 */
import type { Unit } from '../../../shared/plans/plan.js';
import { hasTag, TAG_ONE_STOP_OFFICE } from '../../../shared/plans/tags.js';
import type { PlanSlice } from '../settings.js';
import { digitalSheet, officeSheet, proceduresSheet, satisfactionSheet } from './block-sheets.js';
import { dossierSheet } from './dossier-sheet.js';
import type { TemplateContext } from './heading.js';
import { a1, sheetRef, type InputCell, type SheetGrid } from './sheet-grid.js';
import { tasksSheet } from './tasks-sheet.js';

/** What the insert records in document properties, so the check rebuilds the same layout. */
export interface TemplateRecord {
  period: string;
  unitId: string;
  fieldIds: string[];
  office: boolean;
  /** The plan's task ids when inserted (the tasks sheet's rows); absent in templates inserted before tasks were plan data. */
  taskIds?: number[];
  insertedAt: string;
}

export interface TemplateLayout {
  record: TemplateRecord;
  sheets: SheetGrid[];
  inputs: InputCell[];
  mirror: { name: string; a1: string; rows: [key: string, formula: { formula: string }][] };
}

export function templateKey(period: string): string {
  return `template:${period}`;
}

export function sheetNames(period: string) {
  return {
    dossiers: `06a ${period}`,
    procedures: `TTHC ${period}`,
    digital: `Số hóa ${period}`,
    satisfaction: `Hài lòng-PAKN ${period}`,
    office: `Một cửa ${period}`,
    tasks: `Nhiệm vụ ${period}`,
    mirror: `_data ${period}`,
  };
}

export function newTemplateRecord(plan: PlanSlice, unit: Unit, period: string, now: Date): TemplateRecord {
  const taskIds = (plan.tasks ?? []).map((t) => t.id);
  return { period, unitId: unit.id, fieldIds: plan.fields.map((f) => f.id), office: hasTag(unit, TAG_ONE_STOP_OFFICE), taskIds, insertedAt: now.toISOString() };
}

export function templateLayout(plan: PlanSlice, unit: Unit, record: TemplateRecord): TemplateLayout {
  const period = plan.periods.find((p) => p.id === record.period);
  if (!period) throw new RangeError(`period ${record.period} is not in plan ${plan.id}`);
  const byId = new Map(plan.fields.map((f) => [f.id, f]));
  const fields = record.fieldIds.map((id) => byId.get(id) ?? { id, name: id });
  // A task the plan has dropped since the insert keeps its row, named by its number, so the layout stays as inserted.
  const tasksById = new Map((plan.tasks ?? []).map((t) => [t.id, t]));
  const tasks = (record.taskIds ?? [...tasksById.keys()]).map((id) => tasksById.get(id) ?? { id, title: `${id}`, evidence: 'none' as const });
  const ctx: TemplateContext = { period, unit, fields, office: record.office, tasks };
  const names = sheetNames(record.period);
  const sheets = [
    dossierSheet(names.dossiers, ctx),
    proceduresSheet(names.procedures, ctx),
    digitalSheet(names.digital, ctx),
    satisfactionSheet(names.satisfaction, ctx),
    officeSheet(names.office, ctx),
    tasksSheet(names.tasks, ctx),
  ];
  const inputs = sheets.flatMap((s) => s.inputs);
  const rows = inputs.map((input): [string, { formula: string }] => {
    const ref = sheetRef(input.sheet, a1(input.row, input.column));
    return [input.key, { formula: `=IF(ISBLANK(${ref}),"",${ref})` }];
  });
  return { record, sheets, inputs, mirror: { name: names.mirror, a1: `A1:B${rows.length}`, rows } };
}
