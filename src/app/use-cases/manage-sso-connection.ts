import { AllotError, notFound } from '../../domain/errors.ts';
import type { SsoConnectionRecord } from '../../domain/records.ts';
import { isAllowedProviderUrl } from '../../domain/sso.ts';
import { SSO_DEVICES_PER_USER_DEFAULT_COUNT, SSO_DEVICES_PER_USER_MAX_COUNT, SSO_GROUP_MAX_CHARS, SSO_URL_MAX_CHARS } from '../../domain/limits.ts';
import { requireAccountAccess, requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { oidcSettings } from '../sso-settings.ts';
import { invalid, text, wholeNumber } from '../validate.ts';
import { serviceProviderOf, ssoConnectionAuditState, ssoConnectionView, type ServiceProviderView, type SsoConnectionView } from '../views/sso.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'config' | 'saml' | 'oidc'>;

interface Common {
  groupsAttribute?: string | null;
  emailAttribute?: string | null;
  adminGroup?: string | null;
  devicesPerUser?: number;
  enforce?: boolean;
}

export type SsoConnectionInput =
  | ({ protocol: 'saml'; idpEntityId?: string; idpSsoUrl?: string; idpCertificates?: string[]; idpMetadataXml?: string } & Common)
  | ({ protocol: 'oidc'; issuer: string; clientId: string; clientSecret?: string } & Common);

function providerUrl(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length > SSO_URL_MAX_CHARS || !isAllowedProviderUrl(value))
    throw invalid(`${field} must be an https:// URL (http:// only on a loopback address).`, field);
  return value;
}

const optionalText = (value: string | null | undefined, field: string): string | null =>
  value === undefined || value === null ? null : text(value, field, SSO_GROUP_MAX_CHARS);

/** The SAML side: from the metadata document, or from the three fields, never both. */
function samlSide(deps: Deps, input: Extract<SsoConnectionInput, { protocol: 'saml' }>): NonNullable<SsoConnectionRecord['saml']> {
  const fields = input.idpEntityId !== undefined || input.idpSsoUrl !== undefined || input.idpCertificates !== undefined;
  if (input.idpMetadataXml !== undefined) {
    if (fields) throw invalid('Give idpMetadataXml, or idpEntityId, idpSsoUrl and idpCertificates, not both.', 'idpMetadataXml');
    const m = deps.saml.parseMetadata(input.idpMetadataXml);
    return { idpEntityId: m.idpEntityId, idpSsoUrl: providerUrl(m.idpSsoUrl, 'idpMetadataXml'), idpCertificates: deps.saml.checkCertificates(m.idpCertificates) };
  }
  if (!input.idpCertificates?.length) throw invalid('idpCertificates must hold at least one certificate (or give idpMetadataXml).', 'idpCertificates');
  return {
    idpEntityId: text(input.idpEntityId, 'idpEntityId', SSO_URL_MAX_CHARS),
    idpSsoUrl: providerUrl(input.idpSsoUrl, 'idpSsoUrl'),
    idpCertificates: deps.saml.checkCertificates(input.idpCertificates),
  };
}

/**
 * Creates or replaces an account's identity-provider connection (docs/sso.md). An OpenID
 * Connect issuer is discovered before anything is saved; its client secret is kept encrypted
 * and never returned (left out on a replace with the same issuer and client, it is kept).
 */
