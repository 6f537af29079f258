/**
 * A real SAML 2.0 identity provider in-process: it makes its own RSA key pair and self-signed
 * certificate, reads the AuthnRequest Allot redirected to (HTTP-Redirect binding), and answers
 * with a Response whose Assertion (or the Response itself) it signs with xml-crypto: exclusive
 * c14n, rsa-sha256, enveloped signature, as Entra ID, Okta and the others do. Every option
 * bends one thing, to prove Allot refuses it. serve() also puts it on 127.0.0.1 for a browser.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { inflateRawSync } from 'node:zlib';
import { DOMParser } from '@xmldom/xmldom';
import { generate } from 'selfsigned';
import { SignedXml } from 'xml-crypto';

export const ENTRA_GROUPS_ATTRIBUTE = 'http://schemas.microsoft.com/ws/2008/06/identity/claims/groups';
export const SAML_STATUS = {
  success: 'urn:oasis:names:tc:SAML:2.0:status:Success',
  requester: 'urn:oasis:names:tc:SAML:2.0:status:Requester',
  responder: 'urn:oasis:names:tc:SAML:2.0:status:Responder',
  authnFailed: 'urn:oasis:names:tc:SAML:2.0:status:AuthnFailed',
} as const;

export interface SamlUser {
  email: string;
  name?: string;
  groups?: string[];
  /** Default: the email (format emailAddress); another value is sent with the format unspecified. */
  nameId?: string;
  /** Where the groups go (default `groups`; Entra: ENTRA_GROUPS_ATTRIBUTE). */
  groupsAttribute?: string;
  /** More attributes, each with its values (e.g. `{ mail: [...] }`). */
  attributes?: Record<string, string[]>;
  /** Leave the email attribute out (the NameID still carries what nameId says). */
  omitEmailAttribute?: boolean;
}

export interface RespondOptions {
  /** What carries a signature (default `assertion`). */
  sign?: 'assertion' | 'response' | 'both' | 'none';
  /** Applied to the XML after signing (to prove a changed byte breaks the signature). */
  tamper?: (xml: string) => string;
  /** Offsets from now of the validity window (defaults: -60 s and +5 min). */
  notBeforeMs?: number;
  notOnOrAfterMs?: number;
  /** Default: the AuthnRequest's Issuer (Allot's entity id). */
  audience?: string;
  /** Default: the provider's entity id; in the Response and the Assertion. */
  issuer?: string;
  /** Default: the AuthnRequest's AssertionConsumerServiceURL. */
  destination?: string;
  recipient?: string;
  /** Default: the AuthnRequest's ID; null leaves it out (of the Response and of the assertion). */
  inResponseTo?: string | null;
  /** The assertion's SubjectConfirmationData InResponseTo alone (default: as inResponseTo). */
  subjectInResponseTo?: string | null;
  /** `other`: a key whose certificate is not in the metadata. */
  signWith?: 'idp' | 'other';
  /** A status other than Success sends no assertion. */
  status?: string;
  statusMessage?: string;
}

/** What the browser would post to Allot's ACS. */
export interface SamlPost {
  acsUrl: string;
  SAMLResponse: string;
  RelayState: string | null;
  /** The Response as sent (for debugging). */
  xml: string;
  /** The AuthnRequest's ID, the one the response answers. */
  requestId: string;
}

export interface SamlIdp {
  entityId: string;
  ssoUrl: string;
  certificatePem: string;
  /** The provider's metadata (entityID, HTTP-Redirect SSO URL, signing certificate). */
  metadataXml: string;
  /** The same metadata with another SingleSignOnService location (e.g. serve()'s). */
  metadataFor(ssoUrl: string): string;
  /** Reads the AuthnRequest of `authorizeUrl` (SAMLRequest, RelayState) and answers it for `user`. */
  respond(authorizeUrl: string, user: SamlUser, options?: RespondOptions): Promise<SamlPost>;
  /**
   * Serves GET /sso on 127.0.0.1: answers for `user` (read at each request) with an HTML form
   * that posts itself to the ACS, as the HTTP-POST binding does.
   */
  serve(init: { user: SamlUser | (() => SamlUser); options?: RespondOptions }): Promise<ServedIdp>;
}

export interface ServedIdp {
  /** `http://127.0.0.1:port/sso`: the idpSsoUrl to configure. */
  ssoUrl: string;
  metadataXml: string;
  /** Every response it sent, in order. */
  posts: SamlPost[];
  close(): Promise<void>;
}

interface KeyPair {
  privateKey: string;
  certificatePem: string;
}

