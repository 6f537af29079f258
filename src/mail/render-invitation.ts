import type { InvitationMail } from '../app/ports/mail.ts';
import { INVITATION_TEXTS } from './invitation-messages.ts';
import { button, escapeHtml, fill, fillHtml, formatDate, layout, paragraph } from './layout.ts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** The invitation email, plain text and HTML, in its language. */
export function renderInvitation(mail: InvitationMail): RenderedMail {
  const t = INVITATION_TEXTS[mail.language];
  const values = {
    product: mail.productName,
    account: mail.accountName,
    key: mail.keyName,
    email: mail.to,
    date: formatDate(mail.expiresAt, mail.language),
    url: mail.downloadUrl ?? '',
  };
  const plain = (template: string) => fill(template, values);
  const html = (template: string) => fillHtml(template, values);
  const firstStep = mail.downloadUrl ? t.download : t.noDownload;

  const text = [
    plain(t.title),
    '',
    plain(t.intro),
    '',
    `${plain(t.codeLabel)}:`,
    '',
    `    ${mail.code}`,
    '',
    plain(t.validity),
    '',
    `${plain(t.stepsTitle)}:`,
    `1. ${plain(firstStep)}`,
    `2. ${plain(t.install)}`,
    `3. ${plain(t.activate)}`,
    '',
    '--',
    plain(t.footer),
    '',
  ].join('\n');

  const body = [
    paragraph(html(t.intro)),
    paragraph(html(t.codeLabel), 'margin:0 0 8px;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em'),
    paragraph(
      escapeHtml(mail.code),
      "margin:0 0 8px;font-family:'SFMono-Regular',Consolas,'Liberation Mono',Menlo,monospace;font-size:20px;font-weight:600;letter-spacing:.06em;background:#f3f4f6;border-radius:6px;padding:14px 16px;text-align:center",
    ),
    paragraph(html(t.validity), 'margin:0 0 24px;font-size:14px;color:#4b5563'),
    `<h2 style="font-size:16px;margin:0 0 8px">${html(t.stepsTitle)}</h2>`,
    `<ol style="margin:0;padding-left:20px"><li style="margin-bottom:6px">${html(firstStep)}</li><li style="margin-bottom:6px">${html(t.install)}</li><li>${html(t.activate)}</li></ol>`,
    mail.downloadUrl ? button(mail.downloadUrl, html(t.downloadButton)) : '',
  ].join('\n');
  const htmlBody = layout({ language: mail.language, subject: plain(t.subject), title: html(t.title), body, footer: html(t.footer) });
  return { subject: plain(t.subject), text, html: htmlBody };
}
