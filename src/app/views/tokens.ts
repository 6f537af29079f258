import { Type, type Static } from '@sinclair/typebox';
import type { KeyGrant, TokenRecord, TokenRole } from '../../domain/records.ts';
import { DateTime, Id, iso, isoOrNull, Nullable, stringOf } from './common.ts';

export const Token = Type.Object({
  id: Id,
  accountId: Nullable(Id),
  name: Type.String(),
  role: stringOf<TokenRole>(),
  /** The keys of a License Administrator's token. */
  keyIds: Type.Array(Id),
  prefix: Type.String({ description: 'The first characters of the token, to recognise it.' }),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});
export type TokenView = Static<typeof Token>;

export const tokenView = (t: TokenRecord, grants: readonly KeyGrant[]): TokenView => ({
  id: t.id,
  accountId: t.accountId,
  name: t.name,
  role: t.role,
  keyIds: grants.map((g) => g.keyId),
  prefix: t.prefix,
  createdAt: iso(t.createdAt),
  lastUsedAt: isoOrNull(t.lastUsedAt),
  revokedAt: isoOrNull(t.revokedAt),
});

export const CreatedToken = Type.Intersect([Token, Type.Object({ token: Type.String({ description: 'Shown once; only its hash is stored.' }) })]);
