/**
 * The SAML adapter (src/sso/saml.ts) against a real identity provider in-process
 * (test/helpers/saml-idp.ts), which signs real assertions with its own key: what a good response
 * yields, and each way a response is refused, with its code. No database: the adapter keeps no
 * state, the test keeps the request id as the use-case would.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DOMParser } from '@xmldom/xmldom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SamlSettings, SsoIdentity } from '../../src/app/ports/identity.ts';
import { AllotError } from '../../src/domain/errors.ts';
import { checkIdpCertificates, createSamlAdapter } from '../../src/sso/saml.ts';
import { ENTRA_GROUPS_ATTRIBUTE, SAML_STATUS, createSamlIdp, readAuthnRequest } from '../helpers/saml-idp.ts';
import type { RespondOptions, SamlIdp, SamlUser } from '../helpers/saml-idp.ts';

const fixture = (name: string): string => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');
const fingerprint = (pem: string): string => new X509Certificate(pem).fingerprint256;

const ANN: SamlUser = { email: 'Ann.Lee@Example.com ', name: 'Ann Lee', groups: ['engineering', 'design', 'engineering'] };

let idp: SamlIdp;
let settings: SamlSettings;
const saml = createSamlAdapter();

beforeAll(async () => {
  idp = await createSamlIdp();
  settings = {
    ...saml.parseMetadata(idp.metadataXml),
    spEntityId: 'https://allot.test/sso/saml/acc_1',
    acsUrl: 'https://allot.test/sso/saml/acc_1/acs',
    groupsAttributes: ['groups', ENTRA_GROUPS_ATTRIBUTE],
    emailAttribute: null,
  };
});

/** The whole exchange: Allot's AuthnRequest, the provider's answer, Allot's verdict. */
async function signIn(user: SamlUser, options: RespondOptions = {}, s: Partial<SamlSettings> = {}, adapter = saml): Promise<SsoIdentity> {
  const { url, requestId } = await adapter.authorize({ ...settings, ...s }, 'relay');
  const post = await idp.respond(url, user, options);
  return adapter.verify({ ...settings, ...s }, post.SAMLResponse, requestId);
}

async function refusal(attempt: Promise<unknown>): Promise<AllotError> {
  const error = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AllotError);
  return error as AllotError;
}

