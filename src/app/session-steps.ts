/** Opening a console session, shared by the password sign-in and the SSO one. */
import type { MemberRecord } from '../domain/records.ts';
import { memberName, SESSION_MAX_MS } from '../domain/members.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { Tx } from './ports/store.ts';

const SESSION_BYTES = 32;

/** The CSRF token of a session (a member's or an operator's): derived from its id with the server's key, so nothing is stored. */
export const csrfTokenOf = (deps: Pick<AppDeps, 'vault'>, sessionId: string): string => deps.vault.lookupHash(`csrf:${sessionId}`);

/** A new session id (it lives only in the browser's cookie; the store keeps its hash). */
export const newSessionId = (deps: Pick<AppDeps, 'vault'>): string => Buffer.from(deps.vault.randomBytes(SESSION_BYTES)).toString('base64url');

/** Stores the session, notes the sign-in on the member and in the audit log. */
export async function openSession(
  tx: Tx,
  deps: Pick<AppDeps, 'vault' | 'ids'>,
  member: MemberRecord,
  sessionId: string,
  now: number,
  requestId: string | null,
  method: 'password' | 'sso',
): Promise<void> {
  await tx.sessions.insert({ idHash: deps.vault.tokenHash(sessionId), memberId: member.id, createdAt: now, lastUsedAt: now, expiresAt: now + SESSION_MAX_MS });
  await tx.members.update(member.id, { lastSignInAt: now });
  const caller: Caller = { actor: { type: 'member', id: member.id, accountId: member.accountId, role: member.role, keys: [], name: memberName(member) }, requestId };
  await record(tx, deps.ids, caller, now, {
    action: 'member.signed_in',
    target: { type: 'member', id: member.id },
    accountId: member.accountId,
    ...(method === 'sso' && { after: { method } }),
  });
}
