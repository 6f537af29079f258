import { generateServiceProviderMetadata } from '@node-saml/node-saml';
import type { Element } from '@xmldom/xmldom';
import { AllotError } from '../domain/errors.ts';
import type { IdpMetadata, SamlSettings } from '../app/ports/identity.ts';
import { checkIdpCertificates } from './saml-certificates.ts';
import { NS, attribute, child, children, parseXml, text } from './saml-xml.ts';

export const METADATA_MAX_CHARS = 1024 * 1024;
const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const EMAIL_NAME_ID = 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress';

const refuse = (problem: string): AllotError =>
  new AllotError('INVALID_REQUEST', 'The identity provider metadata cannot be used.', [{ field: 'idpMetadataXml', problem }]);

/** The EntityDescriptor itself, or the first one of an EntitiesDescriptor (at any depth) that describes an identity provider. */
function idpEntity(root: Element): Element | undefined {
  if (root.namespaceURI !== NS.metadata) return undefined;
  if (root.localName === 'EntityDescriptor') return root;
  if (root.localName !== 'EntitiesDescriptor') return undefined;
  for (const entity of Array.from(root.getElementsByTagNameNS(NS.metadata, 'EntityDescriptor'))) {
    if (child(entity, NS.metadata, 'IDPSSODescriptor')) return entity;
  }
  return undefined;
}

/** The base64 certificates of the signing key descriptors (`use="signing"` or no `use`). */
function signingCertificates(descriptor: Element): string[] {
  return children(descriptor, NS.metadata, 'KeyDescriptor')
    .filter((key) => (attribute(key, 'use') ?? 'signing') === 'signing')
    .flatMap((key) => children(key, NS.dsig, 'KeyInfo'))
    .flatMap((info) => children(info, NS.dsig, 'X509Data'))
    .flatMap((data) => children(data, NS.dsig, 'X509Certificate'))
    .map((element) => text(element))
    .filter((value): value is string => value !== null);
}

const isWebUrl = (value: string): boolean => {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

export function parseIdpMetadata(xml: string): IdpMetadata {
  const parsed = parseXml(xml, METADATA_MAX_CHARS);
  if ('refused' in parsed) throw refuse(parsed.refused === 'too large' ? `larger than ${METADATA_MAX_CHARS} characters` : parsed.refused);
  const entity = idpEntity(parsed.root);
  if (!entity) throw refuse('no SAML 2.0 EntityDescriptor of an identity provider');
  const entityId = attribute(entity, 'entityID')?.trim();
  if (!entityId) throw refuse('the EntityDescriptor has no entityID');
  const descriptor = child(entity, NS.metadata, 'IDPSSODescriptor');
  if (!descriptor) throw refuse('no IDPSSODescriptor');
  const sso = children(descriptor, NS.metadata, 'SingleSignOnService').find((service) => attribute(service, 'Binding') === REDIRECT_BINDING);
  const location = attribute(sso, 'Location')?.trim();
  if (!location) throw refuse('no SingleSignOnService with the HTTP-Redirect binding');
  if (!isWebUrl(location)) throw refuse('the SingleSignOnService Location is not an http(s) URL');
  const certificates = signingCertificates(descriptor);
  if (certificates.length === 0) throw refuse('no signing certificate (KeyDescriptor with an X509Certificate)');
  let idpCertificates: string[];
  try {
    idpCertificates = checkIdpCertificates(certificates, 'idpMetadataXml');
  } catch (error) {
    if (error instanceof AllotError) throw refuse('a signing certificate is not an X.509 certificate');
    throw error;
  }
  return { idpEntityId: entityId, idpSsoUrl: location, idpCertificates };
}

export function serviceProviderMetadata(s: Pick<SamlSettings, 'spEntityId' | 'acsUrl'>): string {
  return generateServiceProviderMetadata({
    issuer: s.spEntityId,
    callbackUrl: s.acsUrl,
    identifierFormat: EMAIL_NAME_ID,
    wantAssertionsSigned: true,
  });
}