describe('SAML sign-in', () => {
  it('sends an AuthnRequest by the HTTP-Redirect binding to the provider, naming our entity and ACS, RelayState as given', async () => {
    const { url, requestId } = await saml.authorize(settings, 'state-123');
    expect(url.startsWith(`${settings.idpSsoUrl}?`)).toBe(true);
    const request = readAuthnRequest(url);
    expect(request).toEqual({ id: requestId, issuer: settings.spEntityId, acsUrl: settings.acsUrl, relayState: 'state-123' });
    expect(requestId).toMatch(/^_[0-9a-f]{40}$/);
    const other = await saml.authorize(settings, 'state-123');
    expect(other.requestId).not.toBe(requestId);
  });

  it.each(['assertion', 'response', 'both'] as const)('accepts a response whose %s is signed, and reads the person', async (sign) => {
    const identity = await signIn(ANN, { sign });
    expect(identity).toEqual({ subject: 'Ann.Lee@Example.com', email: 'ann.lee@example.com', name: 'Ann Lee', groups: ['engineering', 'design'] });
  });

  it('keeps the query of an SSO URL that has one (Google Workspace: ?idpid=…)', async () => {
    const google = { ...settings, idpSsoUrl: 'https://accounts.google.com/o/saml2/idp?idpid=C01abc23d' };
    const url = new URL((await saml.authorize(google, 'r&x=1')).url);
    expect(url.origin + url.pathname).toBe('https://accounts.google.com/o/saml2/idp');
    expect(url.searchParams.get('idpid')).toBe('C01abc23d');
    expect(url.searchParams.get('RelayState')).toBe('r&x=1');
    expect(url.searchParams.get('SAMLRequest')).toBeTruthy();
  });

  it('passes the RelayState through to the post', async () => {
    const { url } = await saml.authorize(settings, 'opaque-relay');
    expect((await idp.respond(url, ANN)).RelayState).toBe('opaque-relay');
  });

  it("reads the groups of Entra's groups claim, and of every configured attribute in order", async () => {
    const entra = await signIn({ email: 'bo@example.com', groups: ['6f1c-aa', '9e2d-bb'], groupsAttribute: ENTRA_GROUPS_ATTRIBUTE });
    expect(entra.groups).toEqual(['6f1c-aa', '9e2d-bb']);
    const both = await signIn({ email: 'bo@example.com', groups: ['a', 'b'], attributes: { [ENTRA_GROUPS_ATTRIBUTE]: ['b', 'c'] } });
    expect(both.groups).toEqual(['a', 'b', 'c']);
    const unconfigured = await signIn({ email: 'bo@example.com', groups: ['a'], groupsAttribute: 'memberOf' });
    expect(unconfigured.groups).toEqual([]);
  });

  it('caps the groups at 1000 and drops a name longer than 256 characters (never cut into another name)', async () => {
    const many = Array.from({ length: 1001 }, (_, i) => `group-${i}`);
    expect((await signIn({ email: 'cy@example.com', groups: many })).groups).toEqual(many.slice(0, 1000));
    const long = 'g'.repeat(257);
    expect((await signIn({ email: 'cy@example.com', groups: [long, 'g'.repeat(256), 'short'] })).groups).toEqual(['g'.repeat(256), 'short']);
  });

  it('finds the email: the configured attribute, else the NameID when it is an address, else the usual attributes', async () => {
    const upn = 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name';
    const opaque = { nameId: 'u-4711', omitEmailAttribute: true };
    expect((await signIn({ ...opaque, email: 'x@example.com', attributes: { mail: ['Dee@Example.com'] } })).email).toBe('dee@example.com');
    expect((await signIn({ ...opaque, email: 'x@example.com', attributes: { [upn]: ['dee@corp.example'] } })).email).toBe('dee@corp.example');
    const fromNameId = await signIn({ email: 'Dee@Example.com', omitEmailAttribute: true, attributes: { mail: ['other@example.com'] } });
    expect(fromNameId).toMatchObject({ subject: 'Dee@Example.com', email: 'dee@example.com' });
    const configured = await signIn({ email: 'dee@example.com', attributes: { workEmail: ['Dee.Work@Example.com'] } }, {}, { emailAttribute: 'workEmail' });
    expect(configured.email).toBe('dee.work@example.com');
    const missing = await refusal(signIn({ email: 'dee@example.com' }, {}, { emailAttribute: 'workEmail' }));
    expect(missing.code).toBe('SSO_IDENTITY_INCOMPLETE');
  });

  it('reads the name from displayName, else given name and surname; none is null', async () => {
    const given = { givenName: ['Eve'], 'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname': ['Stone'] };
    expect((await signIn({ email: 'eve@example.com', attributes: given })).name).toBe('Eve Stone');
    expect((await signIn({ email: 'eve@example.com', name: 'Eve S.', attributes: given })).name).toBe('Eve S.');
    expect((await signIn({ email: 'eve@example.com' })).name).toBeNull();
  });

  it('reads the whole NameID when a comment is slipped into it after signing (c14n drops comments, so the signature holds)', async () => {
    const user = { email: 'ann.lee@example.com.evil.test', omitEmailAttribute: true };
    const tamper = (xml: string) => {
      const changed = xml.replace('>ann.lee@example.com.evil.test<', '>ann.lee@example.com<!---->.evil.test<');
      expect(changed).not.toBe(xml);
      return changed;
    };
    const identity = await signIn(user, { tamper });
    expect(identity).toMatchObject({ subject: 'ann.lee@example.com.evil.test', email: 'ann.lee@example.com.evil.test' });
  });

  it('allows the clock skew it is given', async () => {
    const late = { notBeforeMs: -10 * 60_000, notOnOrAfterMs: -30_000 };
    expect((await signIn(ANN, late)).email).toBe('ann.lee@example.com');
    const strict = createSamlAdapter({ clockSkewMs: 0 });
    expect((await refusal(signIn(ANN, late, {}, strict))).code).toBe('SSO_ASSERTION_EXPIRED');
  });
});

