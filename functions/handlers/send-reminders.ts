/** The EventBridge Scheduler target: each morning, mail the reminders the calendar says are due. */
import type { Context, ScheduledEvent } from 'aws-lambda';
import { SesMailer } from '../mail/ses-mailer.js';
import { getDeps } from '../runtime/deps.js';
import { logger, logInvocation } from '../runtime/logger.js';
import { publishMetrics } from '../runtime/metrics.js';
import { sendReminders } from '../use-cases/send-reminders.js';

let mailer: SesMailer | undefined;

export async function handler(event: Partial<ScheduledEvent>, context: Context): Promise<{ sent: string[] }> {
  logInvocation(context);
  const deps = getDeps();
  const from = process.env.SES_FROM;
  if (!from) throw new Error('SES_FROM is not set');
  mailer ??= new SesMailer(from);
  // Scheduler passes its own time, so a retry the next day still counts as the scheduled day.
  const now = event.time ? new Date(event.time) : deps.now();
  try {
    const result = await sendReminders({ ...deps, mailer, pageUrl: process.env.PAGE_URL ?? '' }, now);
    logger.info('reminders sent', { sent: result.sent });
    return result;
  } finally {
    publishMetrics();
  }
}
