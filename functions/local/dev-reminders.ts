/**
 * The reminder flow on a laptop (issue 15), for administrators: `POST /dev/reminders/run` runs
 * today's reminders now (the daily schedule's work) into the outbox, `GET /dev/outbox` lists the
 * mails there. The local stack only; never wired up in AWS, like /dev/token.
 */
import type { IncomingMessage } from 'node:http';
import { callerFrom } from '../access/caller.js';
import type { TokenVerifier } from '../auth/verify-token.js';
import { AppError, forbidden } from '../errors.js';
import { json, type HttpResult } from '../http/respond.js';
import { OutboxMailer } from '../mail/outbox-mailer.js';
import type { Deps } from '../runtime/deps.js';
import { sendReminders } from '../use-cases/send-reminders.js';

export interface DevReminders {
  outbox: OutboxMailer;
  /** Answers a /dev/ reminder route, or null when the request is for none of them. */
  answer(req: IncomingMessage, method: string, path: string): Promise<HttpResult | null>;
}

export function devReminders(deps: Deps, outboxDir: string | null, pageUrl: () => string, verify: () => TokenVerifier): DevReminders {
  const outbox = new OutboxMailer(outboxDir, deps.now);
  const run = () => sendReminders({ ...deps, mailer: outbox, pageUrl: pageUrl() }, deps.now());
  return {
    outbox,
    async answer(req, method, path) {
      if (method === 'POST' && path === '/dev/reminders/run') {
        await requireAdmin(req, deps, verify());
        return json(200, await run());
      }
      if (method === 'GET' && path === '/dev/outbox') {
        await requireAdmin(req, deps, verify());
        return json(200, { mails: await outbox.list() });
      }
      return null;
    },
  };
}

async function requireAdmin(req: IncomingMessage, deps: Deps, verify: TokenVerifier): Promise<void> {
  const token = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!token) throw new AppError('unauthenticated', 'unauthorized');
  if (!callerFrom(await verify(token), deps.adminEmails).isAdmin) throw forbidden();
}
