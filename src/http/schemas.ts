/**
 * JSON schemas of the public API (TypeBox). They validate requests, shape responses (nothing
 * leaves that is not declared here) and generate the OpenAPI document.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { AUDIT_ACTIONS } from '../domain/audit-events.ts';
import { ERROR_CODES } from '../domain/errors.ts';
import { KEY_TYPES } from '../domain/seats.ts';
import { SUBSCRIPTION_STATUSES } from '../domain/validity.ts';
import { ACTIVATION_STATUSES, OUTBOX_STATUSES } from '../domain/records.ts';
import { ACTIVATION_SORTS } from '../app/ports/listing.ts';
import { INVITATION_BATCH_MAX, INVITATION_EXPIRY_DAYS, INVITATION_LANGUAGES, INVITATION_STATUSES } from '../domain/invitations.ts';
import { ACCOUNT_ROLES, MEMBER_STATUSES } from '../domain/members.ts';
import { USAGE_WINDOWS_DAYS } from '../domain/usage.ts';
import { LIMITS } from '../app/validate.ts';

const closed = { additionalProperties: false } as const;
export const Nullable = <T extends TSchema>(t: T) => Type.Union([t, Type.Null()]);
/** A string from a fixed list (an `enum` in the OpenAPI document). */
const literals = <const T extends readonly string[]>(values: T) => Type.Unsafe<T[number]>({ type: 'string', enum: [...values] });

export const Id = Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$', description: 'An identifier (UUID).' });
export const Name = Type.String({ minLength: 1, maxLength: LIMITS.nameLength });
export const DateTime = Type.String({ format: 'date-time', maxLength: 40, description: 'ISO 8601, e.g. 2027-01-31T00:00:00Z' });
export const Seats = Type.Integer({ minimum: 0, maximum: LIMITS.seatsMax });
export const Url = Type.String({ format: 'uri', maxLength: 2000 });

export const IdParams = Type.Object({ id: Id }, closed);
export const AccountParams = Type.Object({ accountId: Id }, closed);

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: literals(ERROR_CODES),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
      requestId: Type.String(),
    }),
  },
  { description: 'Every error: a stable code (see docs/errors.md), a message and the request id.' },
);

export const Limit = Type.Integer({ minimum: 1, maximum: LIMITS.pageMax, default: 50 });
export const Cursor = Type.String({ minLength: 1, maxLength: 64, description: 'The nextCursor of the previous page.' });
export const Offset = Type.Integer({ minimum: 0, maximum: 1_000_000, default: 0 });

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ data: Type.Array(item), nextCursor: Type.Optional(Type.String()), total: Type.Optional(Type.Integer()) });

export const Product = Type.Object({ id: Id, code: Type.String(), name: Type.String(), downloadUrl: Nullable(Type.String()), createdAt: DateTime });
export const CreateProductBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' }),
    name: Name,
    downloadUrl: Type.Optional(Nullable(Url)),
  },
  closed,
);
export const UpdateProductBody = Type.Object({ name: Type.Optional(Name), downloadUrl: Type.Optional(Nullable(Url)) }, closed);

export const Account = Type.Object({ id: Id, name: Type.String(), createdAt: DateTime });
export const CreateAccountBody = Type.Object({ name: Name }, closed);

export const Token = Type.Object({
  id: Id,
  accountId: Nullable(Id),
  name: Type.String(),
  role: Type.String(),
  keyIds: Type.Array(Id),
  prefix: Type.String({ description: 'The first characters of the token, to recognise it.' }),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});
export const CreatedToken = Type.Intersect([Token, Type.Object({ token: Type.String({ description: 'Shown once; only its hash is stored.' }) })]);
export const CreateTokenBody = Type.Object(
  {
    name: Name,
    role: Type.Optional(literals(ACCOUNT_ROLES)),
    keyIds: Type.Optional(Type.Array(Id, { maxItems: LIMITS.grantsMax, description: "A License Administrator token's keys." })),
  },
  closed,
);

export const SeatSummary = Type.Object(
  {
    total: Type.Integer(),
    used: Type.Integer(),
    unused: Type.Integer({ description: 'total − used = availableDynamic + availableReserved' }),
    availableDynamic: Type.Integer({ description: 'The main pool: total − used − reservedTotal + reservedUsed' }),
    availableReserved: Type.Integer({ description: 'reservedTotal − reservedUsed' }),
    reservedTotal: Type.Integer(),
    reservedUsed: Type.Integer(),
  },
  { description: 'The seat formulas of DOMAIN.md, to the seat.' },
);

