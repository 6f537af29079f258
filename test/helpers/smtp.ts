/**
 * A real SMTP server on 127.0.0.1 (the smtp-server package) that keeps every message it
 * accepts, parsed with mailparser, so tests can read what Allot's mail worker sent.
 * No TLS and no AUTH are offered, so nodemailer talks plain SMTP to it.
 */
import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { noteSecret } from './run-log.ts';

/** An activation code (the key format): 5 groups of 6 characters of Crockford base32. */
export const CODE_PATTERN = /\b[0-9A-HJKMNP-TV-Z]{6}(?:-[0-9A-HJKMNP-TV-Z]{6}){4}\b/;

export interface ReceivedMail {
  /** The SMTP envelope, lower case: MAIL FROM and every accepted RCPT TO. */
  envelope: { from: string; to: string[] };
  /** The From header as text, e.g. `Acme <licenses@example.com>`, and its address. */
  from: string;
  fromAddress: string;
  /** The addresses of the To header, lower case. */
  to: string[];
  subject: string;
  /** The plain-text part as parsed (mailparser derives one from the HTML when there is none: see hasTextPart). */
  text: string;
  html: string;
  /** Whether the message itself carries a text/plain and a text/html part. */
  hasTextPart: boolean;
  hasHtmlPart: boolean;
  messageId: string;
  headers: ParsedMail['headers'];
  raw: string;
  receivedAt: number;
}

/** The reply code to refuse a recipient with (e.g. 550), or undefined to accept it. */
export type RcptPolicy = (address: string) => number | undefined;

export interface SmtpOptions {
  /** Listen on this port (e.g. one chosen by freePort() before Allot started); 0 or absent: any free port. */
  port?: number;
  onRcptTo?: RcptPolicy;
}

