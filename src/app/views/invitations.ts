import { Type, type Static } from '@sinclair/typebox';
import { invitationStatus, INVITATION_LANGUAGES, INVITATION_STATUSES } from '../../domain/invitations.ts';
import { OUTBOX_STATUSES, type InvitationRecord, type OutboxRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';

export const InvitationLanguage = literals(INVITATION_LANGUAGES);

export const Delivery = Type.Object({
  status: literals(OUTBOX_STATUSES),
  attempts: Type.Integer(),
  lastError: Nullable(Type.String()),
  sentAt: Nullable(DateTime),
  nextAttemptAt: Nullable(DateTime),
});
export type DeliveryView = Static<typeof Delivery>;

export const deliveryView = (m: OutboxRecord | undefined): DeliveryView =>
  m
    ? {
        status: m.status,
        attempts: m.attempts,
        lastError: m.lastError,
        sentAt: isoOrNull(m.sentAt),
        nextAttemptAt: m.status === 'queued' || m.status === 'retrying' ? iso(m.nextAttemptAt) : null,
      }
    : { status: 'queued', attempts: 0, lastError: null, sentAt: null, nextAttemptAt: null };

export const Invitation = Type.Object({
  id: Id,
  subscriptionId: Id,
  keyId: Id,
  keyName: Type.String(),
  email: Type.String(),
  code: Type.String({ description: 'The personal activation code, 5 × 6 characters.' }),
  language: InvitationLanguage,
  status: literals(INVITATION_STATUSES),
  expiresInDays: Type.Integer(),
  expiresAt: DateTime,
  createdAt: DateTime,
  acceptedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
  activationId: Nullable(Id),
  deviceName: Nullable(Type.String({ description: 'The computer name of the device that accepted it (null before it was accepted).' })),
  delivery: Delivery,
});
export type InvitationView = Static<typeof Invitation>;

export interface InvitationContext {
  keyName: string;
  /** The computer name of the device whose activation accepted it, when it did. */
  deviceName?: string | null;
  /** The current code, in clear (decrypted, or just made). */
  code: string;
  delivery: OutboxRecord | undefined;
}

export function invitationView(i: InvitationRecord, c: InvitationContext, now: number): InvitationView {
  return {
    id: i.id,
    subscriptionId: i.subscriptionId,
    keyId: i.keyId,
    keyName: c.keyName,
    email: i.email,
    code: c.code,
    language: i.language,
    status: invitationStatus(i, now),
    expiresInDays: i.expiresInDays,
    expiresAt: iso(i.expiresAt),
    createdAt: iso(i.createdAt),
    acceptedAt: isoOrNull(i.acceptedAt),
    revokedAt: isoOrNull(i.revokedAt),
    activationId: i.activationId,
    deviceName: c.deviceName ?? null,
    delivery: deliveryView(c.delivery),
  };
}

/** What the audit log keeps of an invitation: never its code; its key's name as it was then. */
export const invitationAuditState = (i: InvitationRecord, keyName: string) => ({
  email: i.email,
  keyId: i.keyId,
  keyName,
  language: i.language,
  status: i.status,
  expiresAt: iso(i.expiresAt),
});

export const InviteResponse = Type.Object({
  data: Type.Array(Invitation),
  rejected: Type.Array(
    Type.Object({
      email: Type.String(),
      line: Type.Optional(Type.Integer({ description: 'The CSV line (1 is the first line of the file).' })),
      reason: literals(['invalid_email', 'duplicate', 'already_invited'] as const),
    }),
  ),
});
export type InviteResponseView = Static<typeof InviteResponse>;
