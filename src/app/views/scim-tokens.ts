import { Type, type Static } from '@sinclair/typebox';
import type { ScimTokenRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, isoOrNull, Nullable } from './common.ts';

export const ScimToken = Type.Object({
  id: Id,
  accountId: Id,
  name: Type.String(),
  prefix: Type.String({ description: 'The first characters of the token, to recognise it.' }),
  createdAt: DateTime,
  lastUsedAt: Nullable(DateTime),
  revokedAt: Nullable(DateTime),
});
export type ScimTokenView = Static<typeof ScimToken>;

export const scimTokenView = (t: ScimTokenRecord): ScimTokenView => ({
  id: t.id,
  accountId: t.accountId,
  name: t.name,
  prefix: t.prefix,
  createdAt: iso(t.createdAt),
  lastUsedAt: isoOrNull(t.lastUsedAt),
  revokedAt: isoOrNull(t.revokedAt),
});

export const ScimTokenList = Type.Object({
  /** Where the identity provider sends its SCIM requests ("Tenant URL" in Entra ID, "SCIM connector base URL" in Okta). */
  baseUrl: Type.String({ format: 'uri', description: 'The SCIM base URL to give the identity provider.' }),
  data: Type.Array(ScimToken),
});
export type ScimTokenListView = Static<typeof ScimTokenList>;

export const CreatedScimToken = Type.Intersect([
  ScimToken,
  Type.Object({
    token: Type.String({ description: 'Shown once; only its hash is stored. The identity provider sends it as Authorization: Bearer <token>.' }),
    baseUrl: Type.String({ format: 'uri', description: 'The SCIM base URL to give the identity provider.' }),
  }),
]);
export type CreatedScimTokenView = Static<typeof CreatedScimToken>;

/** The SCIM base URL of this server. */
export const scimBaseUrl = (issuer: string): string => `${issuer.replace(/\/+$/, '')}/scim/v2`;
