/** The frame every Allot email shares: a white card on grey, system fonts, inline styles (mail clients drop <style>). */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/** Fills {placeholders}; for HTML, the values are escaped and so is the template text. */
export const fill = (template: string, values: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');
export const fillHtml = (template: string, values: Record<string, string>): string =>
  fill(escapeHtml(template), Object.fromEntries(Object.entries(values).map(([k, v]) => [k, escapeHtml(v)])));

/** The expiry as a reader of that language writes it, in UTC (the reader's zone is unknown). */
export const formatDate = (ms: number, language: string): string =>
  `${new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(ms)} UTC`;

export const button = (url: string, label: string): string =>
  `<p style="margin:24px 0"><a href="${escapeHtml(url)}" style="background:#2563eb;color:#ffffff;text-decoration:none;padding:12px 20px;border-radius:6px;font-weight:600;display:inline-block">${label}</a></p>`;

export const paragraph = (html: string, style = 'margin:0 0 24px'): string => `<p style="${style}">${html}</p>`;

/** A whole message; `title`, `body` and `footer` are HTML already escaped. */
export function layout(p: { language: string; subject: string; title: string; body: string; footer: string }): string {
  return `<!doctype html>
<html lang="${escapeHtml(p.language)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeHtml(p.subject)}</title></head>
<body style="margin:0;padding:0;background:#f4f5f7">
<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,'Helvetica Neue',Arial,'Noto Sans','Noto Sans JP',sans-serif;color:#1f2937;line-height:1.5">
<div style="background:#ffffff;border-radius:10px;padding:32px;border:1px solid #e5e7eb">
<h1 style="font-size:20px;margin:0 0 16px">${p.title}</h1>
${p.body}
</div>
<p style="font-size:12px;color:#6b7280;margin:16px 8px 0">${p.footer}</p>
</div>
</body>
</html>
`;
}
