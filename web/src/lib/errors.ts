import { ApiError, type ErrorDetail } from '../api/client';

/** "45 seconds", "2 minutes", "1 hour": how long to wait, rounded up. */
function waitText(seconds: number): string {
  if (seconds < 60) return seconds <= 1 ? 'a second' : `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return minutes === 1 ? 'a minute' : `${minutes} minutes`;
  const hours = Math.ceil(minutes / 60);
  return hours === 1 ? 'an hour' : `${hours} hours`;
}

const retryAfter = (error: ApiError): number | null => {
  const seconds = (error.details as { retryAfterSeconds?: unknown } | undefined)?.retryAfterSeconds;
  return typeof seconds === 'number' && seconds > 0 ? Math.ceil(seconds) : null;
};

const problemsOf = (error: ApiError): { field: string; problem: string }[] =>
  Array.isArray(error.details)
    ? (error.details as ErrorDetail[]).filter((d) => d.field && d.problem).map((d) => ({ field: d.field!.replace(/^(body|query|params)\./, ''), problem: d.problem! }))
    : [];

/** What a refused field means, for the fields of the sign-in, reset and password forms. */
const FIELD_SENTENCES: Record<string, string> = {
  email: 'Enter an email address such as name@example.com.',
  password: 'A password has 10 to 200 characters.',
  newPassword: 'A password has 10 to 200 characters.',
  currentPassword: 'Enter your current password.',
  token: 'This link is incomplete: open it again from your email, or ask for a new one.',
};

function invalidRequest(error: ApiError): string {
  const problems = problemsOf(error);
  if (problems.length === 0) return 'Some of what you entered is not valid. Check the form and try again.';
  if (problems.every((p) => FIELD_SENTENCES[p.field])) return [...new Set(problems.map((p) => FIELD_SENTENCES[p.field]))].join(' ');
  return `${error.message} (${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')})`;
}

/**
 * A sentence for every code the sign-in, password reset and set-password forms can meet (and the
 * ones any page can), so that no one reads a bare code. Other codes read as the server's message.
 */
const SENTENCES: Record<string, (error: ApiError) => string> = {
  INVALID_CREDENTIALS: () => 'The email address or the password is not right.',
  RATE_LIMITED: (e) => {
    const seconds = retryAfter(e);
    return seconds ? `Too many attempts. Wait ${waitText(seconds)}, then try again.` : 'Too many attempts. Wait a moment, then try again.';
  },
  TOKEN_INVALID: () => 'This link no longer works: it was used already, it expired, or a newer link replaced it.',
  PASSWORD_INCORRECT: () => 'Your current password is not right.',
  MEMBER_EXISTS: () => 'Another member already uses this email address: an address belongs to one member only.',
  INVALID_REQUEST: invalidRequest,
  SSO_SEAT_BY_GROUP: () => 'A device activated by SSO follows its person’s groups: map the group to the key on the SSO page instead.',
  SSO_REQUIRED: () => 'Your organization signs in with its identity provider: use “Sign in with SSO”.',
  DOMAIN_EXISTS: () => 'This domain is already on the list.',
  DOMAIN_TAKEN: () => 'Another account has verified this domain: a domain belongs to one account only. If it is yours, ask the operator.',
  DOMAIN_NOT_VERIFIED: () => 'The TXT record was not found yet. DNS changes can take up to 72 hours to reach everyone: verify again later.',
  SSO_DISCOVERY_FAILED: (e) => {
    const problem = (e.details as { problem?: unknown } | undefined)?.problem;
    return `Allot could not read the provider's discovery document (the issuer URL followed by /.well-known/openid-configuration)${typeof problem === 'string' && problem ? `: ${problem}` : ''}. Check the issuer URL.`;
  },
  GOLDEN_IMAGE_IN_USE: () => 'A key uses this image now: choose to detach it from its keys, then delete it.',
  GOLDEN_IMAGE_NOT_FOUND: () => 'This golden image no longer exists, perhaps deleted in another tab. Reload the page.',
  INVALID_JSON: () => 'The console sent something the server could not read. Reload the page and try again.',
  UNAUTHORIZED: () => 'You are signed out. Sign in again to continue.',
  FORBIDDEN: (e) => e.message || 'Your role does not allow this. Ask an Account Administrator.',
  CSRF_TOKEN_INVALID: () => 'Your session changed, perhaps in another tab. Reload the page and try again.',
  NETWORK_ERROR: () => 'The server cannot be reached. Check your connection and try again.',
  SERVICE_UNAVAILABLE: () => 'The server is not available right now. Try again in a moment.',
  INTERNAL_ERROR: (e) =>
    `Something went wrong on the server, and nothing was changed.${e.requestId ? ` If it happens again, give the operator this reference: ${e.requestId}.` : ''}`,
};

/** A message is only a sentence if it is not the code itself (or empty). */
const isSentence = (message: string, code: string): boolean => message.trim() !== '' && message.trim() !== code && !/^[A-Z][A-Z0-9_]+$/.test(message.trim());

/** What went wrong, as a sentence: the console's own for the codes it knows, else the server's message; never a bare code. */
export function errorMessage(error: unknown): string {
  if (!(error instanceof ApiError)) return error instanceof Error && error.message ? error.message : 'Something went wrong. Try again.';
  const sentence = SENTENCES[error.code];
  if (sentence) return sentence(error);
  const problems = problemsOf(error);
  const base = isSentence(error.message, error.code) ? error.message : 'The server refused this. Try again, or reload the page.';
  return problems.length > 0 ? `${base} (${problems.map((p) => `${p.field}: ${p.problem}`).join('; ')})` : base;
}

export const errorCode = (error: unknown): string | null => (error instanceof ApiError ? error.code : null);

export const isUnauthorized = (error: unknown): boolean => error instanceof ApiError && error.status === 401;
