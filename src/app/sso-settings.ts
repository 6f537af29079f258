/**
 * An account's identity-provider connection as the protocol adapters take it, and the account a
 * person's email belongs to by its verified domain (docs/sso.md).
 */
import type { SsoConnectionRecord } from '../domain/records.ts';
import { emailDomainOf } from '../domain/sso.ts';
import type { AppDeps } from './context.ts';
import type { OidcSettings, SamlSettings } from './ports/identity.ts';
import type { Tx } from './ports/store.ts';
import { serviceProviderOf } from './views/sso.ts';

/** Where Entra ID puts group object ids in a SAML assertion. */
export const ENTRA_GROUPS_CLAIM = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups';

export function samlSettings(deps: Pick<AppDeps, 'config'>, c: SsoConnectionRecord): SamlSettings {
  const sp = serviceProviderOf(deps.config.issuer, c.accountId);
  return {
    idpEntityId: c.saml!.idpEntityId,
    idpSsoUrl: c.saml!.idpSsoUrl,
    idpCertificates: c.saml!.idpCertificates,
    spEntityId: sp.spEntityId,
    acsUrl: sp.acsUrl,
    groupsAttributes: c.groupsAttribute ? [c.groupsAttribute] : ['groups', ENTRA_GROUPS_CLAIM],
    emailAttribute: c.emailAttribute,
  };
}

export function oidcSettings(deps: Pick<AppDeps, 'config' | 'vault'>, c: SsoConnectionRecord): OidcSettings {
  return {
    issuer: c.oidc!.issuer,
    clientId: c.oidc!.clientId,
    clientSecret: deps.vault.decrypt(c.clientSecretCipher!),
    redirectUri: serviceProviderOf(deps.config.issuer, c.accountId).redirectUri,
    groupsClaims: c.groupsAttribute ? [c.groupsAttribute] : ['groups'],
    emailClaim: c.emailAttribute,
  };
}

/** The account that verified the address's domain, if any. */
export async function accountOfEmail(tx: Tx, email: string): Promise<string | undefined> {
  const domain = emailDomainOf(email);
  return domain === null ? undefined : (await tx.domains.verifiedOwner(domain))?.accountId;
}

/** Whether password sign-in is off for this address: its domain's account enforces SSO. */
export async function ssoEnforcedFor(tx: Tx, email: string): Promise<boolean> {
  const accountId = await accountOfEmail(tx, email);
  return accountId !== undefined && (await tx.ssoConnections.get(accountId))?.enforce === true;
}
