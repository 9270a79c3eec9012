/// <reference types="google-apps-script" />
/**
 * The add-in's clock: which day, and so which quarter, it is in the plan's time zone. Apps Script
 * documents time zones for `Utilities.formatDate` (Java's SimpleDateFormat), not for V8's
 * `Intl.DateTimeFormat`, so the add-in asks Utilities and leaves the rules to shared/calendar.ts.
 */
import { quarterOfDate } from '../../shared/calendar.js';

/** The local date (YYYY-MM-DD) of an instant in a time zone. */
export function localDateIn(now: Date, timezone: string): string {
  return Utilities.formatDate(now, timezone, 'yyyy-MM-dd');
}

/** The quarter whose reporting window holds today's local date. */
export function quarterNow(now: Date, timezone: string): string {
  return quarterOfDate(localDateIn(now, timezone));
}
