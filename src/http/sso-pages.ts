/**
 * What a person's browser shows on the SSO routes: a readable page for a refusal (with its
 * status and stable code), and the page that enters the console after an SSO sign-in. A client
 * that does not ask for HTML gets the usual JSON error body.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AllotError, type ErrorCode } from '../domain/errors.ts';
import { describeValidation, errorBody, statusOf } from './errors.ts';

const PAGE_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

const escape = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const page = (title: string, body: string, head = '') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<title>${escape(title)} · Allot</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5; color: #1f2933">
${body}
</body></html>
`;

const wantsHtml = (request: FastifyRequest): boolean => (request.headers.accept ?? '').includes('text/html');

/** A refused sign-in: HTML for a browser, the JSON error body for anyone else; same status and code. */
export function sendSsoError(reply: FastifyReply, code: ErrorCode, message: string, details?: unknown): FastifyReply {
  const status = statusOf(code);
  if (!wantsHtml(reply.request)) return reply.code(status).send(errorBody(reply.request, code, message, details));
  const body = `<h1 style="font-size: 1.4rem">Single sign-on did not work</h1>
<p>${escape(message)}</p>
<p style="color: #52606d; font-size: 0.9rem">Error <code>${escape(code)}</code> (HTTP ${status}) · request <code>${escape(String(reply.request.id))}</code>.
Tell your administrator these if it happens again.</p>`;
  return reply.code(status).headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(page('Sign-in failed', body));
}

/** Runs an SSO route's work, answering an AllotError as `sendSsoError` does (anything else is a bug: 500). */
export async function ssoAnswer(reply: FastifyReply, work: () => Promise<FastifyReply>): Promise<FastifyReply> {
  const invalid = reply.request.validationError;
  if (invalid) {
    const { validation, validationContext } = invalid as typeof invalid & { validation?: Parameters<typeof describeValidation>[0]; validationContext?: string };
    return sendSsoError(reply, 'INVALID_REQUEST', `The request is not valid: ${invalid.message}.`, validation && describeValidation(validation, validationContext));
  }
  try {
    return await work();
  } catch (error) {
    if (error instanceof AllotError) return sendSsoError(reply, error.code, error.message, error.details);
    throw error;
  }
}

/**
 * After an SSO sign-in to the console: the session cookie was set on this answer; the page moves
 * on to the console by itself. (A redirect would not do: the browser came from the identity
 * provider's site, and the SameSite=Strict cookie is not sent along a cross-site redirect chain.)
 */
export function sendConsoleEntry(reply: FastifyReply): FastifyReply {
  const body = `<p>Signed in. <a href="/">Continue to the console</a>.</p>`;
  return reply.code(200).headers(PAGE_HEADERS).type('text/html; charset=utf-8').send(page('Signed in', body, '<meta http-equiv="refresh" content="0;url=/">'));
}