export async function putSsoConnection(deps: Deps, caller: Caller, accountId: string, input: SsoConnectionInput): Promise<SsoConnectionView> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  // The account first: another's or a missing one answers ACCOUNT_NOT_FOUND whatever the body.
  const existing = await deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    return tx.ssoConnections.get(accountId);
  });
  const common = {
    groupsAttribute: optionalText(input.groupsAttribute, 'groupsAttribute'),
    emailAttribute: optionalText(input.emailAttribute, 'emailAttribute'),
    adminGroup: optionalText(input.adminGroup, 'adminGroup'),
    devicesPerUser: input.devicesPerUser === undefined ? SSO_DEVICES_PER_USER_DEFAULT_COUNT : wholeNumber(input.devicesPerUser, 'devicesPerUser', 1, SSO_DEVICES_PER_USER_MAX_COUNT),
    enforce: input.enforce ?? false,
  };
  const saml = input.protocol === 'saml' ? samlSide(deps, input) : null;
  let oidc: SsoConnectionRecord['oidc'] = null;
  let clientSecretCipher: string | null = null;
  if (input.protocol === 'oidc') {
    oidc = { issuer: providerUrl(input.issuer, 'issuer'), clientId: text(input.clientId, 'clientId', SSO_URL_MAX_CHARS) };
    const keep = existing?.oidc && existing.oidc.issuer === oidc.issuer && existing.oidc.clientId === oidc.clientId ? existing.clientSecretCipher : null;
    if (input.clientSecret === undefined && keep === null) throw invalid('clientSecret is required for a new issuer or client.', 'clientSecret');
    clientSecretCipher = input.clientSecret === undefined ? keep : deps.vault.encrypt(text(input.clientSecret, 'clientSecret', SSO_URL_MAX_CHARS));
  }
  const now = deps.clock.now();
  const connection: SsoConnectionRecord = {
    accountId,
    protocol: input.protocol,
    saml,
    oidc,
    clientSecretCipher,
    ...common,
    createdAt: existing?.createdAt ?? now,
    updatedAt: now,
  };
  // Discovery answers before anything is written: a connection that cannot sign anyone in is not saved.
  if (connection.oidc) await deps.oidc.check(oidcSettings(deps, connection));

  return deps.store.write(async (tx) => {
    if (!(await tx.accounts.lock(accountId))) throw notFound('account');
    const before = await tx.ssoConnections.get(accountId);
    await tx.ssoConnections.put({ ...connection, createdAt: before?.createdAt ?? now });
    await record(tx, deps.ids, caller, now, {
      action: 'sso_connection.saved',
      target: { type: 'sso_connection', id: accountId },
      accountId,
      ...(before && { before: auditState(deps, before) }),
      after: auditState(deps, connection),
    });
    return view(deps, { ...connection, createdAt: before?.createdAt ?? now });
  });
}

const auditState = (deps: Deps, c: SsoConnectionRecord) =>
  ssoConnectionAuditState(c, (c.saml?.idpCertificates ?? []).map((pem) => deps.saml.describeCertificate(pem).fingerprintSha256));

const view = (deps: Deps, c: SsoConnectionRecord) => ssoConnectionView(c, serviceProviderOf(deps.config.issuer, c.accountId), (pem) => deps.saml.describeCertificate(pem));

/** Told when there is no connection, with what to paste into the identity provider before creating one. */
const notConfigured = (sp: ServiceProviderView) =>
  new AllotError('SSO_NOT_CONFIGURED', 'The account has no identity-provider connection yet.', { serviceProvider: sp });

export async function getSsoConnection(deps: Deps, caller: Caller, accountId: string): Promise<SsoConnectionView> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  const c = await deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    return tx.ssoConnections.get(accountId);
  });
  if (!c) throw notConfigured(serviceProviderOf(deps.config.issuer, accountId));
  return view(deps, c);
}

export async function deleteSsoConnection(deps: Deps, caller: Caller, accountId: string): Promise<void> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    if (!(await tx.accounts.lock(accountId))) throw notFound('account');
    const before = await tx.ssoConnections.get(accountId);
    if (!before || !(await tx.ssoConnections.delete(accountId))) throw notConfigured(serviceProviderOf(deps.config.issuer, accountId));
    await record(tx, deps.ids, caller, now, {
      action: 'sso_connection.removed',
      target: { type: 'sso_connection', id: accountId },
      accountId,
      before: auditState(deps, before),
    });
  });
}

/** Allot's SAML service-provider metadata for an account (public: the identity provider reads it). */
export async function serviceProviderMetadata(deps: Deps, accountId: string): Promise<string> {
  const exists = await deps.store.read(async (tx) => (await tx.accounts.byId(accountId)) !== undefined);
  if (!exists) throw notFound('account');
  return deps.saml.spMetadata(serviceProviderOf(deps.config.issuer, accountId));
}
