/**
 * Malformed input on the browser's SSO routes that the cross-cutting sweeps cannot send as they
 * send everything else (test/http/malformed.test.ts, NOT_SWEPT_BY): the SAML ACS takes the
 * identity provider's HTML form, not JSON, and the OpenID Connect callback takes whatever
 * parameters a provider adds. Every answer is a 4xx with a stable code, never a 5xx, the same
 * code as a JSON body to a program and as a page to a browser, and nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { isErrorPage, judge, judgePage, NONEXISTENT_ID, snapshotState, type Answer } from '../helpers/malformed.ts';
import { activateUrl, connectIdp, pkce, verifyDomain, type ConnectedIdp } from '../helpers/sso.ts';
import type { ErrorCode } from '../../src/domain/errors.ts';

const FORM = 'application/x-www-form-urlencoded';
/** The ACS's own limit (src/http/routes/sso.ts): a SAML response is large, but not this large. */
const FORM_MAX_BYTES = 1_100_000;

interface Case {
  what: string;
  method: 'GET' | 'POST';
  url: string;
  contentType?: string;
  payload?: string | Buffer;
  code: ErrorCode;
  /** The field an INVALID_REQUEST names. */
  field?: string;
}

describe.each(dialects())('malformed input on the browser SSO routes (%s)', (dialect) => {
  let dns: DnsServer;
  let server: TestServer;
  let operator: Api;
  /** Signs in through SAML (acme.example) … */
  let acme: Seeded;
  let acmeProduct: string;
  /** … and this one through OpenID Connect (globex.example). */
  let globex: Seeded;
  let globexProduct: string;
  const idps: ConnectedIdp[] = [];

  const seed = async (domain: string, protocol: 'saml' | 'oidc'): Promise<[Seeded, string]> => {
    const s = await seedSubscription(operator, 5);
    const admin = operator.as(s.adminToken);
    await verifyDomain(admin, dns, s.accountId, domain);
    idps.push(await connectIdp(server, admin, s.accountId, protocol));
    return [s, (await admin.get(`/v1/subscriptions/${s.subscriptionId}`)).body.product.code];
  };

  beforeAll(async () => {
    dns = await startDnsServer();
    server = await startTestServer(dialect, { env: { ...dnsEnv(dns), ALLOT_PUBLIC_URL: 'http://allot.test' } });
    operator = apiClient(server.app);
    [acme, acmeProduct] = await seed('acme.example', 'saml');
    [globex, globexProduct] = await seed('globex.example', 'oidc');
  });
  afterAll(async () => {
    for (const idp of idps.splice(0)) await idp.close();
    await server?.close();
    await dns?.close();
  });

  /** A device sign-in started for real: where Allot sent the browser (the provider's URL, with RelayState or state). */
  const started = async (product: string, email: string): Promise<URL> => {
    const res = await server.app.inject({ method: 'GET', url: activateUrl({ product, email, codeChallenge: pkce().codeChallenge }) });
    expect(res.statusCode, res.body).toBe(302);
    return new URL(String(res.headers.location));
  };
  const relayState = async () => (await started(acmeProduct, 'ada@acme.example')).searchParams.get('RelayState')!;
  const oidcState = async () => (await started(globexProduct, 'grace@globex.example')).searchParams.get('state')!;

  const send = async (c: Case, accept?: string): Promise<Answer> => {
    const res = await server.app.inject({
      method: c.method,
      url: c.url,
      headers: { ...(c.contentType !== undefined && { 'content-type': c.contentType }), ...(accept && { accept }) },
      ...(c.payload !== undefined && { payload: c.payload }),
    });
    let body: unknown;
    try {
      body = JSON.parse(res.body);
    } catch {
      body = undefined;
    }
    return { status: res.statusCode, text: res.body, body, headers: res.headers };
  };

  /** Each case to a program (JSON) and to a browser (a page, where the route answers with one): the same status and code, nothing stored. */
  async function expectRefused(cases: Case[]): Promise<void> {
    const failures: string[] = [];
    const before = await snapshotState(server, null);
    for (const c of cases) {
      const json = await send(c);
      const problem = judge(json, { codes: [c.code], field: c.field });
      if (problem) failures.push(`${c.what} (JSON): ${problem} → ${json.status} ${json.text.slice(0, 200)}`);
      const html = await send(c, 'text/html,application/xhtml+xml');
      const pageProblem = isErrorPage(html) ? judgePage(html) : judge(html, { codes: [c.code] });
      if (pageProblem) failures.push(`${c.what} (browser): ${pageProblem} → ${html.status} ${html.text.slice(0, 200)}`);
      else if (html.status !== json.status || (isErrorPage(html) && !html.text.includes(`<code>${c.code}</code>`)))
        failures.push(`${c.what} (browser): ${html.status}, not ${json.status} ${c.code}`);
    }
    expect(failures).toEqual([]);
    expect(await snapshotState(server, null), 'a refusal stored something').toEqual(before);
  }

  const acs = (accountId = acme.accountId) => `/sso/saml/${accountId}/acs`;
  const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
  const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

  it('refuses garbage where the SAML response should be, for a sign-in it did start', async () => {
    const RelayState = await relayState();
    const garbage: [string, string][] = [
      ['not base64', '%%% not base64 at all %%%'],
      ['base64 of text', b64('hello, this is not XML')],
      ['base64 of random bytes', Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256)).toString('base64')],
      ['an empty Response', b64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>')],
      ['a DOCTYPE with an entity', b64('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x "x">]><samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol">&x;</samlp:Response>')],
      ['unterminated XML', b64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"><saml:Assertion')],
      // One assertion at most, whatever else is wrong: a second one is how signatures get wrapped.
      ['two assertions, unsigned', b64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion"><samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status><saml:Assertion/><saml:Assertion/></samlp:Response>')],
    ];
    const codeOf = (what: string): ErrorCode => (what.startsWith('two assertions') ? 'SSO_SIGNATURE_INVALID' : 'SSO_RESPONSE_INVALID');
    // Each is refused before anything is believed, and the sign-in stays open (expectRefused: nothing stored), so each is refused for itself.
    await expectRefused(garbage.map(([what, SAMLResponse]) => ({ what, method: 'POST', url: acs(), contentType: FORM, payload: form({ SAMLResponse, RelayState }), code: codeOf(what) })));
  });

  it('refuses an ACS post without a sign-in it started, without a response, of the wrong type or size, or for no account', async () => {
    const RelayState = await relayState();
    const SAMLResponse = b64('<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol"/>');
    const post = (what: string, payload: string | Buffer | undefined, code: ErrorCode, more: Partial<Case> = {}): Case => ({ what, method: 'POST', url: acs(), contentType: FORM, payload, code, ...more });
    await expectRefused([
      post('no RelayState', form({ SAMLResponse }), 'SSO_REQUEST_UNKNOWN'),
      post('an empty RelayState', form({ SAMLResponse, RelayState: '' }), 'SSO_REQUEST_UNKNOWN'),
      post('a RelayState it never issued', form({ SAMLResponse, RelayState: 'made-up-relay-state' }), 'SSO_REQUEST_UNKNOWN'),
      post('a RelayState of 512 characters', form({ SAMLResponse, RelayState: 'r'.repeat(512) }), 'SSO_REQUEST_UNKNOWN'),
      post('a RelayState over 512 characters', form({ SAMLResponse, RelayState: 'r'.repeat(513) }), 'INVALID_REQUEST', { field: 'body.RelayState' }),
      post("the RelayState of another account's sign-in", form({ SAMLResponse, RelayState: await oidcState() }), 'SSO_REQUEST_UNKNOWN'),
      post('no SAMLResponse', form({ RelayState }), 'INVALID_REQUEST', { field: 'body' }),
      post('an empty SAMLResponse', form({ SAMLResponse: '', RelayState }), 'INVALID_REQUEST', { field: 'body.SAMLResponse' }),
      post('an empty body', '', 'INVALID_REQUEST', { field: 'body' }),
      post('no body at all', undefined, 'INVALID_REQUEST', { field: 'body' }),
      post('a body over the limit', form({ SAMLResponse: 'A'.repeat(FORM_MAX_BYTES), RelayState }), 'PAYLOAD_TOO_LARGE'),
      post('JSON', JSON.stringify({ SAMLResponse, RelayState }), 'UNSUPPORTED_MEDIA_TYPE', { contentType: 'application/json' }),
      post('text/plain', form({ SAMLResponse, RelayState }), 'UNSUPPORTED_MEDIA_TYPE', { contentType: 'text/plain' }),
      post('XML', '<samlp:Response/>', 'UNSUPPORTED_MEDIA_TYPE', { contentType: 'application/xml' }),
      post('multipart', `--x\r\nContent-Disposition: form-data; name="SAMLResponse"\r\n\r\n${SAMLResponse}\r\n--x--`, 'UNSUPPORTED_MEDIA_TYPE', { contentType: 'multipart/form-data; boundary=x' }),
      post('no content type', form({ SAMLResponse, RelayState }), 'UNSUPPORTED_MEDIA_TYPE', { contentType: undefined }),
      post('an account that does not exist', form({ SAMLResponse, RelayState }), 'ACCOUNT_NOT_FOUND', { url: acs(NONEXISTENT_ID) }),
      post('an account id that is not one', form({ SAMLResponse, RelayState }), 'INVALID_REQUEST', { url: acs('not%20an%20id'), field: 'params.accountId' }),
      post('an unknown query parameter', form({ SAMLResponse, RelayState }), 'INVALID_REQUEST', { url: `${acs()}?bogus=1`, field: 'querystring.bogus' }),
    ]);
  });

  it('refuses an OpenID Connect callback without a state, with one it never issued, or that the provider refused', async () => {
    const state = await oidcState();
    const iss = encodeURIComponent(idps[1]!.oidc!.issuer);
    const callback = (query: string, accountId = globex.accountId) => `/sso/oidc/${accountId}/callback${query ? `?${query}` : ''}`;
    const get = (what: string, url: string, code: ErrorCode, field?: string): Case => ({ what, method: 'GET', url, code, field });
    await expectRefused([
      get('nothing at all', callback(''), 'SSO_REQUEST_UNKNOWN'),
      get('a code without a state', callback('code=abc'), 'SSO_REQUEST_UNKNOWN'),
      get('a state it never issued', callback('state=made-up&code=abc'), 'SSO_REQUEST_UNKNOWN'),
      get('an empty state', callback('state=&code=abc'), 'SSO_REQUEST_UNKNOWN'),
      get('error=access_denied without a state', callback('error=access_denied'), 'SSO_REQUEST_UNKNOWN'),
      get("a SAML sign-in's RelayState as the state", callback(`state=${encodeURIComponent(await relayState())}&code=abc`), 'SSO_REQUEST_UNKNOWN'),
      get("its sign-in's state at another account's callback", callback(`state=${encodeURIComponent(state)}&code=abc`, acme.accountId), 'SSO_REQUEST_UNKNOWN'),
      get('a state over 512 characters', callback(`state=${'s'.repeat(513)}`), 'INVALID_REQUEST', 'querystring.state'),
      get('an account that does not exist', callback(`state=${encodeURIComponent(state)}&code=abc`, NONEXISTENT_ID), 'ACCOUNT_NOT_FOUND'),
      get('an account id that is not one', callback('state=x', 'a%00b'), 'INVALID_REQUEST', 'params.accountId'),
      // The provider says who it is (RFC 9207): an answer without it, or from another, is no answer of its.
      get("error=access_denied without the provider's iss", callback(`error=access_denied&state=${encodeURIComponent(state)}`), 'SSO_ISSUER_INVALID'),
      get('error=access_denied from another issuer', callback(`error=access_denied&state=${encodeURIComponent(state)}&iss=${encodeURIComponent('https://evil.example')}`), 'SSO_ISSUER_INVALID'),
    ]);
    // The provider refused (the person said no): its error, for the sign-in it answers, and no redirect to the app.
    const denied = await send(get('error=access_denied', callback(`error=access_denied&error_description=${encodeURIComponent('The user said no')}&state=${encodeURIComponent(state)}&iss=${iss}`), 'SSO_IDP_ERROR'));
    expect(judge(denied, { codes: ['SSO_IDP_ERROR'] }), denied.text).toBeNull();
    expect(denied.body.error.details).toMatchObject({ error: 'access_denied' });
    expect(denied.headers.location).toBeUndefined();
    const page = await send(get('error=access_denied', callback(`error=access_denied&state=${encodeURIComponent(await oidcState())}&iss=${iss}`), 'SSO_IDP_ERROR'), 'text/html');
    expect(judgePage(page), page.text).toBeNull();
    expect(page.text).toContain('<code>SSO_IDP_ERROR</code>');
    // Nobody was recorded on either account.
    for (const s of [acme, globex]) expect((await operator.get(`/v1/accounts/${s.accountId}/sso-users`)).body.data).toEqual([]);
  });
});
