/**
 * The plan's tasks (extension, issue 15; DESIGN §10 names): what each unit is asked to do during
 * the year, which its reports' `tasks[].task` name by `id` and the scorecard rolls up. `evidence`
 * says what proof a task asks for ('document': an official document's number and date; 'link':
 * an https link; 'none'). A plan without `tasks` keeps the old fixed numbers 1..11.
 */
import * as z from 'zod/mini';
import type { RawProblem } from '../words/problems.js';

export const EVIDENCE_KINDS = ['document', 'link', 'none'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The task numbers a report may use when its plan lists no tasks (the 2024 plan's eleven). */
export const LEGACY_TASK_COUNT = 11;
/** A plan lists at most this many tasks, and a report names each at most once. */
export const MAX_PLAN_TASKS = 100;
/** How far a due date may lie from the plan's year: a task may fall due early in the next one. */
const DUE_YEARS_AROUND = 1;

const taskTitle = z.string().check(z.trim(), z.minLength(1), z.maxLength(300));

export const PlanTaskSchema = z.strictObject({
  id: z.int().check(z.minimum(1), z.maximum(999)),
  title: taskTitle,
  /** English title, shown beside the Vietnamese one (as fields' `nameEn`). */
  titleEn: z.optional(taskTitle),
  due: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
  evidence: z._default(z.enum(EVIDENCE_KINDS), 'none'),
});

export type PlanTask = z.infer<typeof PlanTaskSchema>;

/** Ids unique; a due date a real day within a year of the plan's year. */
export function planTaskProblems(tasks: readonly PlanTask[], year: number, isRealDate: (date: string) => boolean): RawProblem[] {
  const problems: RawProblem[] = [];
  const seen = new Set<number>();
  const [from, to] = [`${year - DUE_YEARS_AROUND}-01-01`, `${year + DUE_YEARS_AROUND}-12-31`];
  tasks.forEach((task, i) => {
    if (seen.has(task.id)) problems.push({ path: ['tasks', i, 'id'], code: 'duplicate_id', params: { id: task.id } });
    seen.add(task.id);
    if (task.due === undefined) return;
    if (!isRealDate(task.due)) problems.push({ path: ['tasks', i, 'due'], code: 'invalid_date', params: { value: task.due } });
    else if (task.due < from || task.due > to) problems.push({ path: ['tasks', i, 'due'], code: 'due_outside_plan_year', params: { value: task.due, from, to } });
  });
  return problems;
}
