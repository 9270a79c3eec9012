/**
 * The rules of a report's `tasks` block (DESIGN §5, extended by issue 15): each task named once;
 * it names one of the plan's tasks (1..11 for a plan that lists none, as before plans had tasks);
 * evidence is never required, but a link must be https, a document's date a real day, and a task
 * whose plan asks for a document (or a link) takes only that kind. A task whose plan says 'none'
 * takes either kind: proof offered is worth keeping.
 */
import { isRealDate, type Plan } from '../plans/plan.js';
import { LEGACY_TASK_COUNT } from '../plans/plan-tasks.js';
import type { RawProblem } from '../words/problems.js';
import type { ReportData } from './schema.js';

/** A full https address with a dotted host; Apps Script has no URL class, so a pattern decides. */
const HTTPS_URL = /^https:\/\/[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?([/?#]\S*)?$/i;

export function taskProblems(tasks: readonly (ReportData['tasks'][number] | undefined)[], plan: Plan): RawProblem[] {
  const problems: RawProblem[] = [];
  const planTasks = plan.tasks === undefined ? null : new Map(plan.tasks.map((t) => [t.id, t]));
  const seen = new Set<number>();
  tasks.forEach((t, i) => {
    if (t === undefined) return;
    const at = (...path: string[]) => ['tasks', i, ...path];
    if (seen.has(t.task)) problems.push({ path: at('task'), code: 'duplicate_task', params: { id: t.task } });
    seen.add(t.task);
    if (planTasks === null && t.task > LEGACY_TASK_COUNT) problems.push({ path: at('task'), code: 'too_big', params: { maximum: LEGACY_TASK_COUNT } });
    if (planTasks !== null && !planTasks.has(t.task)) problems.push({ path: at('task'), code: 'unknown_task', params: { id: t.task } });

    const evidence = t.evidence;
    if (evidence === undefined) return;
    const asked = planTasks?.get(t.task)?.evidence ?? 'none';
    if ('url' in evidence) {
      if (!HTTPS_URL.test(evidence.url)) problems.push({ path: at('evidence', 'url'), code: 'evidence_not_https' });
      if (asked === 'document') problems.push({ path: at('evidence'), code: 'evidence_kind_mismatch', params: { id: t.task, expected: asked } });
    } else {
      if (!isRealDate(evidence.date)) problems.push({ path: at('evidence', 'date'), code: 'invalid_date', params: { value: evidence.date } });
      if (asked === 'link') problems.push({ path: at('evidence'), code: 'evidence_kind_mismatch', params: { id: t.task, expected: asked } });
    }
  });
  return problems;
}
