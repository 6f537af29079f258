/**
 * The identity providers and DNS, as the SSO use-cases see them. src/sso/ implements the two
 * protocols over well-kept libraries (@node-saml/node-saml, openid-client); src/dns/ asks DNS.
 * An adapter refuses what it cannot trust by throwing an AllotError with an SSO_* code
 * (domain/errors.ts); it never decides seats, keys or accounts.
 */

/** Who the identity provider says signed in. */
export interface SsoIdentity {
  /** The provider's stable id for the person (SAML NameID, OIDC `sub`). */
  subject: string;
  /** Normalized: trimmed, lower case. */
  email: string;
  name: string | null;
  /** Group ids or names as the provider sent them (deduplicated, in the order received). */
  groups: string[];
}

/** What a SAML exchange needs: the identity provider's side and ours. */
export interface SamlSettings {
  idpEntityId: string;
  idpSsoUrl: string;
  /** PEM certificates the provider signs with (any of them may have signed). */
  idpCertificates: string[];
  /** Our entity id (the audience assertions must name) and where assertions are posted. */
  spEntityId: string;
  acsUrl: string;
  /** Attributes that carry groups, tried in order (all that are present are read). */
  groupsAttributes: string[];
  /** The attribute that carries the email; null: the NameID when it is an address, else the usual email attributes. */
  emailAttribute: string | null;
}

export interface IdpMetadata {
  idpEntityId: string;
  /** The SingleSignOnService location for the HTTP-Redirect binding. */
  idpSsoUrl: string;
  idpCertificates: string[];
}

/** What a console shows of a signing certificate. */
export interface CertificateFacts {
  fingerprintSha256: string;
  subject: string;
  notAfter: number | null;
}

export interface SamlPort {
  /** The certificates as PEM, each checked to be an X.509 certificate; INVALID_REQUEST (field idpCertificates) otherwise. */
  checkCertificates(pems: readonly string[]): string[];
  describeCertificate(pem: string): CertificateFacts;
  /** Reads an identity provider's metadata; INVALID_REQUEST (field idpMetadataXml) when it says too little. */
  parseMetadata(xml: string): IdpMetadata;
  /** Our metadata, to give the identity provider. */
  spMetadata(s: Pick<SamlSettings, 'spEntityId' | 'acsUrl'>): string;
  /** An AuthnRequest for the HTTP-Redirect binding: the URL to send the browser to, and the request's id. */
  authorize(s: SamlSettings, relayState: string): Promise<{ url: string; requestId: string }>;
  /**
   * Validates a posted SAMLResponse that must answer `expectedRequestId`: signature (Response
   * or Assertion) with the configured certificates, issuer, audience, recipient, destination,
   * validity window with a small clock skew, InResponseTo. The identity, or an AllotError.
   */
  verify(s: SamlSettings, samlResponse: string, expectedRequestId: string): Promise<SsoIdentity>;
}

export interface OidcSettings {
  /** https:// (http:// only on a loopback address). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  redirectUri: string;
  /** Claims that carry groups, tried in order. */
  groupsClaims: string[];
  /** The claim that carries the email; null: `email`. */
  emailClaim: string | null;
}

/** What one authorization request is bound to; the use-case keeps it until the provider answers. */
export interface OidcRequestBinding {
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcPort {
  /** Discovery, to check a connection before it is saved: SSO_DISCOVERY_FAILED when the issuer does not answer as one. */
  check(s: OidcSettings): Promise<void>;
  /** The authorization request (code flow, PKCE S256, nonce) to send the browser to. */
  authorize(s: OidcSettings, binding: OidcRequestBinding): Promise<string>;
  /** Redeems the code of the callback URL and validates the ID token (signature, issuer, audience, nonce, expiry). */
  verify(s: OidcSettings, callbackUrl: URL, binding: OidcRequestBinding): Promise<SsoIdentity>;
}

export interface TxtResolver {
  /**
   * The TXT records at `name`, each with its strings joined; [] when there is none (no such
   * name, no TXT record). A failure to ask (timeout, refused) is `{ error }`, not an exception.
   */
  resolveTxt(name: string): Promise<string[] | { error: string }>;
}
