import { Type, type Static } from '@sinclair/typebox';
import { ACCOUNT_ROLES, MEMBER_STATUSES } from '../../domain/members.ts';
import type { KeyGrant, MemberRecord } from '../../domain/records.ts';
import { Account } from './products-accounts.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';

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
export type MemberView = Static<typeof Member>;

export const memberView = (m: MemberRecord, grants: readonly KeyGrant[]): MemberView => ({
  id: m.id,
  accountId: m.accountId,
  email: m.email,
  name: m.name,
  role: m.role,
  keyIds: m.role === 'license_admin' ? grants.map((g) => g.keyId) : [],
  status: m.status,
  createdAt: iso(m.createdAt),
  lastSignInAt: isoOrNull(m.lastSignInAt),
});

/** What the audit log keeps of a member: never a password hash. */
export const memberAuditState = (m: MemberRecord, grants: readonly KeyGrant[]) => ({
  email: m.email,
  name: m.name,
  role: m.role,
  status: m.status,
  keyIds: grants.map((g) => g.keyId),
});

export const SessionInfo = Type.Object({
  member: Member,
  account: Account,
  csrfToken: Type.String({ description: 'Send it as x-csrf-token on every change made with the session cookie.' }),
});
export type SessionInfoView = Static<typeof SessionInfo>;
export const Me = Type.Object({ member: Member, account: Account });
export type MeView = Static<typeof Me>;
