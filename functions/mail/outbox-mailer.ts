/**
 * The local stack's mailer (DESIGN §2: no cloud account): each mail becomes a JSON file in
 * `<dataDir>/outbox/`, or stays in memory with MEMORY=1, and admins list them on the page.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Mailer, MailMessage } from '../use-cases/ports/mailer.port.js';

export interface OutboxMail extends MailMessage {
  at: string;
}

export class OutboxMailer implements Mailer {
  private readonly inMemory: OutboxMail[] = [];
  private count = 0;

  /** `dir` null keeps the mails in memory. */
  constructor(private readonly dir: string | null, private readonly now: () => Date) {}

  async send(message: MailMessage): Promise<void> {
    const mail: OutboxMail = { at: this.now().toISOString(), ...message, to: [...message.to] };
    if (this.dir === null) return void this.inMemory.push(mail);
    await mkdir(this.dir, { recursive: true });
    // Time first so the names sort in order; the counter keeps two mails of one instant apart.
    const name = `${mail.at.replace(/[:.]/g, '-')}-${process.pid}-${++this.count}.json`;
    await writeFile(join(this.dir, name), JSON.stringify(mail, null, 2));
  }

  /** Every mail so far, newest first. */
  async list(): Promise<OutboxMail[]> {
    if (this.dir === null) return [...this.inMemory].reverse();
    const names = await readdir(this.dir).catch(() => [] as string[]);
    const mails = await Promise.all(names.filter((n) => n.endsWith('.json')).map(async (n) => JSON.parse(await readFile(join(this.dir!, n), 'utf8')) as OutboxMail));
    return mails.sort((a, b) => b.at.localeCompare(a.at));
  }
}
