import type { Element } from '@xmldom/xmldom';
import { AllotError } from '../domain/errors.ts';
import type { ErrorCode } from '../domain/errors.ts';
import type { SamlAttributes } from './saml-identity.ts';
import { NS, attribute, child, children, parseXml, text } from './saml-xml.ts';

/** A posted SAMLResponse larger than this is not one an identity provider sends. */
export const RESPONSE_MAX_CHARS = 2 * 1024 * 1024;
const SUCCESS = 'urn:oasis:names:tc:SAML:2.0:status:Success';
const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

export const refusal = (code: ErrorCode, message: string, details?: Record<string, unknown>): AllotError => new AllotError(code, message, details);

const unreadable = (reason: string) => refusal('SSO_RESPONSE_INVALID', 'The SAML response cannot be read.', { reason });

/**
 * What is read from the posted response before any signature is checked: its shape, its status
 * and its Destination. Nothing here is trusted for identity; the identity comes from the
 * assertion node-saml validated (validatedAssertion below).
 */
export interface PostedResponse {
  xml: string;
  destination: string | null;
  /** The Response's own Issuer (optional in SAML; the assertion's is the one that counts). */
  issuer: string | null;
}

/**
 * Decodes and screens a posted SAMLResponse: base64 of a samlp:Response without DOCTYPE, with
 * at most one assertion anywhere in it (one more, hidden in an extension or a signature, is
 * how signature wrapping starts), and a Success status.
 */
export function screenResponse(samlResponse: string): PostedResponse {
  if (typeof samlResponse !== 'string' || samlResponse.length > RESPONSE_MAX_CHARS) throw unreadable('too large');
  const compact = samlResponse.replace(/\s+/g, '');
  if (!compact || !/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) throw unreadable('not base64');
  const xml = Buffer.from(compact, 'base64').toString('utf8');
  const parsed = parseXml(xml, RESPONSE_MAX_CHARS);
  if ('refused' in parsed) throw unreadable(parsed.refused);
  const { doc, root } = parsed;
  if (root.namespaceURI !== NS.protocol || root.localName !== 'Response') throw unreadable('not a SAML 2.0 Response');

  const assertions = doc.getElementsByTagNameNS(NS.assertion, 'Assertion').length + doc.getElementsByTagNameNS(NS.assertion, 'EncryptedAssertion').length;
  if (assertions > 1) throw refusal('SSO_SIGNATURE_INVALID', 'The SAML response carries more than one assertion.', { reason: `${assertions} assertions` });

  const status = child(root, NS.protocol, 'Status');
  const code = status && child(status, NS.protocol, 'StatusCode');
  const statusCode = attribute(code, 'Value');
  if (!status || !code || !statusCode) throw unreadable('no Status');
  if (statusCode !== SUCCESS) {
    const subStatusCode = attribute(child(code, NS.protocol, 'StatusCode'), 'Value');
    const statusMessage = text(status && child(status, NS.protocol, 'StatusMessage'))?.slice(0, 500) ?? null;
    throw refusal('SSO_IDP_ERROR', 'The identity provider refused the sign-in.', { statusCode, subStatusCode, statusMessage });
  }
  if (doc.getElementsByTagNameNS(NS.assertion, 'EncryptedAssertion').length > 0) {
    throw unreadable('an encrypted assertion (Allot asks for none: its metadata names no encryption key)');
  }
  return { xml, destination: attribute(root, 'Destination'), issuer: text(child(root, NS.assertion, 'Issuer')) };
}

/** What Allot reads from the assertion whose signature node-saml checked. */
export interface ValidatedAssertion {
  issuer: string | null;
  nameId: string | null;
  /** The bearer SubjectConfirmationData elements. */
  confirmations: { recipient: string | null; inResponseTo: string | null }[];
  attributes: SamlAttributes;
}

/** Reads the assertion XML node-saml hands back after checking its signature (getAssertionXml). */
export function validatedAssertion(assertionXml: string): ValidatedAssertion {
  const parsed = parseXml(assertionXml, RESPONSE_MAX_CHARS);
  if ('refused' in parsed || parsed.root.namespaceURI !== NS.assertion || parsed.root.localName !== 'Assertion') {
    throw unreadable('the signed assertion cannot be read');
  }
  const assertion = parsed.root;
  const subject = child(assertion, NS.assertion, 'Subject');
  const confirmations = (subject ? children(subject, NS.assertion, 'SubjectConfirmation') : [])
    .filter((confirmation) => attribute(confirmation, 'Method') === BEARER)
    .map((confirmation) => child(confirmation, NS.assertion, 'SubjectConfirmationData'))
    .map((data) => ({ recipient: attribute(data, 'Recipient'), inResponseTo: attribute(data, 'InResponseTo') }));
  return {
    issuer: text(child(assertion, NS.assertion, 'Issuer')),
    nameId: text(subject && child(subject, NS.assertion, 'NameID')),
    confirmations,
    attributes: attributesOf(assertion),
  };
}

function attributesOf(assertion: Element): SamlAttributes {
  const attributes = new Map<string, string[]>();
  for (const statement of children(assertion, NS.assertion, 'AttributeStatement')) {
    for (const element of children(statement, NS.assertion, 'Attribute')) {
      const name = attribute(element, 'Name');
      if (!name) continue;
      const values = children(element, NS.assertion, 'AttributeValue')
        .map((value) => text(value))
        .filter((value): value is string => value !== null);
      attributes.set(name, [...(attributes.get(name) ?? []), ...values]);
    }
  }
  return attributes;
}
