import type { MemberLinkMail } from '../app/ports/mail.ts';
import { button, fill, fillHtml, formatDate, layout, paragraph } from './layout.ts';
import type { RenderedMail } from './render-invitation.ts';

/** The console speaks English; so do its emails. */
const TEXTS = {
  invite: {
    subject: 'You have been invited to manage {account} licenses',
    title: 'Join {account} on Allot',
    intro: 'Hello {name}, you have been invited to the license console of {account}. Choose a password to sign in.',
    action: 'Choose a password',
    validity: 'This link works once, until {date}.',
  },
  reset: {
    subject: 'Reset your password',
    title: 'Reset your password',
    intro: 'Hello {name}, someone (we hope you) asked to reset the password of your {account} license console account.',
    action: 'Choose a new password',
    validity: 'This link works once, until {date}. If you did not ask for it, ignore this message: your password stays as it is.',
  },
} as const;

const FOOTER = 'This message was sent to {email} by the license console of {account}.';

export function renderMemberLink(mail: MemberLinkMail): RenderedMail {
  const t = TEXTS[mail.linkKind];
  const values = { name: mail.name, account: mail.accountName, email: mail.to, date: formatDate(mail.expiresAt, 'en') };
  const text = [fill(t.title, values), '', fill(t.intro, values), '', `${t.action}: ${mail.url}`, '', fill(t.validity, values), '', '--', fill(FOOTER, values), ''].join('\n');
  const body = [paragraph(fillHtml(t.intro, values)), button(mail.url, fillHtml(t.action, values)), paragraph(fillHtml(t.validity, values), 'margin:0;font-size:14px;color:#4b5563')].join('\n');
  return {
    subject: fill(t.subject, values),
    text,
    html: layout({ language: 'en', subject: fill(t.subject, values), title: fillHtml(t.title, values), body, footer: fillHtml(FOOTER, values) }),
  };
}
