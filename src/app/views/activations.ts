import { Type, type Static } from '@sinclair/typebox';
import type { WarningCode } from '../../domain/decisions.ts';
import { ERROR_CODES } from '../../domain/errors.ts';
import { ACTIVATION_STATUSES, type ActivationRecord, type BlacklistRecord, type EndReason } from '../../domain/records.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable, stringOf } from './common.ts';

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
  ssoUserId: Nullable(Id),
  status: literals(ACTIVATION_STATUSES),
  endReason: Nullable(stringOf<EndReason>()),
  activatedAt: DateTime,
  lastCheckInAt: DateTime,
  endedAt: Nullable(DateTime),
});
export type ActivationView = Static<typeof Activation>;

export const activationView = (a: ActivationRecord): ActivationView => ({
  id: a.id,
  subscriptionId: a.subscriptionId,
  keyId: a.keyId,
  fingerprint: a.fingerprint,
  activationType: a.activationType,
  device: { name: a.name, os: a.os, serial: a.serial, mac: a.mac, ip: a.ip, appVersion: a.appVersion },
  userEmail: a.userEmail,
  ssoUserId: a.ssoUserId,
  status: a.status,
  endReason: a.endReason,
  activatedAt: iso(a.activatedAt),
  lastCheckInAt: iso(a.lastCheckInAt),
  endedAt: isoOrNull(a.endedAt),
});

/** What the audit log keeps of an activation, with its key's name as it was then (the log never rewrites history). */
export const activationAuditState = (a: Pick<ActivationRecord, 'keyId' | 'fingerprint' | 'name' | 'ssoUserId' | 'userEmail' | 'status' | 'endReason'>, keyName: string) => ({
  keyId: a.keyId,
  keyName,
  fingerprint: a.fingerprint,
  deviceName: a.name,
  ...(a.ssoUserId !== null && a.userEmail !== null && { userEmail: a.userEmail }),
  status: a.status,
  endReason: a.endReason,
});

export const BlacklistEntry = Type.Object({
  id: Id,
  subscriptionId: Id,
  fingerprint: Type.String(),
  activationId: Nullable(Id),
  deviceName: Nullable(Type.String()),
  reason: Nullable(Type.String()),
  createdAt: DateTime,
});
export type BlacklistView = Static<typeof BlacklistEntry>;

export const blacklistView = (b: BlacklistRecord): BlacklistView => ({
  id: b.id,
  subscriptionId: b.subscriptionId,
  fingerprint: b.fingerprint,
  activationId: b.activationId,
  deviceName: b.deviceName,
  reason: b.reason,
  createdAt: iso(b.createdAt),
});

export const ActivationRow = Type.Intersect([Activation, Type.Object({ keyName: Type.String() })]);
export type ActivationRowView = Static<typeof ActivationRow>;

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
/** The result for one device of a bulk action. */
export type DeviceResultView = Static<typeof BulkDevicesResponse>['results'][number];

const Warnings = Type.Array(stringOf<WarningCode>(), { description: 'e.g. SUBSCRIPTION_IN_GRACE' });
export const ActivateResponse = Type.Object({
  activation: Activation,
  certificate: Type.String({ description: 'Compact JWS (EdDSA); verify with /.well-known/jwks.json' }),
  checkInBy: DateTime,
  warnings: Warnings,
});
export const CheckInResponse = Type.Object({
  certificate: Type.String({ description: 'Compact JWS (EdDSA); verify with /.well-known/jwks.json' }),
  checkInBy: DateTime,
  policyChanged: Type.Boolean({ description: "True when the certificate's policy version differs from the one in the device's previous certificate" }),
  warnings: Warnings,
});
export type ActivateView = Static<typeof ActivateResponse>;
export type CheckInView = Static<typeof CheckInResponse>;
