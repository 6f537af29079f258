/**
 * The rules of SCIM provisioning (docs/scim.md): what a provisioned person's address is, which
 * groups they are in as far as key mapping goes, and who is an administrator by group. No I/O:
 * the use-cases in app/ ask these.
 */
import { isEmailAddress, normalizeEmail } from './invitations.ts';
import { inGroup } from './sso.ts';

interface ScimEmail {
  value?: unknown;
  type?: unknown;
  primary?: unknown;
}

const emailsOf = (doc: Record<string, unknown>): ScimEmail[] =>
  Array.isArray(doc.emails) ? doc.emails.filter((e): e is ScimEmail => typeof e === 'object' && e !== null && typeof (e as ScimEmail).value === 'string') : [];

/**
 * The address SSO sign-in matches a provisioned person on, lower-cased: the primary email, else
 * the first of type work, else the first email, else the userName when it is an address; null
 * when none of these is an email address.
 */
export function scimAddress(doc: { userName: string } & Record<string, unknown>): string | null {
  const emails = emailsOf(doc);
  const chosen =
    emails.find((e) => e.primary === true) ?? emails.find((e) => typeof e.type === 'string' && e.type.toLowerCase() === 'work') ?? emails[0];
  const candidate = normalizeEmail(chosen ? String(chosen.value) : doc.userName);
  return isEmailAddress(candidate) ? candidate : null;
}

/** The name a person goes by: displayName, else name.formatted, else given and family names. */
export function scimDisplayName(doc: Record<string, unknown>): string | null {
  if (typeof doc.displayName === 'string' && doc.displayName.trim()) return doc.displayName.trim();
  const name = typeof doc.name === 'object' && doc.name !== null ? (doc.name as Record<string, unknown>) : {};
  if (typeof name.formatted === 'string' && name.formatted.trim()) return name.formatted.trim();
  const parts = [name.givenName, name.familyName].filter((p): p is string => typeof p === 'string' && p.trim() !== '').map((p) => p.trim());
  return parts.length ? parts.join(' ') : null;
}

/**
 * A provisioned person's groups, as keys and the administrators' group match them: the
 * displayName and the externalId (when set) of every SCIM group they are in, sorted and
 * de-duplicated, so that a key mapped by a group's name or by Entra's object id both work.
 */
export function groupsFromScim(groups: readonly { displayName: string; externalId: string | null }[]): string[] {
  const names = new Set<string>();
  for (const g of groups) {
    names.add(g.displayName);
    if (g.externalId !== null && g.externalId !== '') names.add(g.externalId);
  }
  return [...names].sort();
}

/** Whether SCIM makes the person an Account Administrator: active, not deleted, in the administrators' group. */
export function adminByGroup(
  person: { status: 'active' | 'deactivated'; groups: readonly string[]; scim: { deprovisionedAt: number | null } | null },
  adminGroup: string | null,
): boolean {
  return person.scim !== null && person.scim.deprovisionedAt === null && person.status === 'active' && inGroup(person.groups, adminGroup);
}

/** What an administrators'-group change does to the person's console member. */
export type AdminChange = 'grant' | 'revoke' | 'none';

export function adminChange(wasAdmin: boolean, isAdmin: boolean): AdminChange {
  if (isAdmin === wasAdmin) return 'none';
  return isAdmin ? 'grant' : 'revoke';
}

export const sameGroups = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((g, i) => g === b[i]);

/** Members added and removed between two member lists (ids), each sorted. */
export function memberDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const was = new Set(before);
  const now = new Set(after);
  return { added: [...now].filter((id) => !was.has(id)).sort(), removed: [...was].filter((id) => !now.has(id)).sort() };
}
