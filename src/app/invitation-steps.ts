import type { InvitationRecord } from '../domain/records.ts';
import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import type { Tx } from './ports/store.ts';
import { invitationAuditState } from './views/invitations.ts';

/** Revokes a pending invitation within the caller's transaction; its unsent email is cancelled. */
export async function revokeInTx(
  tx: Tx,
  deps: Pick<AppDeps, 'ids' | 'timer'>,
  caller: Caller,
  inv: InvitationRecord,
  reason: 'administrator' | 'key_deleted',
  now: number,
  keyName: string,
): Promise<InvitationRecord> {
  const after: InvitationRecord = { ...inv, status: 'revoked', revokeReason: reason, revokedAt: now, updatedAt: now };
  await tx.invitations.update(inv.id, { status: 'revoked', revokeReason: reason, revokedAt: now, updatedAt: now });
  await tx.outbox.cancel(inv.id, deps.timer.now());
  await record(tx, deps.ids, caller, now, {
    action: 'invitation.revoked',
    target: { type: 'invitation', id: inv.id },
    accountId: inv.accountId,
    subscriptionId: inv.subscriptionId,
    before: invitationAuditState(inv, keyName),
    after: { ...invitationAuditState(after, keyName), reason },
  });
  return after;
}