/** Changes the value of one attribute inside the signed XML. */
const changeGroup = (xml: string): string => {
  const changed = xml.replace('>engineering<', '>admins<');
  expect(changed).not.toBe(xml);
  return changed;
};

/** Adds a forged, unsigned copy of the assertion (for eve) beside or inside the signed response. */
const wrap =
  (where: 'before' | 'extensions') =>
  (xml: string): string => {
    const signed = /<saml:Assertion[\s\S]*<\/saml:Assertion>/.exec(xml)?.[0] ?? '';
    expect(signed).not.toBe('');
    const forged = signed
      .replace(/<ds:Signature[\s\S]*<\/ds:Signature>/, '')
      .replace(/ID="[^"]+"/, 'ID="_forged"')
      .replaceAll('ann.lee@example.com', 'eve@example.com');
    return where === 'before'
      ? xml.replace('<saml:Assertion', `${forged}<saml:Assertion`)
      : xml.replace('<samlp:Status>', `<samlp:Extensions>${forged}</samlp:Extensions><samlp:Status>`);
  };

describe('SAML refusals', () => {
  const ann: SamlUser = { email: 'ann.lee@example.com', groups: ['engineering'] };
  it.each<[string, RespondOptions, string]>([
    ['unsigned (neither Response nor Assertion)', { sign: 'none' }, 'SSO_SIGNATURE_INVALID'],
    ['tampered: one attribute value changed after the assertion was signed', { tamper: changeGroup }, 'SSO_SIGNATURE_INVALID'],
    ['tampered: one attribute value changed after the response was signed', { sign: 'response', tamper: changeGroup }, 'SSO_SIGNATURE_INVALID'],
    ['signed with a key that is not the configured one', { signWith: 'other' }, 'SSO_SIGNATURE_INVALID'],
    ['response signed with another key', { sign: 'response', signWith: 'other' }, 'SSO_SIGNATURE_INVALID'],
    ['two assertions (signature wrapping)', { sign: 'response', tamper: wrap('before') }, 'SSO_SIGNATURE_INVALID'],
    ['two assertions, one in Extensions', { tamper: wrap('extensions') }, 'SSO_SIGNATURE_INVALID'],
    ['expired', { notBeforeMs: -30 * 60_000, notOnOrAfterMs: -10 * 60_000 }, 'SSO_ASSERTION_EXPIRED'],
    ['not yet valid', { notBeforeMs: 10 * 60_000, notOnOrAfterMs: 20 * 60_000 }, 'SSO_ASSERTION_EXPIRED'],
    ['for another audience', { audience: 'https://other.test/sp' }, 'SSO_AUDIENCE_INVALID'],
    ['for another audience (response signed)', { sign: 'response', audience: 'https://other.test/sp' }, 'SSO_AUDIENCE_INVALID'],
    ['from another issuer', { issuer: 'https://evil.test/idp' }, 'SSO_ISSUER_INVALID'],
    ['whose (unsigned) Response names another issuer', { tamper: (xml) => xml.replace(/<saml:Issuer>[^<]+/, '<saml:Issuer>https://evil.test/idp') }, 'SSO_ISSUER_INVALID'],
    ['to another destination', { destination: 'https://other.test/acs' }, 'SSO_RECIPIENT_INVALID'],
    ['for another recipient', { recipient: 'https://other.test/acs' }, 'SSO_RECIPIENT_INVALID'],
    ['answering another request', { inResponseTo: '_0123456789abcdef' }, 'SSO_REPLAYED'],
    ['answering no request (IdP-initiated)', { inResponseTo: null }, 'SSO_REPLAYED'],
    ['whose signed assertion names no request (only the Response does)', { sign: 'both', subjectInResponseTo: null }, 'SSO_REPLAYED'],
    ['whose assertion answers another request than the Response', { sign: 'both', subjectInResponseTo: '_0123456789abcdef' }, 'SSO_REPLAYED'],
  ])('refuses a response %s', async (_, options, code) => {
    expect((await refusal(signIn(ann, options))).code).toBe(code);
  });

  it('refuses a response to an earlier request of the same provider (the id the caller expects is the only one)', async () => {
    const first = await saml.authorize(settings, 'one');
    const second = await saml.authorize(settings, 'two');
    const post = await idp.respond(second.url, ANN);
    expect((await refusal(saml.verify(settings, post.SAMLResponse, first.requestId))).code).toBe('SSO_REPLAYED');
    expect((await saml.verify(settings, post.SAMLResponse, second.requestId)).email).toBe('ann.lee@example.com');
  });

  it("refuses a signed assertion moved into a new response that names the attacker's request", async () => {
    const victim = await saml.authorize(settings, 'victim');
    const captured = await idp.respond(victim.url, ANN);
    const attacker = await saml.authorize(settings, 'attacker');
    const rewrapped = captured.xml.replaceAll(`InResponseTo="${victim.requestId}"`, `InResponseTo="${attacker.requestId}"`);
    const error = await refusal(saml.verify(settings, Buffer.from(rewrapped).toString('base64'), attacker.requestId));
    expect(error.code).toMatch(/^SSO_(REPLAYED|SIGNATURE_INVALID)$/);
    const keptResponseId = captured.xml.replace(/(<samlp:Response[^>]*InResponseTo=")[^"]+"/, `$1${attacker.requestId}"`);
    expect((await refusal(saml.verify(settings, Buffer.from(keptResponseId).toString('base64'), attacker.requestId))).code).toBe('SSO_REPLAYED');
  });

  it("refuses the provider's error status with what it said", async () => {
    const error = await refusal(signIn(ANN, { status: SAML_STATUS.responder, statusMessage: 'AADSTS50105: not assigned to a role' }));
    expect(error.code).toBe('SSO_IDP_ERROR');
    expect(error.details).toEqual({ statusCode: SAML_STATUS.responder, subStatusCode: null, statusMessage: 'AADSTS50105: not assigned to a role' });
  });

  it('refuses a person without an email address', async () => {
    expect((await refusal(signIn({ email: 'x@example.com', nameId: 'u-4711', omitEmailAttribute: true }))).code).toBe('SSO_IDENTITY_INCOMPLETE');
  });

  it.each<[string, string]>([
    ['not base64', '%%% not base64 %%%'],
    ['empty', ''],
    ['base64 of text', Buffer.from('hello, world').toString('base64')],
    ['base64 of another XML document', Buffer.from('<html><body/></html>').toString('base64')],
    ['a DOCTYPE (entities)', Buffer.from('<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&x;</samlp:Response>').toString('base64')],
    ['a Response without a Status', Buffer.from('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" ID="_a" Version="2.0"/>').toString('base64')],
  ])('refuses a SAMLResponse that is %s as unreadable', async (_, samlResponse) => {
    const { requestId } = await saml.authorize(settings, 'r');
    expect((await refusal(saml.verify(settings, samlResponse, requestId))).code).toBe('SSO_RESPONSE_INVALID');
  });

  it('puts the library reason in details, never a key or the response', async () => {
    const error = await refusal(signIn(ANN, { sign: 'none' }));
    expect(error.details).toEqual({ reason: expect.any(String) });
    expect(JSON.stringify(error.details)).not.toMatch(/BEGIN|ann\.lee/i);
  });
});

describe('the test provider over HTTP', () => {
  it('answers GET /sso with a form that posts a valid response to the ACS', async () => {
    const served = await idp.serve({ user: ANN });
    try {
      const s = { ...settings, ...saml.parseMetadata(served.metadataXml) };
      expect(s.idpSsoUrl).toBe(served.ssoUrl);
      const { url, requestId } = await saml.authorize(s, 'browser');
      const page = await fetch(url);
      expect(page.status).toBe(200);
      const html = await page.text();
      expect(html).toContain(`action="${settings.acsUrl}"`);
      const field = (name: string) => new RegExp(`name="${name}" value="([^"]*)"`).exec(html)?.[1] ?? '';
      expect(field('RelayState')).toBe('browser');
      expect((await saml.verify(s, field('SAMLResponse'), requestId)).email).toBe('ann.lee@example.com');
      expect(served.posts).toHaveLength(1);
    } finally {
      await served.close();
    }
  });
});

