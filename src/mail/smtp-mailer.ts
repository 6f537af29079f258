import nodemailer from 'nodemailer';
import type SMTPPool from 'nodemailer/lib/smtp-pool/index.js';
import type { Mail, MailResult, Mailer } from '../app/ports/mail.ts';
import { renderInvitation } from './render-invitation.ts';
import { renderMemberLink } from './render-member-link.ts';
import { renderWebhookDisabled } from './render-webhook-disabled.ts';

export interface SmtpOptions {
  /** smtp://user:pass@host:587 or smtps://user:pass@host:465 (nodemailer's URL form). */
  url: string;
  from: string;
}

/** An SMTP answer in the 5xx range refuses for good (an unknown mailbox, say): no point retrying. */
const isPermanent = (error: unknown): boolean => {
  const code = (error as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/** What a failure says, without the credentials nodemailer may quote from the URL. */
const describe = (error: unknown, url: string): string => {
  const message = error instanceof Error ? error.message : String(error);
  const password = decodeURIComponent(new URL(url).password);
  return password ? message.split(password).join('***') : message;
};

/** Sends mail through one SMTP server, over a small pool of connections. */
export function createSmtpMailer(options: SmtpOptions): Mailer & { close(): void } {
  const transport = nodemailer.createTransport(
    { url: options.url, pool: true, maxConnections: 4, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 } as SMTPPool.Options,
    { from: options.from },
  );
  return {
    async send(mail: Mail): Promise<MailResult> {
      const rendered = mail.kind === 'invitation' ? renderInvitation(mail) : mail.kind === 'member_link' ? renderMemberLink(mail) : renderWebhookDisabled(mail);
      try {
        await transport.sendMail({ to: mail.to, messageId: mail.messageId, subject: rendered.subject, text: rendered.text, html: rendered.html });
        return { ok: true };
      } catch (error) {
        return { ok: false, permanent: isPermanent(error), error: describe(error, options.url) };
      }
    },
    close: () => transport.close(),
  };
}
