/**
 * Choosing among a plan's periods (from GET /v1/plans): which one the page opens on, how the
 * list names them, and when a period's figures are provisional ("tạm tính").
 */
import type { Period } from '../../shared/calendar.js';
import { periodLabel } from '../../shared/charts/labels.js';
import type { Completeness } from '../../shared/engine/scorecard-model.js';
import type { Lang } from '../../shared/words/messages.js';
import { el } from './dom.js';
import { t } from './i18n.js';

/** Reports may still arrive or change until the deadline has passed. */
export function beforeDeadline(period: Period, now: number): boolean {
  return Date.parse(period.deadline) > now;
}

/** Open: before its deadline, or with units that have not reported (they may still). */
export function isProvisional(period: Period, completeness: Completeness | null, now: number): boolean {
  return beforeDeadline(period, now) || (completeness?.missing.length ?? 0) > 0;
}

/**
 * Where the page opens: the latest quarter whose deadline has passed and that has reports, so
 * never an empty quarter in progress; else the latest one due, else the first. `hasReports` asks
 * the period's status (which always answers) rather than probing scorecards, whose absence is a 404.
 */
export async function openingPeriod(periods: readonly Period[], now: number, hasReports: (periodId: string) => Promise<boolean>): Promise<string | undefined> {
  const quarters = periods.filter((p) => !p.derived);
  const due = quarters.filter((p) => !beforeDeadline(p, now)).reverse();
  for (const period of due) if (await hasReports(period.id)) return period.id;
  return (due[0] ?? quarters[0])?.id;
}

export function periodOptions(periods: readonly Period[], lang: Lang, selectedId: string | null, now: number): HTMLOptionElement[] {
  return periods.map((p) => {
    const name = periodLabel(p.id, lang);
    const text = beforeDeadline(p, now) ? t(lang, 'provisionalOption', { name }) : name;
    return el('option', { value: p.id, text, selected: p.id === selectedId });
  });
}
