import { AllotError } from '../../domain/errors.ts';
import {
  DEFAULT_INVITATION_EXPIRY_DAYS,
  DEFAULT_INVITATION_LANGUAGE,
  INVITATION_EXPIRY_DAYS,
  INVITATION_LANGUAGES,
  invitationExpiry,
  isEmailAddress,
  normalizeEmail,
  sortBatch,
  type BatchEntry,
  type InvitationLanguage,
} from '../../domain/invitations.ts';
import { keyStatus, subscriptionStatus } from '../../domain/validity.ts';
import { recordMany } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { queueInvitationMail, wakeMailAfterCommit } from '../outbox.ts';
import { newKeyMaterial } from '../key-material.ts';
import type { InvitationCodeRecord, InvitationRecord, OutboxRecord } from '../../domain/records.ts';
import { openKey, writeSettled } from '../subscription-entry.ts';
import { invalid } from '../validate.ts';
import { invitationAuditState, invitationView, type InviteResponseView } from '../views/invitations.ts';
import { INVITATION_BATCH_MAX_COUNT } from '../../domain/limits.ts';

export interface InviteInput {
  entries: readonly BatchEntry[];
  language?: string;
  expiresInDays?: number;
}

export type InviteResult = InviteResponseView;

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'signals'>;

function readOptions(input: InviteInput): { language: InvitationLanguage; expiresInDays: number } {
  const language = input.language ?? DEFAULT_INVITATION_LANGUAGE;
  if (!(INVITATION_LANGUAGES as readonly string[]).includes(language))
    throw invalid(`language must be one of ${INVITATION_LANGUAGES.join(', ')}.`, 'language');
  const expiresInDays = input.expiresInDays ?? DEFAULT_INVITATION_EXPIRY_DAYS;
  if (!(INVITATION_EXPIRY_DAYS as readonly number[]).includes(expiresInDays))
    throw invalid(`expiresInDays must be one of ${INVITATION_EXPIRY_DAYS.join(', ')}.`, 'expiresInDays');
  if (input.entries.length > INVITATION_BATCH_MAX_COUNT)
    throw invalid(`At most ${INVITATION_BATCH_MAX_COUNT} addresses per request; split the list.`, 'emails');
  return { language: language as InvitationLanguage, expiresInDays };
}

/**
 * Invites people to activate with a key: one personal code per address, emailed after commit
 * through the outbox. Invalid, repeated and already-invited addresses are reported one by one;
 * the others are invited, all in one transaction.
 */
export async function inviteUsers(deps: Deps, caller: Caller, keyId: string, input: InviteInput): Promise<InviteResult> {
  const { language, expiresInDays } = readOptions(input);
  const now = deps.clock.now();
  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    const { key, sub } = await openKey(scope, keyId);
    if (subscriptionStatus(sub, now) === 'expired') throw new AllotError('SUBSCRIPTION_EXPIRED', 'The subscription has expired: renew it before inviting.');
    if (key.expiredAt !== null || keyStatus(key, sub, now) === 'expired') throw new AllotError('KEY_EXPIRED', 'The key has expired: extend it before inviting.');
    if (input.entries.length === 0) throw invalid('Give at least one email address.', 'emails');

    const candidates = input.entries.map((e) => normalizeEmail(e.email)).filter(isEmailAddress);
    const pending = await tx.invitations.pendingEmails(key.id, [...new Set(candidates)], now);
    const { invite, rejected } = sortBatch(input.entries, pending);

    const invitations: InvitationRecord[] = [];
    const codes: InvitationCodeRecord[] = [];
    const messages: OutboxRecord[] = [];
    const clear = new Map<string, string>();
    for (const entry of invite) {
      const id = deps.ids.next();
      const material = newKeyMaterial(deps.vault);
      const mail = queueInvitationMail(deps, id);
      messages.push(mail);
      codes.push({ codeHash: material.keyHash, invitationId: id, createdAt: now, retiredAt: null });
      clear.set(id, material.key);
      invitations.push({
        id,
        subscriptionId: sub.id,
        accountId: sub.accountId,
        keyId: key.id,
        email: entry.email,
        language,
        status: 'pending',
        expiresInDays,
        expiresAt: invitationExpiry(now, expiresInDays),
        codeCipher: material.keyCipher,
        mailId: mail.id,
        activationId: null,
        revokeReason: null,
        createdAt: now,
        updatedAt: now,
        acceptedAt: null,
        revokedAt: null,
      });
    }
    await tx.invitations.insertMany(invitations, codes);
    await tx.outbox.insertMany(messages);
    await recordMany(
      tx,
      deps.ids,
      caller,
      now,
      invitations.map((i) => ({
        action: 'invitation.created',
        target: { type: 'invitation', id: i.id },
        accountId: i.accountId,
        subscriptionId: i.subscriptionId,
        after: invitationAuditState(i, key.name),
      })),
    );
    if (invitations.length > 0) wakeMailAfterCommit(tx, deps);
    const mailOf = new Map(messages.map((m) => [m.refId, m]));
    return {
      data: invitations.map((i) => invitationView(i, { keyName: key.name, code: clear.get(i.id)!, delivery: mailOf.get(i.id) }, now)),
      rejected,
    };
  });
}
