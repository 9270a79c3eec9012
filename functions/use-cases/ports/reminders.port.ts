/**
 * The reminder log: one claim per (plan, recipient, local day), taken before a mail is sent and
 * marked sent once the mailer has answered, and per unit and quarter the time it was last reminded.
 */

/** Whom a claim is for: a unit's reporters, or (unitId null) the office's list of who is missing. */
export interface ReminderKey {
  planId: string;
  /** The local date of the run, YYYY-MM-DD: at most one mail per recipient per day. */
  day: string;
  quarter: string;
  unitId: string | null;
}

/**
 * `claimed`: this run took the claim and should send; `unsent`: an earlier run claimed but never
 * recorded a send (it failed or stopped in between), so this run sends; `sent`: already sent.
 */
export type ClaimOutcome = 'claimed' | 'unsent' | 'sent';

export interface ReminderLog {
  claimReminder(key: ReminderKey, at: string): Promise<ClaimOutcome>;
  /** Records `sentAt` on the claim and, for a unit, its last reminder time in the quarter. */
  markReminderSent(key: ReminderKey, sentAt: string): Promise<void>;
  /** unitId → when the unit was last reminded about any of these quarters. */
  lastReminders(planId: string, quarters: readonly string[]): Promise<Map<string, string>>;
}
