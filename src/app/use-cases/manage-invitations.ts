import { AllotError } from '../../domain/errors.ts';
import { invitationExpiry, invitationStatus, type InvitationStatus } from '../../domain/invitations.ts';
import { keyStatus } from '../../domain/validity.ts';
import { keyLimit } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { deliveriesOf, queueInvitationMail, wakeMailAfterCommit } from '../outbox.ts';
import { newKeyMaterial } from '../key-material.ts';
import type { InvitationRecord, KeyRecord } from '../../domain/records.ts';
import type { Page } from '../ports/listing.ts';
import type { Tx } from '../ports/store.ts';
import { revokeInTx } from '../invitation-steps.ts';
import { openInvitation, openKey, openSubscription, readSettled, writeSettled, type Scope } from '../subscription-entry.ts';
import { invitationAuditState, invitationView, type InvitationView } from '../views/invitations.ts';
import { INVITATION_EXPORT_PAGE_ROWS } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'signals'>;

export interface InvitationQuery {
  keyId?: string;
  status?: InvitationStatus;
  search?: string;
  limit: number;
  offset: number;
}

/** Views of invitations, with their keys' names, their latest delivery and the device that accepted them. */
async function views(tx: Tx, deps: Pick<AppDeps, 'vault'>, rows: readonly InvitationRecord[], keys: ReadonlyMap<string, KeyRecord>, now: number): Promise<InvitationView[]> {
  const deliveries = await deliveriesOf(tx, rows);
  const devices = await tx.activations.deviceNames(rows.flatMap((i) => (i.activationId ? [i.activationId] : [])));
  return rows.map((i) =>
    invitationView(
      i,
      {
        keyName: keys.get(i.keyId)?.name ?? '',
        code: deps.vault.decrypt(i.codeCipher),
        delivery: deliveries.get(i.mailId ?? ''),
        deviceName: i.activationId ? (devices.get(i.activationId) ?? null) : null,
      },
      now,
    ),
  );
}

/** Deleted keys are gone from the list, but their invitations (revoked with them) keep their name. */
const WITH_DELETED_KEYS = { keys: 'withDeleted' } as const;
const byId = (keys: readonly KeyRecord[]): Map<string, KeyRecord> => new Map(keys.map((k) => [k.id, k]));

/** The subscription an invitation listing covers (a key's or a whole one's), entered for the caller. */
async function openScope(scope: Scope, of: { subscriptionId: string } | { keyId: string }) {
  return 'keyId' in of ? openKey(scope, of.keyId, WITH_DELETED_KEYS) : openSubscription(scope, of.subscriptionId, WITH_DELETED_KEYS);
}

export async function getInvitation(deps: Deps, caller: Caller, id: string): Promise<InvitationView> {
  return readSettled(deps, caller, async (scope) => {
    const { invitation, keys } = await openInvitation(scope, id, WITH_DELETED_KEYS);
    return (await views(scope.tx, deps, [invitation], byId(keys), scope.now))[0]!;
  });
}

/** A subscription's invitations (or one key's: `scope.keyId`), newest first. */
export async function listInvitations(
  deps: Deps,
  caller: Caller,
  scope: { subscriptionId: string } | { keyId: string },
  q: InvitationQuery,
): Promise<Page<InvitationView>> {
  return readSettled(deps, caller, async (entry) => {
    const { tx, now } = entry;
    const { sub, keys } = await openScope(entry, scope);
    const subscriptionId = sub.id;
    const keyId = 'keyId' in scope ? scope.keyId : q.keyId;
    const { rows, total } = await tx.invitations.list({
      subscriptionId,
      keyId,
      keyIds: keyLimit(caller.actor),
      status: q.status,
      search: q.search,
      now,
      limit: q.limit,
      offset: q.offset,
    });
    return { data: await views(tx, deps, rows, byId(keys), now), total };
  });
}


export interface InvitationExportRow extends InvitationView {
  downloadUrl: string | null;
}

/** Every invitation in scope, page by page, for "Download invitations" (with the product's download URL). */
export async function* exportInvitations(
  deps: Deps,
  caller: Caller,
  scope: { subscriptionId: string } | { keyId: string },
  filter: Pick<InvitationQuery, 'status' | 'keyId' | 'search'>,
): AsyncGenerator<InvitationExportRow> {
  const downloadUrl = await readSettled(deps, caller, async (entry) => {
    const { sub } = await openScope(entry, scope);
    return (await entry.tx.products.byId(sub.productId))?.downloadUrl ?? null;
  });
  for (let offset = 0; ; offset += INVITATION_EXPORT_PAGE_ROWS) {
    const page = await listInvitations(deps, caller, scope, { ...filter, limit: INVITATION_EXPORT_PAGE_ROWS, offset });
    for (const row of page.data) yield { ...row, downloadUrl };
    if (page.data.length < INVITATION_EXPORT_PAGE_ROWS) return;
  }
}

function notPending(i: InvitationRecord, now: number, action: string): AllotError {
  const status = invitationStatus(i, now);
  return new AllotError('INVITATION_NOT_PENDING', `Only a pending invitation can be ${action}; this one is ${status}.`, { status });
}

/**
 * Sends the invitation again with a new code: the old code stops working at once, the expiry
 * starts over, and a new email goes out. For pending and expired invitations.
 */
export async function resendInvitation(deps: Deps, caller: Caller, id: string): Promise<InvitationView> {
  const now = deps.clock.now();
  const material = newKeyMaterial(deps.vault);
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { invitation: inv, sub } = await openInvitation(scope, id);
    if (inv.status !== 'pending') throw notPending(inv, now, 'resent');
    const key = (await tx.keys.byId(inv.keyId))!;
    if (key.expiredAt !== null || keyStatus(key, sub, now) === 'expired') throw new AllotError('KEY_EXPIRED', 'The key has expired: extend it before resending.');
    await tx.invitations.replaceCode(inv.id, { codeHash: material.keyHash, invitationId: inv.id, createdAt: now, retiredAt: null });
    await tx.outbox.cancel(inv.id, deps.timer.now());
    const mail = queueInvitationMail(deps, inv.id);
    await tx.outbox.insertMany([mail]);
    const after: InvitationRecord = { ...inv, codeCipher: material.keyCipher, expiresAt: invitationExpiry(now, inv.expiresInDays), mailId: mail.id, updatedAt: now };
    await tx.invitations.update(inv.id, { codeCipher: after.codeCipher, expiresAt: after.expiresAt, mailId: mail.id, updatedAt: now });
    await record(tx, deps.ids, caller, now, {
      action: 'invitation.resent',
      target: { type: 'invitation', id: inv.id },
      accountId: inv.accountId,
      subscriptionId: inv.subscriptionId,
      before: invitationAuditState(inv, key.name),
      after: invitationAuditState(after, key.name),
    });
    wakeMailAfterCommit(tx, deps);
    return invitationView(after, { keyName: key.name, code: material.key, delivery: mail }, now);
  });
}

export async function revokeInvitation(deps: Deps, caller: Caller, id: string): Promise<InvitationView> {
  const now = deps.clock.now();
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { invitation: inv, keys: list } = await openInvitation(scope, id, WITH_DELETED_KEYS);
    if (invitationStatus(inv, now) !== 'pending') throw notPending(inv, now, 'revoked');
    const keys = byId(list);
    const after = await revokeInTx(tx, deps, caller, inv, 'administrator', now, keys.get(inv.keyId)?.name ?? '');
    return (await views(tx, deps, [after], keys, now))[0]!;
  });
}
