/**
 * Which reminder mails are due on a day (issue 15): `daysBefore` days before a quarter's deadline
 * (the 17th, shared/calendar.ts), each expected unit that has not submitted; on the day after it,
 * those units again and the office one list of who is still missing. Pure: the caller passes the
 * local date and who has submitted.
 */
import { expectedUnits, parsePeriodId, periodInfo, previousQuarterId, quarterOfDate, type Period } from './calendar.js';
import type { Plan, Unit } from './plans/plan.js';

const DEFAULT_DAYS_BEFORE = [7, 2] as const;
const DAY_MS = 86_400_000;

/** Why mails go out today: a deadline `daysLeft` days away (`before`) or passed yesterday (`after`). */
export interface ReminderOccasion {
  period: Period;
  kind: 'before' | 'after';
  /** Days from today to the deadline's day: 7, 2, …, or -1 the day after. */
  daysLeft: number;
}

export type ReminderMail = { to: 'unit'; unit: Unit } | { to: 'office'; missing: Unit[] };

/** The quarter whose deadline makes today a reminder day, or null (also when the plan turns reminders off). */
export function reminderOccasion(plan: Pick<Plan, 'year' | 'timezone' | 'reminders'>, today: string): ReminderOccasion | null {
  if (plan.reminders?.enabled === false) return null;
  const daysBefore: readonly number[] = plan.reminders?.daysBefore ?? DEFAULT_DAYS_BEFORE;
  // Up to 30 days before a deadline lies in its own quarter's window; the day after, in the next one's.
  const current = quarterOfDate(today);
  for (const quarterId of [current, previousQuarterId(current)]) {
    if (parsePeriodId(quarterId)?.year !== plan.year) continue;
    const period = periodInfo(quarterId, plan.timezone)!;
    const daysLeft = daysBetween(today, period.deadline.slice(0, 10));
    if (daysLeft === -1) return { period, kind: 'after', daysLeft };
    if (daysBefore.includes(daysLeft)) return { period, kind: 'before', daysLeft };
  }
  return null;
}

/** One mail per expected unit that has not submitted; after the deadline, also the office's list. */
export function dueReminders(plan: Pick<Plan, 'units'>, occasion: ReminderOccasion, submitted: ReadonlySet<string>): ReminderMail[] {
  const missing = expectedUnits(plan, occasion.period).filter((unit) => !submitted.has(unit.id));
  const mails: ReminderMail[] = missing.map((unit) => ({ to: 'unit', unit }));
  if (occasion.kind === 'after' && missing.length > 0) mails.push({ to: 'office', missing });
  return mails;
}

/** Whole days from one local date (YYYY-MM-DD) to another; negative when `to` is earlier. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