const makeKeyPair = async (commonName: string): Promise<KeyPair> => {
  const now = Date.now();
  const made = await generate([{ name: 'commonName', value: commonName }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: new Date(now - 24 * 3600_000),
    notAfterDate: new Date(now + 365 * 24 * 3600_000),
  });
  return { privateKey: made.private, certificatePem: made.cert };
};

const escapeXml = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

const pemBody = (pem: string): string => pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
const instant = (offsetMs = 0): string => new Date(Date.now() + offsetMs).toISOString().replace(/\.\d{3}Z$/, 'Z');
const newId = (): string => `_${randomBytes(16).toString('hex')}`;

interface AuthnRequest {
  id: string;
  issuer: string | null;
  acsUrl: string | null;
  relayState: string | null;
}

/** Decodes the HTTP-Redirect binding: SAMLRequest is base64 of the raw-deflated AuthnRequest. */
export function readAuthnRequest(authorizeUrl: string): AuthnRequest {
  const url = new URL(authorizeUrl);
  const encoded = url.searchParams.get('SAMLRequest');
  if (!encoded) throw new Error(`no SAMLRequest in ${authorizeUrl}`);
  const xml = inflateRawSync(Buffer.from(encoded, 'base64')).toString('utf8');
  const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
  if (!root || root.localName !== 'AuthnRequest') throw new Error(`not an AuthnRequest: ${xml}`);
  const issuer = root.getElementsByTagNameNS('urn:oasis:names:tc:SAML:2.0:assertion', 'Issuer')[0]?.textContent?.trim() ?? null;
  return { id: root.getAttribute('ID') ?? '', issuer, acsUrl: root.getAttribute('AssertionConsumerServiceURL'), relayState: url.searchParams.get('RelayState') };
}

function attributeXml(name: string, values: readonly string[]): string {
  const items = values.map((v) => `<saml:AttributeValue xsi:type="xs:string">${escapeXml(v)}</saml:AttributeValue>`).join('');
  return `<saml:Attribute Name="${escapeXml(name)}" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:unspecified">${items}</saml:Attribute>`;
}

