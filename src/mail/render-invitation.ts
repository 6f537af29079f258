import type { InvitationMail } from '../app/ports.ts';
import { INVITATION_TEXTS } from './invitation-messages.ts';

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

/** The expiry as a reader of that language writes it, in UTC (the reader's zone is unknown). */
const formatDate = (ms: number, language: string): string =>
  `${new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(ms)} UTC`;

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
  const html = (template: string) => fill(escapeHtml(template), Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(v)])));
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

  const url = mail.downloadUrl ? escapeHtml(mail.downloadUrl) : null;
  const button = url
    ? `<p style="margin:24px 0"><a href="${url}" style="background:#2563eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600;display:inline-block">${html(t.downloadButton)}</a></p>`
    : '';
  const htmlBody = `<!doctype html>
<html lang="${mail.language}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${html(t.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','Noto Sans JP',sans-serif;color:#1f2937;line-height:1.5">
<div style="background:#ffffff;border-radius:10px;padding:32px;border:1px solid #e5e7eb">
<h1 style="font-size:20px;margin:0 0 16px">${html(t.title)}</h1>
<p style="margin:0 0 24px">${html(t.intro)}</p>
<p style="margin:0 0 8px;font-size:13px;color:#6b7280;text-transform:uppercase;letter-spacing:.04em">${html(t.codeLabel)}</p>
<p style="margin:0 0 8px;font-family:'SFMono-Regular',Consolas,'Liberation Mono',Menlo,monospace;font-size:20px;font-weight:600;letter-spacing:.06em;background:#f3f4f6;border-radius:6px;padding:14px 16px;text-align:center">${escapeHtml(mail.code)}</p>
<p style="margin:0 0 24px;font-size:14px;color:#4b5563">${html(t.validity)}</p>
<h2 style="font-size:16px;margin:0 0 8px">${html(t.stepsTitle)}</h2>
<ol style="margin:0;padding-left:20px">
<li style="margin-bottom:6px">${html(firstStep)}</li>
<li style="margin-bottom:6px">${html(t.install)}</li>
<li>${html(t.activate)}</li>
</ol>
${button}
</div>
<p style="font-size:12px;color:#6b7280;margin:16px 8px 0">${html(t.footer)}</p>
</div>
</body>
</html>
`;
  return { subject: plain(t.subject), text, html: htmlBody };
}
