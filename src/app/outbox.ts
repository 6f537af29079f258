import type { AppDeps } from './context.ts';
import type { InvitationRecord, OutboxKind, OutboxRecord } from '../domain/records.ts';
import type { Tx } from './ports/store.ts';

/** A new outbox message about `refId`, due at once. */
export function queueMail(deps: Pick<AppDeps, 'ids' | 'timer'>, kind: OutboxKind, refId: string): OutboxRecord {
  const at = deps.timer.now();
  return {
    id: deps.ids.next(),
    kind,
    refId,
    status: 'queued',
    attempts: 0,
    nextAttemptAt: at,
    leaseOwner: null,
    leaseUntil: null,
    lastError: null,
    createdAt: at,
    updatedAt: at,
    sentAt: null,
  };
}

/** A new message for an invitation; the invitation points at it (`mailId`). */
export const queueInvitationMail = (deps: Pick<AppDeps, 'ids' | 'timer'>, invitationId: string): OutboxRecord => queueMail(deps, 'invitation', invitationId);

/** The latest message of each invitation, by its id. */
export async function deliveriesOf(tx: Tx, invitations: readonly InvitationRecord[]): Promise<Map<string, OutboxRecord>> {
  const ids = invitations.map((i) => i.mailId).filter((id): id is string => id !== null);
  return new Map((await tx.outbox.byIds(ids)).map((m) => [m.id, m]));
}

/** Wakes the mail worker once the transaction that queued mail has committed. */
export const wakeMailAfterCommit = (tx: Tx, deps: Pick<AppDeps, 'signals'>): void => tx.afterCommit(() => deps.signals.mailQueued());
