import { normalizeEmail } from '../../domain/invitations.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { sendMemberLink } from '../member-links.ts';
import type { Tx } from '../ports/store.ts';
import { PASSWORD_RESET_BATCH_ROWS, PASSWORD_RESET_INTERVAL_MS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'signals'>;


/**
 * Asks for a link to reset a password. The request is only queued: it takes the same time and
 * makes the same one write whatever the address, so nobody learns which addresses are members.
 * `processPasswordResets` works it off after the answer.
 */
export async function requestPasswordReset(deps: Deps, input: { email: string; requestId: string | null }): Promise<void> {
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    await tx.resetRequests.insert({ id: deps.ids.next(), emailCipher: deps.vault.encrypt(normalizeEmail(input.email)), requestId: input.requestId, createdAt: now });
    tx.afterCommit(() => deps.signals.mailQueued());
  });
}

/** Emails a reset link if the address is an active member's, at most once a minute per address. */
async function resetOne(tx: Tx, deps: Deps, email: string, requestId: string | null, now: number): Promise<void> {
  const m = await tx.members.byEmail(email);
  if (!m || m.status !== 'active') return;
  const key = deps.vault.lookupHash(`reset:${m.email}`);
  const last = await tx.throttle.get(key);
  if (last?.lockedUntil && last.lockedUntil > now) return;
  await tx.throttle.put(key, 0, now + PASSWORD_RESET_INTERVAL_MS, now);
  await sendMemberLink(tx, deps, m, 'reset', now);
  const caller: Caller = { actor: { type: 'system', id: 'password-reset' }, requestId };
  await record(tx, deps.ids, caller, now, { action: 'member.password_reset_requested', target: { type: 'member', id: m.id }, accountId: m.accountId, after: { name: m.name, email: m.email } });
}

/** Works off the queued reset requests (every node may: a request is taken once); how many there were. */
export async function processPasswordResets(deps: Deps): Promise<number> {
  let total = 0;
  for (;;) {
    const now = deps.clock.now();
    const taken = await deps.store.write(async (tx) => {
      const batch = await tx.resetRequests.take(PASSWORD_RESET_BATCH_ROWS);
      for (const r of batch) await resetOne(tx, deps, deps.vault.decrypt(r.emailCipher), r.requestId, now);
      return batch.length;
    });
    total += taken;
    if (taken < PASSWORD_RESET_BATCH_ROWS) return total;
  }
}
