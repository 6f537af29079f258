import { AllotError } from '../../domain/errors.ts';
import { normalizeEmail } from '../../domain/invitations.ts';
import { lockedUntil, memberName, sessionValid } from '../../domain/members.ts';
import { csrfTokenOf, newSessionId, openSession } from '../session-steps.ts';
import { ssoEnforcedFor } from '../sso-settings.ts';
import { record } from '../audit.ts';
import { throttleKey } from '../credentials.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import { accountView } from '../views/products-accounts.ts';
import { memberView, type SessionInfoView } from '../views/members.ts';
import { SESSION_TOUCH_INTERVAL_MS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'passwords'>;

/** Verified when the address is unknown, so that an unknown address takes as long as a wrong password. */
let decoy: Promise<string> | null = null;

const invalidCredentials = () => new AllotError('INVALID_CREDENTIALS', 'The email address or the password is not right.');
export { csrfTokenOf };

async function sessionInfo(tx: Tx, deps: Pick<AppDeps, 'vault'>, memberId: string, sessionId: string): Promise<SessionInfoView> {
  const member = (await tx.members.byId(memberId))!;
  const account = (await tx.accounts.byId(member.accountId))!;
  const grants = (await tx.grants.of([member.id])).get(member.id) ?? [];
  return { member: memberView(member, grants), account: accountView(account), csrfToken: csrfTokenOf(deps, sessionId) };
}

/**
 * Signs a member in with their email and password, and opens a session. Every failure reads
 * the same (unknown address, wrong password, blocked or not yet joined); an address with
 * failures in a row must wait longer and longer, whether or not a member has it.
 */
export async function signIn(deps: Deps, input: { email: string; password: string; requestId: string | null }): Promise<SessionInfoView & { sessionId: string }> {
  const email = normalizeEmail(input.email);
  const now = deps.clock.now();
  const key = throttleKey(deps, email);
  // Each attempt counts as a failure before its password is checked, under the address's
  // record: attempts sent at once are counted (and refused once locked) as if sent in a row.
  const attempt = await deps.store.write(async (tx) => {
    // The address's account signs in with its identity provider only (docs/sso.md, enforce).
    if (await ssoEnforcedFor(tx, email)) return { sso: true } as const;
    const held = await tx.throttle.hold(key, now);
    if (held.lockedUntil !== null && held.lockedUntil > now) return { locked: true, until: held.lockedUntil } as const;
    const failures = held.failures + 1;
    await tx.throttle.put(key, failures, lockedUntil(failures, now), now);
    return { locked: false, member: await tx.members.byEmail(email) } as const;
  });
  if ('sso' in attempt)
    throw new AllotError('SSO_REQUIRED', "Your organization signs in with its identity provider: use 'Sign in with SSO'.");
  if (attempt.locked) {
    const retryAfterSeconds = Math.ceil((attempt.until - now) / 1000);
    throw new AllotError('RATE_LIMITED', `Too many failed sign-ins: try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
  const { member } = attempt;
  decoy ??= deps.passwords.hash('decoy password, never matches');
  const verified = await deps.passwords.verify(member?.passwordHash ?? (await decoy), input.password);
  if (!member || member.status !== 'active' || !verified) throw invalidCredentials();
  const sessionId = newSessionId(deps);
  return deps.store.write(async (tx) => {
    await tx.throttle.clear(key);
    await openSession(tx, deps, member, sessionId, now, input.requestId, 'password');
    return { sessionId, ...(await sessionInfo(tx, deps, member.id, sessionId)) };
  });
}

/** Who a session cookie belongs to, or null when it is unknown, expired, or its member may no longer sign in. */
export async function authenticateSession(deps: Deps, sessionId: string): Promise<(Actor & { type: 'member' }) | null> {
  if (sessionId.length > 100) return null;
  const idHash = deps.vault.tokenHash(sessionId);
  const now = deps.clock.now();
  const found = await deps.store.read(async (tx) => {
    const session = await tx.sessions.byHash(idHash);
    const member = session && (await tx.members.byId(session.memberId));
    return session && member && { session, member, keys: (await tx.grants.of([member.id])).get(member.id) ?? [] };
  });
  if (!found || !sessionValid(found.session, now) || found.member.status !== 'active') return null;
  if (now - found.session.lastUsedAt > SESSION_TOUCH_INTERVAL_MS) await deps.store.write((tx) => tx.sessions.touch(idHash, now));
  const { member, keys } = found;
  return { type: 'member', id: member.id, accountId: member.accountId, role: member.role, keys, name: memberName(member) };
}

export async function getSession(deps: Deps, memberId: string, sessionId: string): Promise<SessionInfoView> {
  return deps.store.read((tx) => sessionInfo(tx, deps, memberId, sessionId));
}

export async function signOut(deps: Deps, caller: Caller, sessionId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    await tx.sessions.delete(deps.vault.tokenHash(sessionId));
    if (caller.actor.type === 'member')
      await record(tx, deps.ids, caller, now, { action: 'member.signed_out', target: { type: 'member', id: caller.actor.id }, accountId: caller.actor.accountId });
  });
}