describe('identity provider metadata', () => {
  it("reads the test provider's metadata", () => {
    const metadata = saml.parseMetadata(idp.metadataXml);
    expect(metadata.idpEntityId).toBe(idp.entityId);
    expect(metadata.idpSsoUrl).toBe(idp.ssoUrl);
    expect(metadata.idpCertificates.map(fingerprint)).toEqual([fingerprint(idp.certificatePem)]);
  });

  it('reads Entra ID metadata: the IDPSSODescriptor, its Redirect location and both signing certificates', () => {
    const metadata = saml.parseMetadata(fixture('entra-metadata.xml'));
    expect(metadata.idpEntityId).toBe('https://sts.windows.net/0a1b2c3d-4e5f-6789-abcd-ef0123456789/');
    expect(metadata.idpSsoUrl).toBe('https://login.microsoftonline.com/0a1b2c3d-4e5f-6789-abcd-ef0123456789/saml2');
    expect(metadata.idpCertificates.map(fingerprint)).toEqual([fingerprint(fixture('entra-signing-1.pem')), fingerprint(fixture('entra-signing-2.pem'))]);
  });

  it('reads Okta metadata: the Redirect binding (not the POST one listed first), the signing certificate only', () => {
    const metadata = saml.parseMetadata(fixture('okta-metadata.xml'));
    expect(metadata).toEqual({
      idpEntityId: 'http://www.okta.com/exk1a2b3c4d5e6f7g8h9',
      idpSsoUrl: 'https://acme.okta.com/app/acme_allot_1/exk1a2b3c4d5e6f7g8h9/sso/saml',
      idpCertificates: [expect.stringMatching(/^-----BEGIN CERTIFICATE-----\n/)],
    });
    expect(fingerprint(metadata.idpCertificates[0] ?? '')).toBe(fingerprint(fixture('okta-signing.pem')));
  });

  it('takes the identity provider of an EntitiesDescriptor', () => {
    const sp = '<md:EntityDescriptor entityID="https://sp.test"><md:SPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol"/></md:EntityDescriptor>';
    const inner = idp.metadataXml.replace(/^<\?xml[^>]*\?>/, '');
    const xml = `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${sp}${inner}</md:EntitiesDescriptor>`;
    expect(saml.parseMetadata(xml).idpEntityId).toBe(idp.entityId);
  });

  const problemOf = (xml: string): string => {
    try {
      saml.parseMetadata(xml);
    } catch (error) {
      expect(error).toBeInstanceOf(AllotError);
      expect((error as AllotError).code).toBe('INVALID_REQUEST');
      const [detail] = (error as AllotError).details as { field: string; problem: string }[];
      expect(detail?.field).toBe('idpMetadataXml');
      return detail?.problem ?? '';
    }
    throw new Error('parseMetadata accepted it');
  };

  it.each<[string, () => string, RegExp]>([
    ['not XML', () => 'this is not <xml', /not XML/],
    ['a DOCTYPE', () => `<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>${idp.metadataXml.replace(/^<\?xml[^>]*\?>/, '')}`, /DOCTYPE/],
    ['too large', () => idp.metadataXml.replace('</md:EntityDescriptor>', `<!-- ${'x'.repeat(1024 * 1024)} --></md:EntityDescriptor>`), /larger/],
    ['no EntityDescriptor', () => '<EntityDescriptor entityID="x"/>', /EntityDescriptor/],
    ['no entityID', () => idp.metadataXml.replace(/entityID="[^"]+"/, ''), /entityID/],
    ['no Redirect SSO URL', () => idp.metadataXml.replace(/<md:SingleSignOnService Binding="[^"]+HTTP-Redirect"[^>]*\/>/, ''), /HTTP-Redirect/],
    ['an SSO URL that is not http(s)', () => idp.metadataXml.replaceAll(idp.ssoUrl, 'javascript:alert(1)'), /URL/],
    ['no certificate', () => idp.metadataXml.replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, ''), /certificate/],
    ['an encryption certificate only', () => idp.metadataXml.replace('use="signing"', 'use="encryption"'), /certificate/],
    ['a broken certificate', () => idp.metadataXml.replace(/<ds:X509Certificate>[^<]+/, '<ds:X509Certificate>QUJD'), /certificate/],
  ])('refuses metadata with %s', (_, xml, problem) => {
    expect(problemOf(xml())).toMatch(problem);
  });
});

describe('checkIdpCertificates', () => {
  it('accepts PEM, or bare base64 with any whitespace, and returns each as PEM once', () => {
    const pem = fixture('okta-signing.pem');
    const bare = pem.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\n/g, '\n   ');
    const out = checkIdpCertificates([pem, bare, `  ${pem}  `, fixture('entra-signing-1.pem')]);
    expect(out.map(fingerprint)).toEqual([fingerprint(pem), fingerprint(fixture('entra-signing-1.pem'))]);
    expect(out[0]).toMatch(/^-----BEGIN CERTIFICATE-----\n[A-Za-z0-9+/=\n]+\n-----END CERTIFICATE-----\n$/);
  });

  it.each<[string, string[], RegExp]>([
    ['none', [], /at least one/],
    ['text', ['not a certificate'], /certificate 1/],
    ['base64 that is no certificate', [Buffer.from('hello').toString('base64')], /certificate 1/],
    ['a private key', ['-----BEGIN PRIVATE KEY-----\nMIIB\n-----END PRIVATE KEY-----'], /certificate 1/],
  ])('refuses %s with INVALID_REQUEST naming idpCertificates', (_, pems, problem) => {
    const call = () => checkIdpCertificates(pems);
    expect(call).toThrow(AllotError);
    try {
      call();
    } catch (error) {
      expect((error as AllotError).code).toBe('INVALID_REQUEST');
      expect((error as AllotError).details).toEqual([{ field: 'idpCertificates', problem: expect.stringMatching(problem) }]);
    }
  });
});

describe('service provider metadata', () => {
  it('names our entity, the ACS by HTTP-POST, email NameIDs, and signed assertions', () => {
    const xml = saml.spMetadata({ spEntityId: settings.spEntityId, acsUrl: settings.acsUrl });
    const root = new DOMParser().parseFromString(xml, 'text/xml').documentElement;
    const md = 'urn:oasis:names:tc:SAML:2.0:metadata';
    expect(root?.localName).toBe('EntityDescriptor');
    expect(root?.getAttribute('entityID')).toBe(settings.spEntityId);
    const sp = root?.getElementsByTagNameNS(md, 'SPSSODescriptor')[0];
    expect(sp?.getAttribute('AuthnRequestsSigned')).toBe('false');
    expect(sp?.getAttribute('WantAssertionsSigned')).toBe('true');
    const acs = root?.getElementsByTagNameNS(md, 'AssertionConsumerService')[0];
    expect(acs?.getAttribute('Location')).toBe(settings.acsUrl);
    expect(acs?.getAttribute('Binding')).toBe('urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST');
    expect(root?.getElementsByTagNameNS(md, 'NameIDFormat')[0]?.textContent).toBe('urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress');
  });
});
