import { Type } from '@sinclair/typebox';
import { SUBSCRIPTION_STATUSES } from '../../domain/validity.ts';
import { USAGE_WINDOWS_DAYS } from '../../domain/usage.ts';
import { DateTime, Id, literals, Nullable } from '../../app/views/common.ts';
import { closed, Cursor, Limit, Name, Seats } from './common.ts';
import { SSO_GROUP_MAX_CHARS, SSO_GROUPS_PER_KEY_MAX_COUNT } from '../../domain/limits.ts';
import { AUTO_RELEASE_MAX_DAYS, GRACE_PERIOD_MAX_DAYS, SUBSCRIPTION_MAX_SEATS } from '../../domain/limits.ts';

export const UpdateSubscriptionBody = Type.Object(
  {
    seats: Type.Optional(Type.Integer({ minimum: 1, maximum: SUBSCRIPTION_MAX_SEATS })),
    addSeats: Type.Optional(
      Type.Integer({ minimum: 1, maximum: SUBSCRIPTION_MAX_SEATS, description: 'Seats to add to the total as it is then (two additions at once both count); not with seats.' }),
    ),
    expiresAt: Type.Optional(DateTime),
    gracePeriodDays: Type.Optional(Type.Integer({ minimum: 0, maximum: GRACE_PERIOD_MAX_DAYS })),
    autoRenew: Type.Optional(Type.Boolean()),
    autoReleaseDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: AUTO_RELEASE_MAX_DAYS }))),
  },
  { ...closed, minProperties: 1 },
);
export const SubscriptionQuery = Type.Object(
  {
    status: Type.Optional(literals(SUBSCRIPTION_STATUSES)),
    accountId: Type.Optional(Id),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  closed,
);
export const UsageQuery = Type.Object(
  { days: Type.Optional(Type.Unsafe<number>({ type: 'integer', enum: [...USAGE_WINDOWS_DAYS], default: 30 })), keyId: Type.Optional(Id) },
  closed,
);

const SublicenseType = literals(['dynamic', 'reserved'] as const);
const SsoGroups = Type.Array(Type.String({ minLength: 1, maxLength: SSO_GROUP_MAX_CHARS }), {
  maxItems: SSO_GROUPS_PER_KEY_MAX_COUNT,
  description: 'Identity-provider group ids or names (matched trimmed, case-insensitively)',
});
const SsoPriority = Type.Integer({ minimum: 0, maximum: 1_000_000, description: 'Lowest wins for a person in several mapped groups (default 100)' });
export const CreateKeyBody = Type.Object(
  {
    name: Name,
    type: SublicenseType,
    maxSeats: Seats,
    expiresAt: Type.Optional(Nullable(DateTime)),
    ssoGroups: Type.Optional(SsoGroups),
    ssoPriority: Type.Optional(SsoPriority),
  },
  closed,
);
export const UpdateKeyBody = Type.Object(
  {
    name: Type.Optional(Name),
    type: Type.Optional(SublicenseType),
    maxSeats: Type.Optional(Seats),
    expiresAt: Type.Optional(Nullable(DateTime)),
    ssoGroups: Type.Optional(SsoGroups),
    ssoPriority: Type.Optional(SsoPriority),
    goldenImageId: Type.Optional(Nullable(Id)),
  },
  { ...closed, minProperties: 1 },
);
export const DeleteKeyQuery = Type.Object({ deactivateDevices: Type.Optional(Type.Boolean({ default: false })) }, closed);
