/**
 * The scorecard's task board (DESIGN §10 `tasks`, issue 15): for each of the plan's tasks, in plan
 * order, where every expected unit stands and how many are done, in progress or not started.
 * - A unit's status is what its report for the period says; for a derived period (H1, 9M, Y) the
 *   last report in the period (derive.ts keeps the last quarter's `tasks`). A report that does not
 *   mention the task counts as not started. A unit with no report in the period has status null:
 *   it is on the board but in none of the three counts.
 * - Overdue: the task has a due date, the unit has not said "done" (no report counts as not done),
 *   and the due day had ended at the cutoff: the period's last day or the day of `computedAt`,
 *   whichever is earlier, both as local dates in the plan's time zone. A quarter closed before the
 *   due date never shows the task overdue; an open one shows it from the day after the due date.
 */
import { localDate, type Period } from '../calendar.js';
import type { Plan } from '../plans/plan.js';
import type { UnitPeriod } from './period-evaluation.js';
import type { TaskProgress, TaskUnitProgress } from './scorecard-model.js';

export function taskProgress(plan: Plan, period: Pick<Period, 'to'>, units: readonly Pick<UnitPeriod, 'unit' | 'data'>[], computedAt: string): TaskProgress[] {
  const today = localDate(new Date(computedAt), plan.timezone);
  const cutoff = today < period.to ? today : period.to;
  return (plan.tasks ?? []).map((task) => {
    const due = task.due ?? null;
    const lines = units.map(({ unit, data }): TaskUnitProgress => {
      const reported = data?.tasks.find((t) => t.task === task.id);
      const status = data === null ? null : (reported?.status ?? 'not-started');
      const line: TaskUnitProgress = { unitId: unit.id, status, overdue: due !== null && cutoff > due && status !== 'done' };
      if (reported?.evidence) line.evidence = reported.evidence;
      return line;
    });
    return counted({ id: task.id, title: task.title, due }, lines);
  });
}

/** The board of some of the units only (a group's, one unit's), counted over them alone. */
export function tasksOfUnits(tasks: readonly TaskProgress[], unitIds: ReadonlySet<string>): TaskProgress[] {
  return tasks.map(({ id, title, due, units }) => counted({ id, title, due }, units.filter((u) => unitIds.has(u.unitId))));
}

function counted(task: Pick<TaskProgress, 'id' | 'title' | 'due'>, units: TaskUnitProgress[]): TaskProgress {
  const count = (yes: (u: TaskUnitProgress) => boolean) => units.filter(yes).length;
  return {
    ...task,
    done: count((u) => u.status === 'done'),
    inProgress: count((u) => u.status === 'in-progress'),
    notStarted: count((u) => u.status === 'not-started'),
    overdue: count((u) => u.overdue),
    units,
  };
}