function sign(xml: string, key: KeyPair, element: 'Assertion' | 'Response'): string {
  const signer = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.certificatePem,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  const target = `//*[local-name(.)='${element}']`;
  signer.addReference({
    xpath: target,
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  // The schema puts ds:Signature right after the Issuer.
  signer.computeSignature(xml, { prefix: 'ds', location: { reference: `${target}/*[local-name(.)='Issuer']`, action: 'after' } });
  return signer.getSignedXml();
}

export async function createSamlIdp(init: { entityId?: string; ssoUrl?: string } = {}): Promise<SamlIdp> {
  const entityId = init.entityId ?? `https://idp.test/${randomUUID()}`;
  const ssoUrl = init.ssoUrl ?? 'https://idp.test/sso';
  const key = await makeKeyPair('Allot test SAML IdP');
  let otherKey: KeyPair | undefined;

  const metadataFor = (location: string): string =>
    `<?xml version="1.0" encoding="UTF-8"?>` +
    `<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${escapeXml(entityId)}">` +
    `<md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">` +
    `<md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>${pemBody(key.certificatePem)}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>` +
    `<md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${escapeXml(location)}"/>` +
    `<md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${escapeXml(location)}"/>` +
    `</md:IDPSSODescriptor></md:EntityDescriptor>`;

  const respond = async (authorizeUrl: string, user: SamlUser, o: RespondOptions = {}): Promise<SamlPost> => {
    const request = readAuthnRequest(authorizeUrl);
    const acsUrl = request.acsUrl ?? o.destination;
    if (!acsUrl) throw new Error('the AuthnRequest names no AssertionConsumerServiceURL: pass options.destination');
    const inResponseTo = o.inResponseTo === undefined ? request.id : o.inResponseTo;
    const irtOf = (id: string | null): string => (id === null ? '' : ` InResponseTo="${escapeXml(id)}"`);
    const irt = irtOf(inResponseTo);
    const issuer = `<saml:Issuer>${escapeXml(o.issuer ?? entityId)}</saml:Issuer>`;
    const status = o.status ?? SAML_STATUS.success;
    const statusMessage = o.statusMessage ? `<samlp:StatusMessage>${escapeXml(o.statusMessage)}</samlp:StatusMessage>` : '';
    const destination = o.destination ?? acsUrl;

    let assertion = '';
    if (status === SAML_STATUS.success) {
      const nameId = user.nameId ?? user.email;
      const nameIdFormat = nameId === user.email ? 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress' : 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified';
      const notOnOrAfter = instant(o.notOnOrAfterMs ?? 5 * 60_000);
      const attributes = [
        ...(user.omitEmailAttribute ? [] : [attributeXml('email', [user.email])]),
        ...(user.name ? [attributeXml('displayName', [user.name])] : []),
        ...(user.groups?.length ? [attributeXml(user.groupsAttribute ?? 'groups', user.groups)] : []),
        ...Object.entries(user.attributes ?? {}).map(([name, values]) => attributeXml(name, values)),
      ];
      assertion =
        `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ID="${newId()}" Version="2.0" IssueInstant="${instant()}">` +
        issuer +
        `<saml:Subject><saml:NameID Format="${nameIdFormat}">${escapeXml(nameId)}</saml:NameID>` +
        `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer">` +
        `<saml:SubjectConfirmationData${o.subjectInResponseTo === undefined ? irt : irtOf(o.subjectInResponseTo)} NotOnOrAfter="${notOnOrAfter}" Recipient="${escapeXml(o.recipient ?? acsUrl)}"/>` +
        `</saml:SubjectConfirmation></saml:Subject>` +
        `<saml:Conditions NotBefore="${instant(o.notBeforeMs ?? -60_000)}" NotOnOrAfter="${notOnOrAfter}">` +
        `<saml:AudienceRestriction><saml:Audience>${escapeXml(o.audience ?? request.issuer ?? '')}</saml:Audience></saml:AudienceRestriction>` +
        `</saml:Conditions>` +
        `<saml:AuthnStatement AuthnInstant="${instant()}" SessionIndex="${newId()}">` +
        `<saml:AuthnContext><saml:AuthnContextClassRef>urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport</saml:AuthnContextClassRef></saml:AuthnContext>` +
        `</saml:AuthnStatement>` +
        (attributes.length ? `<saml:AttributeStatement>${attributes.join('')}</saml:AttributeStatement>` : '') +
        `</saml:Assertion>`;
    }

    const signing = o.signWith === 'other' ? (otherKey ??= await makeKeyPair('Not the IdP')) : key;
    const sign_ = o.sign ?? 'assertion';
    if (assertion && (sign_ === 'assertion' || sign_ === 'both')) assertion = sign(assertion, signing, 'Assertion');
    let xml =
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newId()}" Version="2.0" IssueInstant="${instant()}" Destination="${escapeXml(destination)}"${irt}>` +
      issuer +
      `<samlp:Status><samlp:StatusCode Value="${escapeXml(status)}"/>${statusMessage}</samlp:Status>` +
      assertion +
      `</samlp:Response>`;
    if (sign_ === 'response' || sign_ === 'both') xml = sign(xml, signing, 'Response');
    if (o.tamper) xml = o.tamper(xml);
    return { acsUrl, SAMLResponse: Buffer.from(xml, 'utf8').toString('base64'), RelayState: request.relayState, xml, requestId: request.id };
  };

  const serve: SamlIdp['serve'] = async ({ user, options }) => {
    const posts: SamlPost[] = [];
    const server = createServer((req, res) => {
      const url = new URL(req.url ?? '/', `http://${req.headers.host ?? '127.0.0.1'}`);
      if (req.method !== 'GET' || url.pathname !== '/sso') {
        res.writeHead(404).end();
        return;
      }
      respond(url.href, typeof user === 'function' ? user() : user, options).then(
        (post) => {
          posts.push(post);
          const relay = post.RelayState === null ? '' : `<input type="hidden" name="RelayState" value="${escapeXml(post.RelayState)}">`;
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
          res.end(
            `<!doctype html><html><head><title>Test IdP</title></head><body onload="document.forms[0].submit()">` +
              `<form method="post" action="${escapeXml(post.acsUrl)}"><input type="hidden" name="SAMLResponse" value="${post.SAMLResponse}">${relay}` +
              `<noscript><button type="submit">Continue</button></noscript></form></body></html>`,
          );
        },
        (error: unknown) => {
          res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error));
        },
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const served = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sso`;
    return {
      ssoUrl: served,
      metadataXml: metadataFor(served),
      posts,
      close: () =>
        new Promise<void>((resolve, reject) => {
          server.close((error) => (error ? reject(error) : resolve()));
          server.closeAllConnections();
        }),
    };
  };

  return { entityId, ssoUrl, certificatePem: key.certificatePem, metadataXml: metadataFor(ssoUrl), metadataFor, respond, serve };
}