export interface Smtp {
  port: number;
  /** `smtp://127.0.0.1:port`, for ALLOT_SMTP_URL. */
  url: string;
  /** Every accepted message, in the order they arrived. */
  messages: ReceivedMail[];
  /** Every refused RCPT TO, with the code it got. */
  refused: { address: string; code: number }[];
  /** Read at each RCPT TO; replace it to change the answer mid-test. */
  onRcptTo: RcptPolicy | undefined;
  /** Resolves once at least `n` messages arrived; rejects after `timeoutMs` (default WAIT_MS) listing what did. */
  waitFor(n: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  /** The messages sent to one address (envelope recipient). */
  to(address: string): ReceivedMail[];
  stop(): Promise<void>;
}

/**
 * How long waitFor and eventually wait by default: near the test's own timeout (60 s), so that a
 * loaded machine is slow, not failing; only something that never comes runs into it.
 */
export const WAIT_MS = 45_000;

const addresses = (field: AddressObject | AddressObject[] | undefined): string[] =>
  (Array.isArray(field) ? field : field ? [field] : []).flatMap((a) => a.value.map((v) => (v.address ?? '').toLowerCase()));

const describeMail = (m: ReceivedMail) => `  to=${m.envelope.to.join(',')} subject=${JSON.stringify(m.subject)} id=${m.messageId}`;

async function parse(raw: Buffer, envelope: { mailFrom: SMTPServerAddress | false; rcptTo: SMTPServerAddress[] }): Promise<ReceivedMail> {
  const parsed = await simpleParser(raw);
  const source = raw.toString('utf8');
  // Codes and link tokens a mail carries are secrets the run's logs must not hold.
  noteSecret(...codesIn(parsed.text ?? ''), ...[...(parsed.text ?? '').matchAll(/[?#]token=([^\s&"'<>]+)/g)].map((m) => decodeURIComponent(m[1]!)));
  return {
    envelope: {
      from: envelope.mailFrom ? envelope.mailFrom.address.toLowerCase() : '',
      to: envelope.rcptTo.map((r) => r.address.toLowerCase()),
    },
    from: parsed.from?.text ?? '',
    fromAddress: (parsed.from?.value[0]?.address ?? '').toLowerCase(),
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: parsed.html || '',
    hasTextPart: /^content-type:\s*text\/plain/im.test(source),
    hasHtmlPart: /^content-type:\s*text\/html/im.test(source),
    messageId: parsed.messageId ?? '',
    headers: parsed.headers,
    raw: source,
    receivedAt: Date.now(),
  };
}

export async function startSmtp(options: SmtpOptions = {}): Promise<Smtp> {
  const messages: ReceivedMail[] = [];
  const refused: Smtp['refused'] = [];
  const waiters = new Set<() => void>();
  let policy = options.onRcptTo;

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 500,
    onRcptTo(address, _session, callback) {
      const code = policy?.(address.address.toLowerCase());
      if (code === undefined) return callback();
      refused.push({ address: address.address.toLowerCase(), code });
      callback(Object.assign(new Error(`${address.address}: mailbox unavailable`), { responseCode: code }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('error', (e) => callback(e));
      stream.on('end', () => {
        // Recorded before the 250 goes out: once the client saw the message accepted, the test sees it too.
        parse(Buffer.concat(chunks), session.envelope).then(
          (mail) => {
            messages.push(mail);
            for (const w of waiters) w();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });

  const port = await new Promise<number>((resolve, reject) => {
    const listener = server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = listener.address();
      resolve(typeof address === 'object' && address ? address.port : 0);
    });
    listener.once('error', reject);
  });

  const url = `smtp://127.0.0.1:${port}`;
  return {
    port,
    url,
    messages,
    refused,
    get onRcptTo() {
      return policy;
    },
    set onRcptTo(p: RcptPolicy | undefined) {
      policy = p;
    },
    to: (address: string) => messages.filter((m) => m.envelope.to.includes(address.toLowerCase())),
    waitFor(n: number, timeoutMs = WAIT_MS) {
      return new Promise<ReceivedMail[]>((resolve, reject) => {
        const check = () => {
          if (messages.length < n) return;
          done();
          resolve(messages);
        };
        const timer = setTimeout(() => {
          done();
          const list = messages.map(describeMail).join('\n');
          const refusals = refused.length ? `\nrefused: ${refused.map((r) => `${r.address} (${r.code})`).join(', ')}` : '';
          reject(new Error(`expected at least ${n} messages at ${url} within ${timeoutMs} ms, got ${messages.length}${list ? `:\n${list}` : ''}${refusals}`));
        }, timeoutMs);
        const done = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** Every distinct activation code in a text. */
export function codesIn(text: string): string[] {
  return [...new Set(text.match(new RegExp(CODE_PATTERN.source, 'g')) ?? [])];
}

/** The one activation code of a message (its plain-text part); throws when there is none or several. */
export function codeOf(mail: ReceivedMail): string {
  const codes = codesIn(mail.text);
  if (codes.length !== 1) throw new Error(`expected one activation code in the message to ${mail.envelope.to.join(',')}, found ${codes.length}:\n${mail.text}`);
  return codes[0]!;
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Polls `probe` until it returns a value other than undefined/false; rejects with `what` after `timeoutMs` (default WAIT_MS). */
export async function eventually<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = WAIT_MS, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const value = await probe();
      if (value !== undefined && value !== false) return value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await sleep(everyMs);
  }
}

export const MAIL_FROM = 'Acme Licensing <licenses@example.com>';

/** The environment that turns Allot's mail worker on against `smtpUrl`: fast polling, short retries. */
export function mailEnv(smtpUrl: string): Record<string, string> {
  return {
    ALLOT_SMTP_URL: smtpUrl,
    ALLOT_MAIL_FROM: MAIL_FROM,
    ALLOT_MAIL_POLL_MS: '100',
    ALLOT_MAIL_RETRY_BASE_MS: '200',
    ALLOT_MAIL_RETRY_MAX_MS: '1000',
  };
}

/** Anything with a `get` answering `{status, body, text}`: helpers/api.ts over inject, or helpers/http.ts over sockets. */
export interface Getter {
  get(url: string): Promise<{ status: number; body: any; text: string }>;
}

/** Every invitation of a listing route (`/v1/subscriptions/{id}/invitations`, `/v1/keys/{id}/invitations`), page by page. */
export async function allInvitations(client: Getter, url: string): Promise<any[]> {
  const out: any[] = [];
  const sep = url.includes('?') ? '&' : '?';
  for (let offset = 0; ; offset += 100) {
    const res = await client.get(`${url}${sep}limit=100&offset=${offset}`);
    if (res.status !== 200) throw new Error(`GET ${url} answered ${res.status}: ${res.text.slice(0, 300)}`);
    out.push(...res.body.data);
    if (res.body.data.length < 100 || out.length >= res.body.total) return out;
  }
}
