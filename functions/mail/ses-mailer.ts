/** Mail through Amazon SES (v2 SendEmail) from the verified identity the deployer named (docs/deploy.md). */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { Mailer, MailMessage } from '../use-cases/ports/mailer.port.js';

export class SesMailer implements Mailer {
  constructor(private readonly from: string, private readonly client = new SESv2Client({ maxAttempts: 4 })) {}

  async send(message: MailMessage): Promise<void> {
    const utf8 = (data: string) => ({ Data: data, Charset: 'UTF-8' });
    await this.client.send(new SendEmailCommand({
      FromEmailAddress: this.from,
      Destination: { ToAddresses: [...message.to] },
      Content: { Simple: { Subject: utf8(message.subject), Body: { Text: utf8(message.text), Html: utf8(message.html) } } },
    }));
  }
}
