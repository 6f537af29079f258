import { AllotError } from '../domain/errors.ts';
import type { OidcSettings, SsoIdentity } from '../app/ports/identity.ts';

export const MAX_GROUPS = 1000;
export const MAX_GROUP_LENGTH = 256;
const MAX_NAME_LENGTH = 256;

export type Claims = Record<string, unknown>;

const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

export const emailClaimOf = (s: Pick<OidcSettings, 'emailClaim'>): string => s.emailClaim ?? 'email';

/** Whether the claims lack something userinfo may have: the email, or every groups claim. */
export const lacksIdentity = (s: OidcSettings, claims: Claims): boolean =>
  claims[emailClaimOf(s)] === undefined || s.groupsClaims.every((c) => claims[c] === undefined);

/**
 * Groups as the provider sent them: the first of the connection's groups claims present, an
 * array of strings or one string. A group longer than MAX_GROUP_LENGTH is left out (cut, it
 * could match another group's name), and at most MAX_GROUPS are kept.
 */
function groupsOf(s: OidcSettings, claims: Claims): string[] {
  const claim = s.groupsClaims.find((c) => claims[c] !== undefined && claims[c] !== null);
  if (claim === undefined) return [];
  const value = claims[claim];
  const values = Array.isArray(value) ? value : [value];
  const groups = new Set<string>();
  for (const v of values) {
    if (groups.size >= MAX_GROUPS) break;
    const group = typeof v === 'string' ? v.trim() : typeof v === 'number' ? String(v) : '';
    if (group !== '' && group.length <= MAX_GROUP_LENGTH) groups.add(group);
  }
  return [...groups];
}

function nameOf(claims: Claims): string | null {
  const name = text(claims.name) ?? ([text(claims.given_name), text(claims.family_name)].filter((p) => p !== null).join(' ') || null);
  return name === null ? null : name.slice(0, MAX_NAME_LENGTH);
}

/** Who signed in, from the ID token's claims (completed by userinfo's when the token lacks some). */
export function identityOf(s: OidcSettings, claims: Claims): SsoIdentity {
  const subject = claims.sub;
  if (typeof subject !== 'string' || subject === '') throw new AllotError('SSO_TOKEN_INVALID', 'The ID token names no subject (sub).');
  const claim = emailClaimOf(s);
  const raw = text(claims[claim]);
  const email = raw?.toLowerCase() ?? null;
  if (email === null || !/^[^\s@]+@[^\s@]+$/.test(email)) {
    throw new AllotError('SSO_IDENTITY_INCOMPLETE', `The identity provider sent no email address (claim "${claim}").`, { claim });
  }
  // Only an explicit "not verified" is refused: Entra ID, for one, never sends email_verified.
  if (claims.email_verified === false || claims.email_verified === 'false') {
    throw new AllotError('SSO_IDENTITY_INCOMPLETE', 'The identity provider says this email address is not verified.', { claim: 'email_verified' });
  }
  return { subject, email, name: nameOf(claims), groups: groupsOf(s, claims) };
}