export const Subscription = Type.Object({
  id: Id,
  accountId: Id,
  product: Type.Object({ id: Id, code: Type.String(), name: Type.String() }),
  status: literals(SUBSCRIPTION_STATUSES),
  seats: SeatSummary,
  startsAt: DateTime,
  expiresAt: DateTime,
  gracePeriodDays: Type.Integer(),
  graceEndsAt: DateTime,
  autoRenew: Type.Boolean(),
  autoReleaseDays: Nullable(Type.Integer()),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export const CreatedSubscription = Type.Intersect([
  Subscription,
  Type.Object({ primaryKey: Type.Object({ id: Id, key: Type.String() }) }),
]);
export const CreateSubscriptionBody = Type.Object(
  {
    product: Type.String({ minLength: 1, maxLength: 64, description: 'A product code.' }),
    seats: Type.Integer({ minimum: 1, maximum: LIMITS.seatsMax }),
    expiresAt: DateTime,
    gracePeriodDays: Type.Optional(Type.Integer({ minimum: 0, maximum: LIMITS.gracePeriodDaysMax })),
    autoRenew: Type.Optional(Type.Boolean()),
    autoReleaseDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: LIMITS.autoReleaseDaysMax }))),
  },
  closed,
);
export const UpdateSubscriptionBody = Type.Object(
  {
    seats: Type.Optional(Type.Integer({ minimum: 1, maximum: LIMITS.seatsMax })),
    expiresAt: Type.Optional(DateTime),
    gracePeriodDays: Type.Optional(Type.Integer({ minimum: 0, maximum: LIMITS.gracePeriodDaysMax })),
    autoRenew: Type.Optional(Type.Boolean()),
    autoReleaseDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: LIMITS.autoReleaseDaysMax }))),
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

export const Key = Type.Object({
  id: Id,
  subscriptionId: Id,
  name: Type.String(),
  type: literals(KEY_TYPES),
  maxSeats: Nullable(Type.Integer({ description: 'null for the primary key' })),
  used: Type.Integer(),
  available: Type.Integer(),
  expiresAt: DateTime,
  expiresWithSubscription: Type.Boolean(),
  status: literals(['active', 'blocked', 'expired'] as const),
  key: Type.String({ description: 'The license key, 5 × 6 characters.' }),
  createdAt: DateTime,
  updatedAt: DateTime,
});
const SublicenseType = literals(['dynamic', 'reserved'] as const);
export const CreateKeyBody = Type.Object(
  { name: Name, type: SublicenseType, maxSeats: Seats, expiresAt: Type.Optional(Nullable(DateTime)) },
  closed,
);
export const UpdateKeyBody = Type.Object(
  {
    name: Type.Optional(Name),
    type: Type.Optional(SublicenseType),
    maxSeats: Type.Optional(Seats),
    expiresAt: Type.Optional(Nullable(DateTime)),
  },
  { ...closed, minProperties: 1 },
);
export const DeleteKeyQuery = Type.Object({ deactivateDevices: Type.Optional(Type.Boolean({ default: false })) }, closed);
export const DeletedKey = Type.Object({ id: Id, deactivatedDevices: Type.Integer() });

const Text = (max: number) => Type.String({ maxLength: max });
export const DeviceBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, description: 'Computer name' }),
    os: Type.String({ minLength: 1, maxLength: 100 }),
    serial: Type.Optional(Nullable(Text(100))),
    mac: Type.Optional(Nullable(Text(64))),
    appVersion: Type.Optional(Nullable(Text(50))),
  },
  closed,
);
export const Fingerprint = Type.String({ minLength: 1, maxLength: 256, description: 'The hardware fingerprint the client computes.' });

