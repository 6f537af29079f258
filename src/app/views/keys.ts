import { Type, type Static } from '@sinclair/typebox';
import { availableOnKey } from '../../domain/keys.ts';
import { KEY_TYPES } from '../../domain/seats.ts';
import { keyStatus, type KeyStatus } from '../../domain/validity.ts';
import type { KeyRecord, SubscriptionRecord } from '../../domain/records.ts';
import type { Vault } from '../ports/secrets.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';

const KEY_STATUSES = ['active', 'blocked', 'expired'] as const satisfies readonly KeyStatus[];

export const Key = Type.Object({
  id: Id,
  subscriptionId: Id,
  name: Type.String(),
  type: literals(KEY_TYPES),
  maxSeats: Nullable(Type.Integer({ description: 'null for the primary key' })),
  used: Type.Integer(),
  available: Type.Integer(),
  /** When the key stops activating: its own expiry, or the subscription's. */
  expiresAt: DateTime,
  expiresWithSubscription: Type.Boolean(),
  status: literals(KEY_STATUSES),
  key: Type.String({ description: 'The license key, 5 × 6 characters.' }),
  ssoGroups: Type.Array(Type.String(), { description: "Identity-provider groups (ids or names) whose people draw their seat on this key" }),
  ssoPriority: Type.Integer({ description: 'A person in several mapped groups gets the key with the lowest priority' }),
  goldenImageId: Type.Union([Id, Type.Null()], { description: 'The golden image its devices start from (GET /v1/golden-images/{id}); null: none' }),
  ownPolicy: Type.Boolean({ description: 'Whether the key has a policy of its own; false: it inherits the account default (the primary key is the default: always true)' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type KeyView = Static<typeof Key>;

export function keyView(k: KeyRecord, s: SubscriptionRecord, vault: Vault, now: number): KeyView {
  const status = keyStatus(k, s, now);
  return {
    id: k.id,
    subscriptionId: k.subscriptionId,
    name: k.name,
    type: k.type,
    maxSeats: k.maxSeats,
    used: k.used,
    available: availableOnKey(k, s, now),
    expiresAt: iso(k.expiresAt === null ? s.expiresAt : Math.min(k.expiresAt, s.expiresAt)),
    expiresWithSubscription: k.expiresAt === null,
    status,
    key: vault.decrypt(k.keyCipher),
    ssoGroups: k.ssoGroups,
    ssoPriority: k.ssoPriority,
    goldenImageId: k.goldenImageId,
    ownPolicy: k.type === 'primary' || k.policy !== null,
    createdAt: iso(k.createdAt),
    updatedAt: iso(k.updatedAt),
  };
}

/** What the event log keeps of a key: never the key string. */
export const keyAuditState = (k: KeyRecord) => ({
  name: k.name,
  type: k.type,
  maxSeats: k.maxSeats,
  blocked: k.blocked,
  expiresAt: isoOrNull(k.expiresAt),
  ssoGroups: k.ssoGroups,
  ssoPriority: k.ssoPriority,
  goldenImageId: k.goldenImageId,
});

export const DeletedKey = Type.Object({ id: Id, deactivatedDevices: Type.Integer() });
