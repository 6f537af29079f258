import { Type, type Static } from '@sinclair/typebox';
import type { SsoConnectionRecord, SsoUserRecord } from '../../domain/records.ts';
import type { CertificateFacts } from '../ports/identity.ts';
import { DateTime, Id, iso, isoOrNull, literals, Nullable } from './common.ts';

/** What the administrator pastes into the identity provider: fixed by the account, known before any connection. */
export const ServiceProvider = Type.Object({
  spEntityId: Type.String({ description: 'SAML: the Identifier (Entity ID, Audience URI)' }),
  acsUrl: Type.String({ description: 'SAML: the Reply URL (Assertion Consumer Service, HTTP-POST)' }),
  spMetadataUrl: Type.String({ description: "SAML: Allot's service-provider metadata" }),
  redirectUri: Type.String({ description: 'OpenID Connect: the redirect URI (Web platform)' }),
});
export type ServiceProviderView = Static<typeof ServiceProvider>;

export const serviceProviderOf = (publicUrl: string, accountId: string): ServiceProviderView => ({
  spEntityId: `${publicUrl}/sso/saml/${accountId}`,
  acsUrl: `${publicUrl}/sso/saml/${accountId}/acs`,
  spMetadataUrl: `${publicUrl}/sso/saml/${accountId}/metadata`,
  redirectUri: `${publicUrl}/sso/oidc/${accountId}/callback`,
});

export const SsoConnection = Type.Object({
  accountId: Id,
  protocol: literals(['saml', 'oidc'] as const),
  idpEntityId: Nullable(Type.String()),
  idpSsoUrl: Nullable(Type.String()),
  idpCertificates: Type.Array(
    Type.Object({
      pem: Type.String(),
      fingerprintSha256: Type.String(),
      subject: Type.String(),
      notAfter: Nullable(DateTime),
    }),
  ),
  issuer: Nullable(Type.String()),
  clientId: Nullable(Type.String()),
  clientSecretSet: Type.Boolean({ description: 'The secret is stored encrypted and never returned' }),
  groupsAttribute: Nullable(Type.String()),
  emailAttribute: Nullable(Type.String()),
  adminGroup: Nullable(Type.String()),
  devicesPerUser: Type.Integer(),
  enforce: Type.Boolean(),
  serviceProvider: ServiceProvider,
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type SsoConnectionView = Static<typeof SsoConnection>;

export function ssoConnectionView(c: SsoConnectionRecord, sp: ServiceProviderView, certificate: (pem: string) => CertificateFacts): SsoConnectionView {
  return {
    accountId: c.accountId,
    protocol: c.protocol,
    idpEntityId: c.saml?.idpEntityId ?? null,
    idpSsoUrl: c.saml?.idpSsoUrl ?? null,
    idpCertificates: (c.saml?.idpCertificates ?? []).map((pem) => {
      const facts = certificate(pem);
      return { pem, fingerprintSha256: facts.fingerprintSha256, subject: facts.subject, notAfter: isoOrNull(facts.notAfter) };
    }),
    issuer: c.oidc?.issuer ?? null,
    clientId: c.oidc?.clientId ?? null,
    clientSecretSet: c.clientSecretCipher !== null,
    groupsAttribute: c.groupsAttribute,
    emailAttribute: c.emailAttribute,
    adminGroup: c.adminGroup,
    devicesPerUser: c.devicesPerUser,
    enforce: c.enforce,
    serviceProvider: sp,
    createdAt: iso(c.createdAt),
    updatedAt: iso(c.updatedAt),
  };
}

/** What the event log keeps of a connection: never the secret. */
export const ssoConnectionAuditState = (c: SsoConnectionRecord, fingerprints: string[]) => ({
  protocol: c.protocol,
  ...(c.saml && { idpEntityId: c.saml.idpEntityId, idpSsoUrl: c.saml.idpSsoUrl, certificates: fingerprints }),
  ...(c.oidc && { issuer: c.oidc.issuer, clientId: c.oidc.clientId }),
  groupsAttribute: c.groupsAttribute,
  emailAttribute: c.emailAttribute,
  adminGroup: c.adminGroup,
  devicesPerUser: c.devicesPerUser,
  enforce: c.enforce,
});

export const SsoUserSeat = Type.Object({
  subscriptionId: Id,
  productName: Type.String({ description: "The subscription's product" }),
  keyId: Id,
  keyName: Type.String(),
  devices: Type.Integer({ description: 'Active devices sharing the seat' }),
});

export const SsoUserProvisioning = Type.Object(
  {
    provider: Type.String({ description: 'The name of the SCIM token that provisioned the person (the identity provider, as the administrator named it)' }),
    userName: Type.String(),
    externalId: Nullable(Type.String()),
    provisionedAt: DateTime,
    /** When SCIM deleted the person (they stay here, deactivated). */
    deprovisionedAt: Nullable(DateTime),
  },
  { description: 'What SCIM provisioned (docs/scim.md); null for a person who only signed in' },
);

export const SsoUser = Type.Object({
  id: Id,
  accountId: Id,
  email: Type.String(),
  name: Nullable(Type.String()),
  groups: Type.Array(Type.String()),
  status: literals(['active', 'deactivated'] as const),
  seats: Type.Array(SsoUserSeat, { description: 'Per subscription: the key the seat is on, and the devices sharing it' }),
  devices: Type.Integer({ description: 'Active devices, all subscriptions' }),
  lastSignInAt: Nullable(DateTime),
  createdAt: DateTime,
  deactivatedAt: Nullable(DateTime),
  provisioning: Nullable(SsoUserProvisioning),
});
export type SsoUserView = Static<typeof SsoUser>;
export type SsoUserSeatView = Static<typeof SsoUserSeat>;

/** `providers`: the names of SCIM tokens, by id. */
export const ssoUserView = (u: SsoUserRecord, seats: SsoUserSeatView[], providers: ReadonlyMap<string, string>): SsoUserView => ({
  id: u.id,
  accountId: u.accountId,
  email: u.email,
  name: u.name,
  groups: u.groups,
  status: u.status,
  seats,
  devices: seats.reduce((n, s) => n + s.devices, 0),
  lastSignInAt: isoOrNull(u.lastSignInAt),
  createdAt: iso(u.createdAt),
  deactivatedAt: isoOrNull(u.deactivatedAt),
  provisioning: u.scim && {
    provider: providers.get(u.scim.provisionedBy) ?? 'SCIM',
    userName: u.scim.userName,
    externalId: u.scim.externalId,
    provisionedAt: iso(u.scim.provisionedAt),
    deprovisionedAt: isoOrNull(u.scim.deprovisionedAt),
  },
});

export const ssoUserAuditState = (u: SsoUserRecord) => ({ email: u.email, name: u.name, groups: u.groups, status: u.status });
