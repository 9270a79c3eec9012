/**
 * The daily reminder run (issue 15): for every plan whose calendar makes today a reminder day
 * (shared/reminders.ts), mail each expected unit that has not submitted, and after the deadline
 * the office its list of who is missing. At most one mail per recipient and day, also when the run
 * is retried: each mail is claimed in the reminder log before it is sent. One plan's failure is
 * logged and the rest go on; the run still fails at the end, so the schedule's retry and
 * dead-letter queue see it.
 */
import { localDate } from '../../shared/calendar.js';
import { dueReminders, reminderOccasion, type ReminderMail } from '../../shared/reminders.js';
import type { Plan } from '../../shared/plans/plan.js';
import { LANGS, type Lang } from '../../shared/words/messages.js';
import { officeReminderMail, unitReminderMail, type ReminderFacts } from '../mail/reminder-mail.js';
import { logger } from '../runtime/logger.js';
import type { Mailer, MailMessage } from './ports/mailer.port.js';
import type { Membership } from './ports/members.port.js';
import type { Store } from './ports/store.port.js';

export interface ReminderDeps {
  store: Pick<Store, 'listPlans' | 'latestStatuses' | 'membersOf' | 'claimReminder' | 'markReminderSent'>;
  mailer: Mailer;
  /** Administrators of every plan: the office's list goes to them when a plan has no reviewer or admin member. */
  adminEmails: ReadonlySet<string>;
  /** The leadership page, named in every mail. */
  pageUrl: string;
  now: () => Date;
}

/** What a run sent, as `planId/day/unitId` (`…/office` for the office's list). */
export async function sendReminders(deps: ReminderDeps, now: Date): Promise<{ sent: string[] }> {
  const sent: string[] = [];
  const failed: string[] = [];
  for (const { plan } of await deps.store.listPlans()) {
    try {
      sent.push(...(await remindPlan(deps, plan, now)));
    } catch (error) {
      logger.error('reminders failed', { planId: plan.id, error: error as Error });
      failed.push(plan.id);
    }
  }
  if (failed.length) throw new Error(`reminders failed for ${failed.join(', ')}`);
  return { sent };
}

async function remindPlan(deps: ReminderDeps, plan: Plan, now: Date): Promise<string[]> {
  const day = localDate(now, plan.timezone);
  const occasion = reminderOccasion(plan, day);
  if (!occasion) return [];
  const statuses = await deps.store.latestStatuses(plan.id, [occasion.period.id]);
  const mails = dueReminders(plan, occasion, new Set(statuses.map((s) => s.unitId)));
  if (mails.length === 0) return [];
  const members = await deps.store.membersOf(plan.id);
  const facts: ReminderFacts = { planName: plan.name, occasion, pageUrl: deps.pageUrl };
  const sent: string[] = [];
  for (const mail of mails) {
    const recipients = recipientsOf(mail, members, deps.adminEmails);
    const unitId = mail.to === 'unit' ? mail.unit.id : null;
    if (recipients.length === 0) {
      logger.warn('no one to remind', { planId: plan.id, unitId });
      continue;
    }
    const key = { planId: plan.id, day, quarter: occasion.period.id, unitId };
    if ((await deps.store.claimReminder(key, deps.now().toISOString())) === 'sent') continue;
    // If the send fails, the claim stays without sentAt and the run fails: its retry sends again.
    // If the mailer accepted the mail but recording sentAt failed, that retry sends a second copy,
    // the one way to a double mail, taken over a reminder that is never sent.
    await deps.mailer.send(message(mail, recipients, facts));
    await deps.store.markReminderSent(key, deps.now().toISOString());
    sent.push(`${plan.id}/${day}/${unitId ?? 'office'}`);
  }
  return sent;
}

type Recipient = Pick<Membership, 'email' | 'lang'>;

/** A unit's reporters; the office: its reviewers, else the plan's admins, else every plan's admins. */
function recipientsOf(mail: ReminderMail, members: readonly Membership[], adminEmails: ReadonlySet<string>): Recipient[] {
  if (mail.to === 'unit') return members.filter((m) => m.role === 'reporter' && m.unitId === mail.unit.id);
  const reviewers = members.filter((m) => m.role === 'reviewer');
  if (reviewers.length) return reviewers;
  const admins = members.filter((m) => m.role === 'admin');
  return admins.length ? admins : [...adminEmails].map((email) => ({ email }));
}

function message(mail: ReminderMail, recipients: readonly Recipient[], facts: ReminderFacts): MailMessage {
  const to = recipients.map((r) => r.email);
  const langs: Lang[] = LANGS.filter((lang) => recipients.some((r) => (r.lang ?? 'vi') === lang));
  return mail.to === 'unit' ? unitReminderMail(to, langs, mail.unit.name, facts) : officeReminderMail(to, langs, mail.missing.map((u) => u.name), facts);
}
