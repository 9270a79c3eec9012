/**
 * Calendar results that must not depend on the machine's own time zone. The calendar test
 * computes them in-process and in child processes started with another TZ, and compares.
 */
import { isOnTime, periodInfo, planPeriods, quarterAt } from '../../../shared/calendar.js';

const VIETNAM = 'Asia/Ho_Chi_Minh';

export const SUBMISSIONS = [
  '2024-03-17T23:30:00+07:00',
  '2024-03-17T23:59:59+07:00',
  '2024-03-17T23:59:59.999+07:00',
  '2024-03-18T00:00:00+07:00',
  '2024-03-18T00:00:30+07:00',
] as const;

export const INSTANTS = [
  '2024-03-14T23:59:00+07:00',
  '2024-03-15T00:01:00+07:00',
  '2024-12-14T23:30:00+07:00',
  '2024-12-15T00:30:00+07:00', // still 14 December in UTC and in New York
  '2024-12-20T09:00:00+07:00',
] as const;

export function calendarFacts() {
  const q1 = periodInfo('2024-Q1', VIETNAM)!;
  return {
    periods: planPeriods({ year: 2024, timezone: VIETNAM }).map(({ id, from, to, deadline }) => ({ id, from, to, deadline })),
    onTime: SUBMISSIONS.map((at) => isOnTime(at, q1)),
    quarterAt: INSTANTS.map((at) => quarterAt(new Date(at), VIETNAM)),
  };
}
