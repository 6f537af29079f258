import { AllotError } from '../domain/errors.ts';
import type { SamlSettings, SsoIdentity } from '../app/ports/identity.ts';

const CLAIMS = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims';
/** Where providers put the address when the NameID is not one (Entra sends the UPN as `name`). */
const EMAIL_ATTRIBUTES = ['email', 'mail', `${CLAIMS}/emailaddress`, `${CLAIMS}/name`];
const NAME_ATTRIBUTES = ['displayName', 'name', 'http://schemas.microsoft.com/identity/claims/displayname'];
const GIVEN_NAME_ATTRIBUTES = ['givenName', `${CLAIMS}/givenname`];
const SURNAME_ATTRIBUTES = ['sn', 'surname', `${CLAIMS}/surname`];

export const MAX_GROUPS = 1000;
export const MAX_GROUP_CHARS = 256;
const MAX_NAME_CHARS = 256;
const MAX_EMAIL_CHARS = 320;

/** Attribute name → its values (trimmed, non-empty strings), as the validated assertion carries them. */
export type SamlAttributes = ReadonlyMap<string, readonly string[]>;

const looksLikeEmail = (value: string): boolean => value.length <= MAX_EMAIL_CHARS && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value);

const first = (attributes: SamlAttributes, names: readonly string[]): string | null => {
  for (const name of names) {
    const value = attributes.get(name)?.[0];
    if (value) return value;
  }
  return null;
};

function emailOf(nameId: string | null, attributes: SamlAttributes, emailAttribute: string | null): string | null {
  const candidates = emailAttribute !== null ? (attributes.get(emailAttribute) ?? []).slice(0, 1) : [nameId, ...EMAIL_ATTRIBUTES.map((name) => attributes.get(name)?.[0])];
  const found = candidates.map((value) => value?.trim()).find((value): value is string => value !== undefined && looksLikeEmail(value));
  return found?.toLowerCase() ?? null;
}

function nameOf(attributes: SamlAttributes): string | null {
  const name = first(attributes, NAME_ATTRIBUTES) ?? [first(attributes, GIVEN_NAME_ATTRIBUTES), first(attributes, SURNAME_ATTRIBUTES)].filter(Boolean).join(' ');
  return name ? name.slice(0, MAX_NAME_CHARS) : null;
}

/**
 * Every value of every groups attribute, in order, once. A name longer than MAX_GROUP_CHARS is
 * dropped rather than cut, so that it can never be taken for another (mapped) group.
 */
function groupsOf(attributes: SamlAttributes, groupsAttributes: readonly string[]): string[] {
  const groups = new Set<string>();
  for (const name of groupsAttributes) {
    for (const value of attributes.get(name) ?? []) {
      if (groups.size >= MAX_GROUPS) return [...groups];
      if (value.length <= MAX_GROUP_CHARS) groups.add(value);
    }
  }
  return [...groups];
}

/** Who the validated assertion says signed in; SSO_IDENTITY_INCOMPLETE when it carries no email address. */
export function identityOf(
  nameId: string | null,
  attributes: SamlAttributes,
  s: Pick<SamlSettings, 'emailAttribute' | 'groupsAttributes'>,
): SsoIdentity {
  const email = emailOf(nameId, attributes, s.emailAttribute);
  if (email === null) {
    const where = s.emailAttribute !== null ? `the attribute ${s.emailAttribute}` : 'the NameID or an email attribute';
    throw new AllotError('SSO_IDENTITY_INCOMPLETE', `The identity provider sent no email address (expected in ${where}).`, {
      attributes: [...attributes.keys()].slice(0, 50),
    });
  }
  return { subject: nameId ?? email, email, name: nameOf(attributes), groups: groupsOf(attributes, s.groupsAttributes) };
}