export const Activation = Type.Object({
  id: Id,
  subscriptionId: Id,
  keyId: Id,
  fingerprint: Type.String(),
  activationType: Type.String(),
  device: Type.Object({
    name: Type.String(),
    os: Type.String(),
    serial: Nullable(Type.String()),
    mac: Nullable(Type.String()),
    ip: Nullable(Type.String()),
    appVersion: Nullable(Type.String()),
  }),
  userEmail: Nullable(Type.String()),
  status: literals(ACTIVATION_STATUSES),
  endReason: Nullable(Type.String()),
  activatedAt: DateTime,
  lastCheckInAt: DateTime,
  endedAt: Nullable(DateTime),
});
export const ActivationRow = Type.Intersect([Activation, Type.Object({ keyName: Type.String() })]);
const ActivationFilters = {
  status: Type.Optional(literals([...ACTIVATION_STATUSES, 'all'] as const)),
  keyId: Type.Optional(Id),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search name, serial, MAC, IP, OS, app version, fingerprint, user.' })),
  sort: Type.Optional(literals(ACTIVATION_SORTS)),
  order: Type.Optional(literals(['asc', 'desc'] as const)),
};
export const ActivationQuery = Type.Object({ ...ActivationFilters, limit: Type.Optional(Limit), offset: Type.Optional(Offset) }, closed);
export const ActivationExportQuery = Type.Object(ActivationFilters, closed);
export const BlacklistBody = Type.Object({ reason: Type.Optional(Nullable(Text(LIMITS.nameLength))) }, closed);
export const MoveBody = Type.Object({ keyId: Id }, closed);
export const BlacklistEntry = Type.Object({
  id: Id,
  subscriptionId: Id,
  fingerprint: Type.String(),
  activationId: Nullable(Id),
  deviceName: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  createdAt: DateTime,
});
export const OffsetPage = Type.Object({ limit: Type.Optional(Limit), offset: Type.Optional(Offset) }, closed);

export const ActivateBody = Type.Object(
  { key: Type.String({ minLength: 1, maxLength: 64 }), fingerprint: Fingerprint, device: DeviceBody },
  closed,
);
export const CheckInBody = Type.Object(
  { activationId: Id, fingerprint: Fingerprint, device: Type.Optional(Type.Partial(DeviceBody)) },
  closed,
);
export const DeactivateBody = Type.Object({ activationId: Id, fingerprint: Fingerprint }, closed);
const Warnings = Type.Array(Type.String(), { description: 'e.g. SUBSCRIPTION_IN_GRACE' });
export const ActivateResponse = Type.Object({
  activation: Activation,
  certificate: Type.String({ description: 'Compact JWS (EdDSA); verify with /.well-known/jwks.json' }),
  checkInBy: DateTime,
  warnings: Warnings,
});
export const CheckInResponse = Type.Object({ certificate: Type.String(), checkInBy: DateTime, warnings: Warnings });

export const Event = Type.Object({
  id: Id,
  at: DateTime,
  accountId: Nullable(Id),
  subscriptionId: Nullable(Id),
  actor: Type.Object({ type: Type.String(), id: Type.String(), name: Nullable(Type.String({ description: 'As they were called then: a member\'s name and email, a token\'s name' })) }),
  action: literals(AUDIT_ACTIONS),
  target: Type.Object({ type: Type.String(), id: Type.String() }),
  before: Type.Unknown(),
  after: Type.Unknown(),
  requestId: Nullable(Type.String()),
});
export const EventQuery = Type.Object(
  {
    accountId: Type.Optional(Id),
    subscriptionId: Type.Optional(Id),
    action: Type.Optional(Type.String({ maxLength: 64, description: 'An action such as key.created, or a prefix such as key.*' })),
    actorType: Type.Optional(literals(['operator', 'token', 'member', 'device', 'system'] as const)),
    targetId: Type.Optional(Id),
    since: Type.Optional(DateTime),
    until: Type.Optional(DateTime),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  closed,
);

export const SystemInfo = Type.Object({
  mail: Type.Object({
    configured: Type.Boolean({ description: 'Whether an SMTP server is configured (ALLOT_SMTP_URL). Without one, emails wait in the outbox until it is.' }),
  }),
  setupNeeded: Type.Boolean({ description: 'True while no account has an active Account Administrator: nobody can sign in yet (`npx allot setup` makes the first).' }),
});
export const Jwks = Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) });
export const Rotated = Type.Object({ kid: Type.String(), createdAt: DateTime, retired: Type.Array(Type.String()) });
export const Empty = Type.Object({}, closed);

// ---------- invitations ----------

