/** Sending a mail: Amazon SES in AWS (mail/ses-mailer.ts), the local outbox on a laptop (mail/outbox-mailer.ts). */
export interface MailMessage {
  to: readonly string[];
  subject: string;
  text: string;
  html: string;
}

export interface Mailer {
  /** Resolves once the mail was accepted for delivery; throws when it was not. */
  send(message: MailMessage): Promise<void>;
}
