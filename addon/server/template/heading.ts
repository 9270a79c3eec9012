/** The two rows every template sheet starts with: what the sheet is, and whose report for when. */
import { periodLabel } from '../../../shared/charts/labels.js';
import type { Field, Unit } from '../../../shared/plans/plan.js';
import type { PlanTask } from '../../../shared/plans/plan-tasks.js';
import type { CellInput } from '../safe-text.js';
import type { PlanSlice } from '../settings.js';
import type { Words } from '../../../shared/report/report-labels.js';

export interface TemplateContext {
  period: PlanSlice['periods'][number];
  unit: Unit;
  /** The plan's fields in the order of the 06a rows. */
  fields: Field[];
  /** Whether the unit runs a one-stop office (the `office` block applies). */
  office: boolean;
  /** The plan's tasks in plan order (the tasks sheet's rows). */
  tasks: PlanTask[];
}

export const dayMonthYear = (iso: string) => iso.slice(0, 10).split('-').reverse().join('/');

export function subtitle(ctx: TemplateContext): Words {
  const { period, unit } = ctx;
  return {
    vi: `Đơn vị: ${unit.name} · ${periodLabel(period.id, 'vi')} (từ ${dayMonthYear(period.from)} đến ${dayMonthYear(period.to)}) · Hạn gửi: ${dayMonthYear(period.deadline)}`,
    en: `Unit: ${unit.name} · ${periodLabel(period.id, 'en')} (${period.from} to ${period.to}) · Due: ${period.deadline.slice(0, 10)}`,
  };
}

/** Rows 1–2 of a sheet `width` columns wide, with the English in the notes. */
export function headingRows(title: Words, ctx: TemplateContext, width: number): { cells: CellInput[][]; notes: string[][] } {
  const sub = subtitle(ctx);
  const pad = <T>(first: T, fill: T): T[] => [first, ...Array.from({ length: width - 1 }, () => fill)];
  return {
    cells: [pad<CellInput>(title.vi, null), pad<CellInput>(sub.vi, null)],
    notes: [pad(title.en, ''), pad(sub.en, '')],
  };
}