export const InvitationLanguage = literals(INVITATION_LANGUAGES);
export const ExpiresInDays = Type.Unsafe<number>({ type: 'integer', enum: [...INVITATION_EXPIRY_DAYS], description: 'Days until the code expires.' });
export const InviteBody = Type.Object(
  {
    emails: Type.Array(Type.String({ maxLength: 1000 }), { maxItems: INVITATION_BATCH_MAX, description: `Up to ${INVITATION_BATCH_MAX} addresses.` }),
    language: Type.Optional(InvitationLanguage),
    expiresInDays: Type.Optional(ExpiresInDays),
  },
  closed,
);
export const InviteQuery = Type.Object({ language: Type.Optional(InvitationLanguage), expiresInDays: Type.Optional(ExpiresInDays) }, closed);
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
  delivery: Type.Object({
    status: literals(OUTBOX_STATUSES),
    attempts: Type.Integer(),
    lastError: Nullable(Type.String()),
    sentAt: Nullable(DateTime),
    nextAttemptAt: Nullable(DateTime),
  }),
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
const InvitationFilters = {
  status: Type.Optional(literals(INVITATION_STATUSES)),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the email address.' })),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
};
export const KeyInvitationQuery = Type.Object(InvitationFilters, closed);
export const SubscriptionInvitationQuery = Type.Object({ ...InvitationFilters, keyId: Type.Optional(Id) }, closed);
export const KeyInvitationExportQuery = Type.Object({ status: InvitationFilters.status, q: InvitationFilters.q }, closed);
export const SubscriptionInvitationExportQuery = Type.Object({ status: InvitationFilters.status, q: InvitationFilters.q, keyId: Type.Optional(Id) }, closed);

// ---------- members, sessions ----------

const Email = Type.String({ format: 'email', maxLength: 254 });
const Password = Type.String({ minLength: 1, maxLength: 200 });
export const AccountRole = literals(ACCOUNT_ROLES);
export const Member = Type.Object({
  id: Id,
  accountId: Id,
  email: Type.String(),
  name: Type.String(),
  role: AccountRole,
  keyIds: Type.Array(Id, { description: "A License Administrator's keys" }),
  status: literals(MEMBER_STATUSES),
  createdAt: DateTime,
  lastSignInAt: Nullable(DateTime),
});
export const SessionInfo = Type.Object({
  member: Member,
  account: Account,
  csrfToken: Type.String({ description: 'Send it as x-csrf-token on every change made with the session cookie.' }),
});
export const SignInBody = Type.Object({ email: Email, password: Password }, closed);
export const CreateMemberBody = Type.Object(
  {
    email: Email,
    name: Name,
    role: AccountRole,
    keyIds: Type.Optional(Type.Array(Id, { maxItems: LIMITS.grantsMax })),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Operator only: the member is active at once. Otherwise they are emailed a link.' })),
  },
  closed,
);
export const UpdateMemberBody = Type.Object(
  { name: Type.Optional(Name), role: Type.Optional(AccountRole), keyIds: Type.Optional(Type.Array(Id, { maxItems: LIMITS.grantsMax })) },
  { ...closed, minProperties: 1 },
);
export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    currentPassword: Type.Optional({ ...Password, description: 'Required to change the email address.' }),
  },
  closed,
);
export const ChangePasswordBody = Type.Object({ currentPassword: Password, newPassword: Password }, closed);
export const PasswordResetBody = Type.Object({ email: Email }, closed);
export const ConfirmPasswordBody = Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }), password: Password }, closed);
export const Me = Type.Object({ member: Member, account: Account });
export const UsageQuery = Type.Object(
  { days: Type.Optional(Type.Unsafe<number>({ type: 'integer', enum: [...USAGE_WINDOWS_DAYS], default: 30 })), keyId: Type.Optional(Id) },
  closed,
);
export const Usage = Type.Object({
  days: Type.Integer(),
  startedAt: Type.String({ format: 'date-time', description: 'When the subscription (or the key asked for) was created: the points begin on its UTC day.' }),
  points: Type.Array(Type.Object({ date: Type.String({ description: 'UTC day, YYYY-MM-DD' }), used: Type.Integer(), total: Type.Integer() }), {
    description: 'One per UTC day of the window since startedAt, oldest first, the last one today: fewer than `days` for a younger subscription.',
  }),
});

export const BulkDevicesBody = Type.Object(
  {
    activationIds: Type.Array(Id, { maxItems: 500, description: 'From 1 to 500 devices.' }),
    action: literals(['deactivate', 'blacklist', 'move'] as const),
    keyId: Type.Optional(Id),
    reason: Type.Optional(Nullable(Type.String({ maxLength: LIMITS.nameLength }))),
  },
  closed,
);
export const BulkDevicesResponse = Type.Object({
  results: Type.Array(
    Type.Object({
      activationId: Id,
      ok: Type.Boolean(),
      activation: Type.Optional(Activation),
      blacklistEntry: Type.Optional(BlacklistEntry),
      error: Type.Optional(Type.Object({ code: literals(ERROR_CODES), message: Type.String() })),
    }),
  ),
});
