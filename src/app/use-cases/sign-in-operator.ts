import { AllotError } from '../../domain/errors.ts';
import { normalizeEmail } from '../../domain/invitations.ts';
import { lockedUntil, memberName, SESSION_MAX_MS, sessionValid } from '../../domain/members.ts';
import { SESSION_TOUCH_INTERVAL_MS } from '../../domain/limits.ts';
import { record } from '../audit.ts';
import { throttleKey } from '../credentials.ts';
import { csrfTokenOf, newSessionId } from '../session-steps.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { OperatorMemberRecord } from '../ports/operators.ts';
import type { OperatorSessionInfoView } from '../views/operators.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'passwords'>;
type OperatorActor = Extract<Actor, { type: 'operator' }>;

/** Every operator session id starts so: the server knows which table to look in. */
export const OPERATOR_SESSION_PREFIX = 'op.';

/** Verified when the address is unknown, so that an unknown address takes as long as a wrong password. */
let decoy: Promise<string> | null = null;

const operatorActor = (m: OperatorMemberRecord): OperatorActor => ({ type: 'operator', id: m.id, name: memberName(m) });
const sessionInfo = (deps: Pick<AppDeps, 'vault'>, m: OperatorMemberRecord, sessionId: string): OperatorSessionInfoView => ({
  operator: { id: m.id, email: m.email, name: m.name },
  csrfToken: csrfTokenOf(deps, sessionId),
});

/**
 * Signs an operator member in and opens a session: as a member's sign-in (sign-in.ts), every
 * failure reads the same, and an address with failures in a row waits longer and longer. Its
 * failures are counted apart from a member's of the same address.
 */
export async function signInOperator(
  deps: Deps,
  input: { email: string; password: string; requestId: string | null },
): Promise<OperatorSessionInfoView & { sessionId: string }> {
  const email = normalizeEmail(input.email);
  const now = deps.clock.now();
  const key = throttleKey(deps, `operator:${email}`);
  const attempt = await deps.store.write(async (tx) => {
    const held = await tx.throttle.hold(key, now);
    if (held.lockedUntil !== null && held.lockedUntil > now) return { locked: true, until: held.lockedUntil } as const;
    const failures = held.failures + 1;
    await tx.throttle.put(key, failures, lockedUntil(failures, now), now);
    return { locked: false, operator: await tx.operators.byEmail(email) } as const;
  });
  if (attempt.locked) {
    const retryAfterSeconds = Math.ceil((attempt.until - now) / 1000);
    throw new AllotError('RATE_LIMITED', `Too many failed sign-ins: try again in ${retryAfterSeconds} s.`, { retryAfterSeconds });
  }
  const { operator } = attempt;
  decoy ??= deps.passwords.hash('decoy password, never matches');
  const verified = await deps.passwords.verify(operator?.passwordHash ?? (await decoy), input.password);
  if (!operator || operator.status !== 'active' || !verified) throw new AllotError('INVALID_CREDENTIALS', 'The email address or the password is not right.');
  const sessionId = OPERATOR_SESSION_PREFIX + newSessionId(deps);
  await deps.store.write(async (tx) => {
    await tx.throttle.clear(key);
    await tx.operatorSessions.insert({ idHash: deps.vault.tokenHash(sessionId), operatorId: operator.id, createdAt: now, lastUsedAt: now, expiresAt: now + SESSION_MAX_MS });
    await tx.operators.touchSignIn(operator.id, now);
    const caller: Caller = { actor: operatorActor(operator), requestId: input.requestId };
    await record(tx, deps.ids, caller, now, { action: 'operator.signed_in', target: { type: 'operator', id: operator.id }, accountId: null });
  });
  return { sessionId, ...sessionInfo(deps, operator, sessionId) };
}

/** Who an operator session cookie belongs to, or null when it is unknown, expired, or its operator may no longer sign in. */
export async function authenticateOperatorSession(deps: Deps, sessionId: string): Promise<OperatorActor | null> {
  if (!sessionId.startsWith(OPERATOR_SESSION_PREFIX) || sessionId.length > 100) return null;
  const idHash = deps.vault.tokenHash(sessionId);
  const now = deps.clock.now();
  const found = await deps.store.read(async (tx) => {
    const session = await tx.operatorSessions.byHash(idHash);
    const operator = session && (await tx.operators.byId(session.operatorId));
    return session && operator && { session, operator };
  });
  if (!found || !sessionValid(found.session, now) || found.operator.status !== 'active') return null;
  if (now - found.session.lastUsedAt > SESSION_TOUCH_INTERVAL_MS) await deps.store.write((tx) => tx.operatorSessions.touch(idHash, now));
  return operatorActor(found.operator);
}

/** The session answer again (GET /v1/operator/session), or null when the cookie is not a live operator session. */
export async function getOperatorSession(deps: Deps, sessionId: string): Promise<OperatorSessionInfoView | null> {
  const actor = await authenticateOperatorSession(deps, sessionId);
  if (!actor) return null;
  const operator = await deps.store.read((tx) => tx.operators.byId(actor.id));
  return operator ? sessionInfo(deps, operator, sessionId) : null;
}

export async function signOutOperator(deps: Deps, caller: Caller, sessionId: string): Promise<void> {
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    await tx.operatorSessions.delete(deps.vault.tokenHash(sessionId));
    await record(tx, deps.ids, caller, now, { action: 'operator.signed_out', target: { type: 'operator', id: caller.actor.id }, accountId: null });
  });
}
