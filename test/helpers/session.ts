/**
 * A console client over Fastify's inject that behaves like the browser: it keeps the
 * `allot_session` cookie it is given (and forgets it when told to), sends it back, and sends
 * the session's CSRF token as `x-csrf-token` on every change (POST, PATCH, PUT, DELETE).
 */
import type { App } from '../../src/http/types.ts';
import type { Answer } from './api.ts';
import { noteSecret, noteSecretsIn } from './run-log.ts';

export const SESSION_COOKIE = 'allot_session';

export interface SetCookie {
  name: string;
  value: string;
  /** Attribute names in lower case (`httponly`, `secure`, `samesite`, `path`, `max-age`, `expires`…) with their value ('' for flags). */
  attributes: Record<string, string>;
  raw: string;
}

/** The Set-Cookie headers of an answer, parsed. */
export function setCookies(headers: Record<string, unknown>): SetCookie[] {
  const header = headers['set-cookie'];
  const list = header === undefined ? [] : Array.isArray(header) ? header.map(String) : [String(header)];
  return list.map((raw) => {
    const [pair, ...attrs] = raw.split(';');
    const eq = pair!.indexOf('=');
    const attributes: Record<string, string> = {};
    for (const a of attrs) {
      const i = a.indexOf('=');
      const name = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
      if (name) attributes[name] = i < 0 ? '' : a.slice(i + 1).trim();
    }
    return { name: pair!.slice(0, eq).trim(), value: decodeURIComponent(pair!.slice(eq + 1).trim()), attributes, raw };
  });
}

/** Whether a Set-Cookie removes the cookie (Max-Age ≤ 0, or an expiry in the past, or an empty value). */
export const clearsCookie = (c: SetCookie): boolean =>
  c.value === '' || (c.attributes['max-age'] !== undefined && Number(c.attributes['max-age']) <= 0) || (c.attributes.expires !== undefined && Date.parse(c.attributes.expires) <= Date.now());

export interface ConsoleOptions {
  /** The client's address as the server sees it (rate limits per client). */
  remoteAddress?: string;
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface CallOptions {
  /** The x-csrf-token to send: the session's (default), another string, or null for none. */
  csrf?: string | null;
  headers?: Record<string, string>;
}

export function consoleClient(app: App, options: ConsoleOptions = {}) {
  let cookie: string | null = null;
  let csrf: string | null = null;
  let last: SetCookie[] = [];

  const call = async (method: Method, url: string, body?: unknown, opts: CallOptions = {}): Promise<Answer> => {
    const headers: Record<string, string> = {};
    if (cookie !== null) headers.cookie = `${SESSION_COOKIE}=${cookie}`;
    const token = opts.csrf === undefined ? csrf : opts.csrf;
    if (method !== 'GET' && token !== null) headers['x-csrf-token'] = token;
    if (body !== undefined) headers['content-type'] = 'application/json';
    Object.assign(headers, opts.headers);
    const res = await app.inject({
      method,
      url,
      headers,
      ...(options.remoteAddress && { remoteAddress: options.remoteAddress }),
      payload: body === undefined ? undefined : JSON.stringify(body),
    });
    last = setCookies(res.headers as Record<string, unknown>);
    noteSecret(...last.map((c) => c.value));
    noteSecretsIn(body);
    for (const c of last.filter((c) => c.name === SESSION_COOKIE)) cookie = clearsCookie(c) ? null : c.value;
    let parsed: unknown;
    try {
      parsed = res.body ? JSON.parse(res.body) : undefined;
    } catch {
      parsed = undefined;
    }
    noteSecretsIn(parsed);
    return { status: res.statusCode, body: parsed as any, headers: res.headers, text: res.body };
  };

  const client = {
    get: (url: string, opts?: CallOptions) => call('GET', url, undefined, opts),
    post: (url: string, body?: unknown, opts?: CallOptions) => call('POST', url, body, opts),
    patch: (url: string, body?: unknown, opts?: CallOptions) => call('PATCH', url, body, opts),
    put: (url: string, body?: unknown, opts?: CallOptions) => call('PUT', url, body, opts),
    del: (url: string, opts?: CallOptions) => call('DELETE', url, undefined, opts),
    /** POST /v1/session: on 200 keeps the cookie (the call does) and the CSRF token of the answer. */
    async signIn(email: string, password: string): Promise<Answer> {
      const res = await call('POST', '/v1/session', { email, password }, { csrf: null });
      if (res.status === 200) csrf = res.body.csrfToken;
      return res;
    },
    /** DELETE /v1/session with the CSRF token. */
    signOut: () => call('DELETE', '/v1/session'),
    /** The session cookie's value (the session id), or null. */
    get cookie() {
      return cookie;
    },
    set cookie(value: string | null) {
      cookie = value;
    },
    get csrfToken() {
      return csrf;
    },
    set csrfToken(value: string | null) {
      csrf = value;
    },
    /** The Set-Cookie headers of the last answer. */
    get lastSetCookies() {
      return last;
    },
  };
  return client;
}

export type ConsoleClient = ReturnType<typeof consoleClient>;

/** The set-password token of a member-link email (`…/set-password#token=…` in its text part). */
export function linkTokenOf(text: string, publicUrl?: string): string {
  const match = /(\S*)\/set-password#token=([^\s&"'<>]+)/.exec(text);
  if (!match) throw new Error(`no set-password link in:\n${text}`);
  if (publicUrl !== undefined && match[1] !== publicUrl) throw new Error(`the link starts with ${match[1]}, not ${publicUrl}:\n${text}`);
  return decodeURIComponent(match[2]!);
}
