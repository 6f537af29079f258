import type { WebhookDisabledMail } from '../app/ports/mail.ts';
import { button, fill, fillHtml, layout, paragraph } from './layout.ts';
import type { RenderedMail } from './render-invitation.ts';

const T = {
  subject: 'A webhook endpoint of {account} was disabled',
  title: 'Webhook endpoint disabled',
  intro: 'Hello {name}, the webhook endpoint {url} of {account} failed too many times in a row and was disabled: {reason}. Its pending messages were stopped.',
  action: 'Review it in the console',
  after: 'Fix the receiver, then enable the endpoint again; you can redeliver messages from its delivery log.',
} as const;

const FOOTER = {
  account_admin: 'This message was sent to {email}, an Account Administrator of {account}.',
  operator: 'This message was sent to {email}, an operator of this Allot server.',
} as const;

export function renderWebhookDisabled(mail: WebhookDisabledMail): RenderedMail {
  const values = { name: mail.name, account: mail.accountName, email: mail.to, url: mail.endpointUrl, reason: mail.reason };
  const text = [fill(T.title, values), '', fill(T.intro, values), '', `${T.action}: ${mail.consoleUrl}`, '', fill(T.after, values), '', '--', fill(FOOTER[mail.audience], values), ''].join('\n');
  const body = [paragraph(fillHtml(T.intro, values)), button(mail.consoleUrl, fillHtml(T.action, values)), paragraph(fillHtml(T.after, values), 'margin:0;font-size:14px;color:#4b5563')].join('\n');
  return {
    subject: fill(T.subject, values),
    text,
    html: layout({ language: 'en', subject: fill(T.subject, values), title: fillHtml(T.title, values), body, footer: fillHtml(FOOTER[mail.audience], values) }),
  };
}
