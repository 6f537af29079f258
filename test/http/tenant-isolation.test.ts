/**
 * One account never reaches another's resources. The first sweep covers every route of the
 * server's route table (public ones included): each has a case below, or the sweep fails until
 * it is given one (or is listed in NOT_SWEPT).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, type Answer, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import { activate, createKey, device, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { REFERENCE_ROUTES, routeTable } from '../helpers/route-table.ts';
import { activateUrl, connectIdp, deviceSignIn, pkce, verifyDomain, type ConnectedIdp } from '../helpers/sso.ts';

/**
 * One tenant: a subscription, a sublicense key, two activated devices (one blacklisted), a token,
 * a member, an invitation, a pending domain, and an SSO user (a verified domain, a SAML provider, a
 * device sign-in whose one-time code is left unused).
 */
interface Tenant extends Seeded {
  keyId: string;
  key: string;
  activationId: string;
  blacklistId: string;
  tokenId: string;
  memberId: string;
  memberEmail: string;
  password: string;
  invitationId: string;
  invitationCode: string;
  domainId: string;
  productCode: string;
  idp: ConnectedIdp;
  ssoEmail: string;
  ssoUserId: string;
  ssoCode: string;
  ssoVerifier: string;
  scimTokenId: string;
  scimToken: string;
  /** A person and a group the account's identity provider provisioned over SCIM (the person a member of it). */
  scimUserId: string;
  scimUserName: string;
  scimGroupId: string;
  /** A golden image the tenant's dynamic key uses (the key has a policy of its own too). */
  goldenImageId: string;
  /** A webhook endpoint (disabled at once, so nothing is sent) and the delivery of its test event. */
  webhookEndpointId: string;
  webhookDeliveryId: string;
}

/**
 * Routes with nothing of a tenant's to reach, left out of the sweep (the test asserts these are
 * exactly the routes without a case): the console's static files, and the reference that
 * @fastify/swagger-ui renders from the public OpenAPI document (its own routes).
 */
const NOT_SWEPT = new Set([
  'GET /assets/*',
  ...REFERENCE_ROUTES,
]);

const POLICY = { corporateVmsOnly: true, oneCorporateVmPerUser: false, preventVmRemoval: false, blockMajorUpgrades: true, lockVmConfiguration: false, showDeveloperTools: false, disableToolsAutoUpdate: false, vmStartup: 'background', network: 'bridged' };

async function seedTenant(api: Api, n: string, server: TestServer, dns: DnsServer): Promise<Tenant> {
  const seed = await seedSubscription(api, 5);
  const key = await createKey(api, seed.subscriptionId, { name: `group ${n}`, type: 'dynamic', maxSeats: 3 });
  expect(key.status).toBe(201);
  const kept = await activate(api, key.body.key, `${n}-1`);
  expect(kept.status).toBe(201);
  const banned = await activate(api, seed.primaryKey, `${n}-2`);
  expect(banned.status).toBe(201);
  const entry = await api.post(`/v1/activations/${banned.body.activation.id}/blacklist`, { reason: `lost ${n}` });
  expect(entry.status).toBe(201);
  const tokens = await api.get(`/v1/accounts/${seed.accountId}/tokens`);
  expect(tokens.body.data).toHaveLength(1);
  const password = `the password of ${n}`;
  const member = await api.post(`/v1/accounts/${seed.accountId}/members`, { email: `admin-${n}@example.com`, name: `Admin ${n}`, role: 'account_admin', password });
  expect(member.status).toBe(201);
  const invited = await api.post(`/v1/keys/${key.body.id}/invitations`, { emails: [`invitee-${n}@example.com`] });
  expect(invited.status).toBe(201);
  const domain = await api.post(`/v1/accounts/${seed.accountId}/domains`, { domain: `${n}-corp.example` });
  expect(domain.status).toBe(201);
  const productCode = (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.product.code;
  await verifyDomain(api, dns, seed.accountId, `${n}-sso.example`);
  const idp = await connectIdp(server, api, seed.accountId, 'saml');
  const ssoEmail = `person-${n}@${n}-sso.example`;
  const signIn = await deviceSignIn(server, idp, productCode, { email: ssoEmail, name: `Person ${n}`, groups: [`staff-${n}`] });
  const ssoUsers = await api.get(`/v1/accounts/${seed.accountId}/sso-users`);
  expect(ssoUsers.body.data).toHaveLength(1);
  const scim = await api.post(`/v1/accounts/${seed.accountId}/scim-tokens`, { name: `provisioning ${n}` });
  expect(scim.status).toBe(201);
  const provider = api.as(scim.body.token);
  const scimUserName = `provisioned-${n}@${n}-sso.example`;
  const scimUser = await provider.post('/scim/v2/Users', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'], userName: scimUserName, active: true, emails: [{ value: scimUserName, type: 'work', primary: true }] });
  expect(scimUser.status, scimUser.text).toBe(201);
  const scimGroup = await provider.post('/scim/v2/Groups', { schemas: ['urn:ietf:params:scim:schemas:core:2.0:Group'], displayName: `team-${n}`, members: [{ value: scimUser.body.id }] });
  expect(scimGroup.status, scimGroup.text).toBe(201);
  const image = await api.post(`/v1/accounts/${seed.accountId}/golden-images`, { name: `VM ${n}`, images: { intel: { url: `https://images.example.com/${n}.pvmp`, sha256: 'b'.repeat(64) } } });
  expect(image.status, image.text).toBe(201);
  expect((await api.patch(`/v1/keys/${key.body.id}`, { goldenImageId: image.body.id })).status).toBe(200);
  expect((await api.put(`/v1/keys/${key.body.id}/policy`, POLICY)).status).toBe(200);
  const hook = await api.post('/v1/webhook-endpoints', { url: `https://93.184.215.14/hooks/${n}`, events: ['key.blocked'], accountId: seed.accountId });
  expect(hook.status, hook.text).toBe(201);
  const hookTest = await api.post(`/v1/webhook-endpoints/${hook.body.endpoint.id}/test`);
  expect(hookTest.status, hookTest.text).toBe(202);
  expect((await api.patch(`/v1/webhook-endpoints/${hook.body.endpoint.id}`, { enabled: false })).status).toBe(200);
  return {
    ...seed,
    keyId: key.body.id,
    key: key.body.key,
    activationId: kept.body.activation.id,
    blacklistId: entry.body.id,
    tokenId: tokens.body.data[0].id,
    memberId: member.body.id,
    memberEmail: member.body.email,
    password,
    invitationId: invited.body.data[0].id,
    invitationCode: invited.body.data[0].code,
    domainId: domain.body.id,
    productCode,
    idp,
    ssoEmail,
    ssoUserId: ssoUsers.body.data[0].id,
    ssoCode: signIn.code,
    ssoVerifier: signIn.codeVerifier,
    scimTokenId: scim.body.id,
    scimToken: scim.body.token,
    scimUserId: scimUser.body.id,
    scimUserName,
    scimGroupId: scimGroup.body.id,
    goldenImageId: image.body.id,
    webhookEndpointId: hook.body.endpoint.id,
    webhookDeliveryId: hookTest.body.id,
  };
}

/** Everything of a tenant, as the operator sees it. */
async function snapshot(api: Api, t: Tenant) {
  const get = async (url: string) => {
    const res = await api.get(url);
    expect(res.status, url).toBe(200);
    return res.body;
  };
  const sub = await get(`/v1/subscriptions/${t.subscriptionId}`);
  return {
    account: await get(`/v1/accounts/${t.accountId}`),
    subscription: { ...sub },
    keys: (await get(`/v1/subscriptions/${t.subscriptionId}/keys`)).data,
    activations: (await get(`/v1/subscriptions/${t.subscriptionId}/activations?status=all`)).data,
    blacklist: (await get(`/v1/subscriptions/${t.subscriptionId}/blacklist`)).data,
    tokens: (await get(`/v1/accounts/${t.accountId}/tokens`)).data.map((tok: any) => ({ ...tok, lastUsedAt: null })),
    members: (await get(`/v1/accounts/${t.accountId}/members`)).data,
    invitations: (await get(`/v1/subscriptions/${t.subscriptionId}/invitations`)).data,
    events: (await get(`/v1/events?accountId=${t.accountId}&limit=500`)).data,
    domains: (await get(`/v1/accounts/${t.accountId}/domains`)).data,
    sso: await get(`/v1/accounts/${t.accountId}/sso`),
    ssoUsers: (await get(`/v1/accounts/${t.accountId}/sso-users`)).data,
    scimTokens: (await get(`/v1/accounts/${t.accountId}/scim-tokens`)).data.map((tok: any) => ({ ...tok, lastUsedAt: null })),
    scimUsers: (await api.as(t.scimToken).get('/scim/v2/Users')).body,
    scimGroups: (await api.as(t.scimToken).get('/scim/v2/Groups')).body,
    goldenImages: (await get(`/v1/accounts/${t.accountId}/golden-images`)).data,
    webhookEndpoints: (await get(`/v1/webhook-endpoints?accountId=${t.accountId}`)).data,
    webhookDeliveries: (await get(`/v1/webhook-endpoints/${t.webhookEndpointId}/deliveries`)).data,
    policies: [await get(`/v1/keys/${t.keyId}/policy`), await get(`/v1/keys/${t.primaryKeyId}/policy`)],
  };
}

const expectNotFound = (res: Answer, code: string, what: string) => {
  expect(res.status, `${what}: ${res.text}`).toBe(404);
  expect(res.body?.error?.code, what).toBe(code);
};

describe.each(dialects())('tenant isolation on %s', (dialect) => {
  let server: TestServer;
  let operator: Api;
  let a: Tenant;
  let b: Tenant;
  let asA: Api;
  let dns: DnsServer;

  beforeEach(async () => {
    dns = await startDnsServer();
    server = await startTestServer(dialect, { env: dnsEnv(dns) });
    operator = apiClient(server.app);
    a = await seedTenant(operator, 'a', server, dns);
    b = await seedTenant(operator, 'b', server, dns);
    asA = operator.as(a.adminToken);
  });
  afterEach(async () => {
    await server.close();
    await dns.close();
  });

  it("answers 404 with the resource's code for every one of another account's resources, on every route, and changes nothing of it", async () => {
    const before = await snapshot(operator, b);
    const bPrimary = before.keys.find((k: any) => k.type === 'primary');
    const anon = operator.as(null);
    const scimA = operator.as(a.scimToken);
    const secrets = [b.accountId, b.subscriptionId, b.keyId, b.key, b.primaryKeyId, b.primaryKey, b.activationId, b.blacklistId, b.tokenId, b.memberId, b.memberEmail, b.invitationId, b.invitationCode, b.domainId, b.ssoEmail, b.ssoUserId, b.ssoCode, b.scimTokenId, b.scimToken, b.scimUserId, b.scimUserName, b.scimGroupId];

    type Check = (res: Answer, what: string) => void;
    const notFound =
      (code: string): Check =>
      (res, what) =>
        expectNotFound(res, code, what);
    const refused =
      (status: number, ...codes: string[]): Check =>
      (res, what) => {
        expect(res.status, `${what}: ${res.text}`).toBe(status);
        expect(codes, what).toContain(res.body?.error?.code);
      };
    /** A SCIM answer: 404 in SCIM's error format. */
    const scimNotFound: Check = (res, what) => {
      expect(res.status, `${what}: ${res.text}`).toBe(404);
      expect(res.body?.schemas, what).toEqual(['urn:ietf:params:scim:api:messages:2.0:Error']);
      expect(res.body?.status, what).toBe('404');
      expect(secrets.filter((x) => res.text.includes(x)), what).toEqual([]);
    };
    /** A SCIM 400 in SCIM's error format, which may echo the id sent (as it would a made-up one), and nothing else of B. */
    const scimRefused =
      (scimType: string, echoed: string): Check =>
      (res, what) => {
        expect(res.status, `${what}: ${res.text}`).toBe(400);
        expect(res.body?.scimType, what).toBe(scimType);
        expect(secrets.filter((x) => x !== echoed && res.text.includes(x)), what).toEqual([]);
      };
    /** Account A's token on an operator route: refused before anything is looked up. */
    const forbidden = refused(403, 'FORBIDDEN');
    /** An answer of its own (a listing, the catalogue, a public document) that shows nothing of B. */
    const shows =
      (status: number | null): Check =>
      (res, what) => {
        if (status === null) expect(res.status, what).toBeLessThan(500);
        else expect(res.status, `${what}: ${res.text}`).toBe(status);
        expect(secrets.filter((x) => res.text.includes(x)), what).toEqual([]);
      };

    /** Every route, keyed as the route table keys it: how account A (or anyone, on a public route) tries B's resources. */
    const cases: Record<string, [string, () => Promise<Answer>, Check][]> = {
      // public: documents and health, sign-in, password resets, the device API
      'GET /': [['the console (503 when not built)', () => anon.get('/'), shows(null)]],
      'GET /openapi.json': [['the OpenAPI document', () => anon.get('/openapi.json'), shows(200)]],
      'GET /healthz': [['health', () => anon.get('/healthz'), shows(200)]],
      'GET /v1/system': [['what the server offers', () => anon.get('/v1/system'), shows(200)]],
      'GET /.well-known/jwks.json': [['certificate keys', () => anon.get('/.well-known/jwks.json'), shows(200)]],
      'POST /v1/session': [["sign in as B's member with A's password", () => anon.post('/v1/session', { email: b.memberEmail, password: a.password }), refused(401, 'INVALID_CREDENTIALS')]],
      'GET /v1/session': [['the session of a token', () => asA.get('/v1/session'), refused(401, 'UNAUTHORIZED')]],
      'DELETE /v1/session': [['sign out with a token', () => asA.del('/v1/session'), refused(401, 'UNAUTHORIZED')]],
      'POST /v1/password-reset': [["reset B's member's password", () => anon.post('/v1/password-reset', { email: b.memberEmail }), shows(202)]],
      'POST /v1/password-reset/confirm': [['set a password with a made-up link', () => anon.post('/v1/password-reset/confirm', { token: 'made-up-link-token', password: 'taken over' }), refused(400, 'TOKEN_INVALID')]],
      'POST /v1/client/activate': [
        [
          "activate A's key with the fingerprint of B's device",
          () => anon.post('/v1/client/activate', { key: a.primaryKey, ...device('b-1') }),
          (res, what) => {
            expect(res.status, `${what}: ${res.text}`).toBe(201);
            expect(res.body.activation.subscriptionId, what).toBe(a.subscriptionId);
            shows(201)(res, what);
          },
        ],
      ],
      'POST /v1/client/check-in': [["check in B's device with A's fingerprint", () => anon.post('/v1/client/check-in', { activationId: b.activationId, fingerprint: 'fp-a-1' }), refused(403, 'FINGERPRINT_MISMATCH')]],
      'POST /v1/client/deactivate': [["deactivate B's device with A's fingerprint", () => anon.post('/v1/client/deactivate', { activationId: b.activationId, fingerprint: 'fp-a-1' }), refused(403, 'FINGERPRINT_MISMATCH')]],
      // operator only: refused before anything of B is looked up
      'POST /v1/products': [['create a product', () => asA.post('/v1/products', { code: 'sneaky', name: 'Sneaky' }), forbidden]],
      'PATCH /v1/products/{id}': [["rename B's product", () => asA.patch(`/v1/products/${before.subscription.product.id}`, { name: 'Renamed by A' }), forbidden]],
      'POST /v1/accounts': [['create an account', () => asA.post('/v1/accounts', { name: 'Another' }), forbidden]],
      'POST /v1/accounts/{accountId}/subscriptions': [["a subscription for B", () => asA.post(`/v1/accounts/${b.accountId}/subscriptions`, { product: before.subscription.product.code, seats: 100, expiresAt: '2031-01-01T00:00:00Z' }), forbidden]],
      'POST /v1/accounts/{accountId}/tokens': [["a token of B's", () => asA.post(`/v1/accounts/${b.accountId}/tokens`, { name: 'into B' }), forbidden]],
      'PATCH /v1/subscriptions/{id}': [["B's seats", () => asA.patch(`/v1/subscriptions/${b.subscriptionId}`, { seats: 500 }), forbidden]],
      'POST /v1/signing-keys/rotate': [['rotate the signing key', () => asA.post('/v1/signing-keys/rotate'), forbidden]],
      // the operator console (issue 16): an operator member's session, never a member's or an account token
      'POST /v1/operator/session': [["sign in as an operator with B's member's address", () => anon.post('/v1/operator/session', { email: b.memberEmail, password: a.password }), refused(401, 'INVALID_CREDENTIALS')]],
      'GET /v1/operator/session': [['the operator session of a token', () => asA.get('/v1/operator/session'), refused(401, 'UNAUTHORIZED')]],
      'DELETE /v1/operator/session': [['sign an operator out with a token', () => asA.del('/v1/operator/session'), forbidden]],
      'GET /v1/operator/members': [['the operator members', () => asA.get('/v1/operator/members'), forbidden]],
      'POST /v1/operator/members': [['become an operator member', () => asA.post('/v1/operator/members', { email: 'sneaky@example.com', name: 'Sneaky', password: 'a long enough password' }), forbidden]],
      'DELETE /v1/operator/members/{id}': [['remove an operator member', () => asA.del(`/v1/operator/members/${b.memberId}`), forbidden]],
      'GET /v1/operator/overview': [['the fleet', () => asA.get('/v1/operator/overview'), forbidden]],
      'GET /v1/operator/accounts/search': [["search for B's account", () => asA.get(`/v1/operator/accounts/search?q=${encodeURIComponent(b.memberEmail)}`), forbidden]],
      'GET /v1/operator/accounts/{id}': [["B's support view", () => asA.get(`/v1/operator/accounts/${b.accountId}`), forbidden]],
      'POST /v1/operator/accounts/{id}/support-views': [["note a support view of B", () => asA.post(`/v1/operator/accounts/${b.accountId}/support-views`), forbidden]],
      // the catalogue and listings: A's own rows only
      'GET /v1/products': [['the catalogue', () => asA.get('/v1/products'), shows(200)]],
      'GET /v1/accounts': [['accounts', () => asA.get('/v1/accounts'), shows(200)]],
      'GET /v1/subscriptions': [["subscriptions filtered by B's account", () => asA.get(`/v1/subscriptions?accountId=${b.accountId}`), shows(200)]],
      'GET /v1/events': [
        ["events of B's subscription", () => asA.get(`/v1/events?subscriptionId=${b.subscriptionId}`), notFound('SUBSCRIPTION_NOT_FOUND')],
        ["events of B's account", () => asA.get(`/v1/events?accountId=${b.accountId}&limit=500`), shows(200)],
      ],
      // oneself: a token is no member, and has no profile
      'GET /v1/me': [['me, with a token', () => asA.get('/v1/me'), refused(403, 'FORBIDDEN')]],
      'PATCH /v1/me': [["take B's member's address", () => asA.patch('/v1/me', { email: b.memberEmail, currentPassword: a.password }), refused(403, 'FORBIDDEN')]],
      'POST /v1/me/password': [["change a password with B's", () => asA.post('/v1/me/password', { currentPassword: b.password, newPassword: 'taken over' }), refused(403, 'FORBIDDEN')]],
      // the account, its tokens and members
      'GET /v1/accounts/{id}': [['GET account', () => asA.get(`/v1/accounts/${b.accountId}`), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/accounts/{accountId}/keys': [["B's keys", () => asA.get(`/v1/accounts/${b.accountId}/keys`), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/accounts/{accountId}/tokens': [['GET tokens', () => asA.get(`/v1/accounts/${b.accountId}/tokens`), notFound('ACCOUNT_NOT_FOUND')]],
      'DELETE /v1/tokens/{id}': [['DELETE token', () => asA.del(`/v1/tokens/${b.tokenId}`), notFound('TOKEN_NOT_FOUND')]],
      'GET /v1/accounts/{accountId}/members': [["B's members", () => asA.get(`/v1/accounts/${b.accountId}/members`), notFound('ACCOUNT_NOT_FOUND')]],
      'POST /v1/accounts/{accountId}/members': [
        ['add a member to B', () => asA.post(`/v1/accounts/${b.accountId}/members`, { email: 'intruder@example.com', name: 'Intruder', role: 'account_admin', password: 'intruder password' }), notFound('ACCOUNT_NOT_FOUND')],
      ],
      'GET /v1/members/{id}': [["B's member", () => asA.get(`/v1/members/${b.memberId}`), notFound('MEMBER_NOT_FOUND')]],
      'PATCH /v1/members/{id}': [["rename B's member", () => asA.patch(`/v1/members/${b.memberId}`, { name: 'Renamed by A' }), notFound('MEMBER_NOT_FOUND')]],
      'DELETE /v1/members/{id}': [["remove B's member", () => asA.del(`/v1/members/${b.memberId}`), notFound('MEMBER_NOT_FOUND')]],
      'POST /v1/members/{id}/block': [["block B's member", () => asA.post(`/v1/members/${b.memberId}/block`), notFound('MEMBER_NOT_FOUND')]],
      'POST /v1/members/{id}/unblock': [["unblock B's member", () => asA.post(`/v1/members/${b.memberId}/unblock`), notFound('MEMBER_NOT_FOUND')]],
      'POST /v1/members/{id}/resend-invitation': [["re-invite B's member", () => asA.post(`/v1/members/${b.memberId}/resend-invitation`), notFound('MEMBER_NOT_FOUND')]],
      // the subscription and what hangs off it
      'GET /v1/subscriptions/{id}': [['GET subscription', () => asA.get(`/v1/subscriptions/${b.subscriptionId}`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'GET /v1/subscriptions/{id}/usage': [['GET usage', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/usage`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'GET /v1/subscriptions/{id}/keys': [['GET keys', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/keys`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'POST /v1/subscriptions/{id}/keys': [['POST key', () => asA.post(`/v1/subscriptions/${b.subscriptionId}/keys`, { name: 'mine now', type: 'dynamic', maxSeats: 1 }), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'GET /v1/subscriptions/{id}/activations': [
        ['GET activations', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/activations`), notFound('SUBSCRIPTION_NOT_FOUND')],
        ["A's devices filtered by B's key", () => asA.get(`/v1/subscriptions/${a.subscriptionId}/activations?keyId=${b.keyId}`), notFound('KEY_NOT_FOUND')],
      ],
      'GET /v1/subscriptions/{id}/activations.csv': [['GET activations.csv', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/activations.csv`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'POST /v1/subscriptions/{id}/activations/bulk': [
        ["deactivate B's devices in bulk", () => asA.post(`/v1/subscriptions/${b.subscriptionId}/activations/bulk`, { activationIds: [b.activationId], action: 'deactivate' }), notFound('SUBSCRIPTION_NOT_FOUND')],
      ],
      'GET /v1/subscriptions/{id}/blacklist': [['GET blacklist', () => asA.get(`/v1/subscriptions/${b.subscriptionId}/blacklist`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'DELETE /v1/blacklist/{id}': [['DELETE blacklist entry', () => asA.del(`/v1/blacklist/${b.blacklistId}`), notFound('BLACKLIST_ENTRY_NOT_FOUND')]],
      'GET /v1/subscriptions/{id}/invitations': [["B's invitations", () => asA.get(`/v1/subscriptions/${b.subscriptionId}/invitations`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      'GET /v1/subscriptions/{id}/invitations.csv': [["B's invitations as CSV", () => asA.get(`/v1/subscriptions/${b.subscriptionId}/invitations.csv`), notFound('SUBSCRIPTION_NOT_FOUND')]],
      // keys: the sublicense key and the primary key
      'GET /v1/keys/{id}': [b.keyId, b.primaryKeyId].map((id) => [`GET key ${id}`, () => asA.get(`/v1/keys/${id}`), notFound('KEY_NOT_FOUND')]),
      'PATCH /v1/keys/{id}': [
        ...[b.keyId, b.primaryKeyId].map((id): [string, () => Promise<Answer>, Check] => [`PATCH key ${id}`, () => asA.patch(`/v1/keys/${id}`, { name: 'renamed by A' }), notFound('KEY_NOT_FOUND')]),
        ["give A's key B's golden image", () => asA.patch(`/v1/keys/${a.keyId}`, { goldenImageId: b.goldenImageId }), notFound('GOLDEN_IMAGE_NOT_FOUND')],
      ],
      'POST /v1/keys/{id}/block': [b.keyId, b.primaryKeyId].map((id) => [`block key ${id}`, () => asA.post(`/v1/keys/${id}/block`), notFound('KEY_NOT_FOUND')]),
      'POST /v1/keys/{id}/unblock': [b.keyId, b.primaryKeyId].map((id) => [`unblock key ${id}`, () => asA.post(`/v1/keys/${id}/unblock`), notFound('KEY_NOT_FOUND')]),
      'POST /v1/keys/{id}/regenerate': [b.keyId, b.primaryKeyId].map((id) => [`regenerate key ${id}`, () => asA.post(`/v1/keys/${id}/regenerate`), notFound('KEY_NOT_FOUND')]),
      'DELETE /v1/keys/{id}': [b.keyId, b.primaryKeyId].map((id) => [`DELETE key ${id}`, () => asA.del(`/v1/keys/${id}?deactivateDevices=true`), notFound('KEY_NOT_FOUND')]),
      // policies and golden images
      'GET /v1/keys/{id}/policy': [b.keyId, b.primaryKeyId].map((id) => [`policy of key ${id}`, () => asA.get(`/v1/keys/${id}/policy`), notFound('KEY_NOT_FOUND')]),
      'PUT /v1/keys/{id}/policy': [b.keyId, b.primaryKeyId].map((id) => [`set the policy of key ${id}`, () => asA.put(`/v1/keys/${id}/policy`, { ...POLICY, network: 'disconnect' }), notFound('KEY_NOT_FOUND')]),
      'DELETE /v1/keys/{id}/policy': [b.keyId, b.primaryKeyId].map((id) => [`remove the policy of key ${id}`, () => asA.del(`/v1/keys/${id}/policy`), notFound('KEY_NOT_FOUND')]),
      'POST /v1/accounts/{accountId}/golden-images': [['a golden image for B', () => asA.post(`/v1/accounts/${b.accountId}/golden-images`, { name: 'intruder', images: { intel: { url: 'https://intruder.example/vm', sha256: 'c'.repeat(64) } } }), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/accounts/{accountId}/golden-images': [["B's golden images", () => asA.get(`/v1/accounts/${b.accountId}/golden-images`), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/golden-images/{id}': [["B's golden image", () => asA.get(`/v1/golden-images/${b.goldenImageId}`), notFound('GOLDEN_IMAGE_NOT_FOUND')]],
      'PATCH /v1/golden-images/{id}': [["change B's golden image", () => asA.patch(`/v1/golden-images/${b.goldenImageId}`, { name: 'renamed by A' }), notFound('GOLDEN_IMAGE_NOT_FOUND')]],
      'DELETE /v1/golden-images/{id}': [
        ["delete B's golden image", () => asA.del(`/v1/golden-images/${b.goldenImageId}`), notFound('GOLDEN_IMAGE_NOT_FOUND')],
        ["delete B's golden image, detaching it", () => asA.del(`/v1/golden-images/${b.goldenImageId}?detach=true`), notFound('GOLDEN_IMAGE_NOT_FOUND')],
      ],
      // webhooks
      'POST /v1/webhook-endpoints': [["an endpoint for B", () => asA.post('/v1/webhook-endpoints', { url: 'https://93.184.215.14/intruder', events: ['key.blocked'], accountId: b.accountId }), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/webhook-endpoints': [["B's endpoints", () => asA.get(`/v1/webhook-endpoints?accountId=${b.accountId}`), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/webhook-endpoints/{id}': [["B's endpoint", () => asA.get(`/v1/webhook-endpoints/${b.webhookEndpointId}`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')]],
      'PATCH /v1/webhook-endpoints/{id}': [
        ["enable B's endpoint", () => asA.patch(`/v1/webhook-endpoints/${b.webhookEndpointId}`, { enabled: true }), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')],
        ["point B's endpoint elsewhere", () => asA.patch(`/v1/webhook-endpoints/${b.webhookEndpointId}`, { url: 'https://93.184.215.14/intruder' }), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')],
      ],
      'DELETE /v1/webhook-endpoints/{id}': [["delete B's endpoint", () => asA.del(`/v1/webhook-endpoints/${b.webhookEndpointId}`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')]],
      'POST /v1/webhook-endpoints/{id}/rotate-secret': [["rotate B's secret", () => asA.post(`/v1/webhook-endpoints/${b.webhookEndpointId}/rotate-secret`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')]],
      'POST /v1/webhook-endpoints/{id}/test': [["test B's endpoint", () => asA.post(`/v1/webhook-endpoints/${b.webhookEndpointId}/test`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')]],
      'GET /v1/webhook-endpoints/{id}/deliveries': [["B's delivery log", () => asA.get(`/v1/webhook-endpoints/${b.webhookEndpointId}/deliveries`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')]],
      'GET /v1/webhook-endpoints/{id}/deliveries/{deliveryId}': [
        ["B's delivery", () => asA.get(`/v1/webhook-endpoints/${b.webhookEndpointId}/deliveries/${b.webhookDeliveryId}`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')],
        ["B's delivery under A's endpoint", () => asA.get(`/v1/webhook-endpoints/${a.webhookEndpointId}/deliveries/${b.webhookDeliveryId}`), notFound('WEBHOOK_DELIVERY_NOT_FOUND')],
      ],
      'POST /v1/webhook-endpoints/{id}/deliveries/{deliveryId}/redeliver': [
        ["redeliver B's message", () => asA.post(`/v1/webhook-endpoints/${b.webhookEndpointId}/deliveries/${b.webhookDeliveryId}/redeliver`), notFound('WEBHOOK_ENDPOINT_NOT_FOUND')],
      ],
      'GET /v1/keys/{id}/invitations': [["B's key's invitations", () => asA.get(`/v1/keys/${b.keyId}/invitations`), notFound('KEY_NOT_FOUND')]],
      'GET /v1/keys/{id}/invitations.csv': [["B's key's invitations as CSV", () => asA.get(`/v1/keys/${b.keyId}/invitations.csv`), notFound('KEY_NOT_FOUND')]],
      'POST /v1/keys/{id}/invitations': [["invite to B's key", () => asA.post(`/v1/keys/${b.keyId}/invitations`, { emails: ['intruder@example.com'] }), notFound('KEY_NOT_FOUND')]],
      // invitations
      'GET /v1/invitations/{id}': [["B's invitation", () => asA.get(`/v1/invitations/${b.invitationId}`), notFound('INVITATION_NOT_FOUND')]],
      'POST /v1/invitations/{id}/resend': [["resend B's invitation", () => asA.post(`/v1/invitations/${b.invitationId}/resend`), notFound('INVITATION_NOT_FOUND')]],
      'POST /v1/invitations/{id}/revoke': [["revoke B's invitation", () => asA.post(`/v1/invitations/${b.invitationId}/revoke`), notFound('INVITATION_NOT_FOUND')]],
      // devices
      'GET /v1/activations/{id}': [['GET activation', () => asA.get(`/v1/activations/${b.activationId}`), notFound('ACTIVATION_NOT_FOUND')]],
      'POST /v1/activations/{id}/deactivate': [['deactivate', () => asA.post(`/v1/activations/${b.activationId}/deactivate`), notFound('ACTIVATION_NOT_FOUND')]],
      'POST /v1/activations/{id}/blacklist': [['blacklist', () => asA.post(`/v1/activations/${b.activationId}/blacklist`, { reason: 'by A' }), notFound('ACTIVATION_NOT_FOUND')]],
      'POST /v1/activations/{id}/move': [
        ['move to its own key', () => asA.post(`/v1/activations/${b.activationId}/move`, { keyId: b.primaryKeyId }), notFound('ACTIVATION_NOT_FOUND')],
        ["move to A's key", () => asA.post(`/v1/activations/${b.activationId}/move`, { keyId: a.keyId }), notFound('ACTIVATION_NOT_FOUND')],
        ["move A's device to B's key", () => asA.post(`/v1/activations/${a.activationId}/move`, { keyId: b.keyId }), notFound('KEY_NOT_FOUND')],
      ],
      // verified domains
      'GET /v1/accounts/{accountId}/domains': [["B's domains", () => asA.get(`/v1/accounts/${b.accountId}/domains`), notFound('ACCOUNT_NOT_FOUND')]],
      'POST /v1/accounts/{accountId}/domains': [['add a domain to B', () => asA.post(`/v1/accounts/${b.accountId}/domains`, { domain: 'intruder.example' }), notFound('ACCOUNT_NOT_FOUND')]],
      'POST /v1/domains/{id}/verify': [["verify B's domain", () => asA.post(`/v1/domains/${b.domainId}/verify`), notFound('DOMAIN_NOT_FOUND')]],
      'DELETE /v1/domains/{id}': [["remove B's domain", () => asA.del(`/v1/domains/${b.domainId}`), notFound('DOMAIN_NOT_FOUND')]],
      // SSO: the connection and its people
      'PUT /v1/accounts/{accountId}/sso': [
        ["replace B's connection", () => asA.put(`/v1/accounts/${b.accountId}/sso`, { protocol: 'oidc', issuer: 'https://idp.intruder.example', clientId: 'intruder', clientSecret: 'intruder-secret' }), notFound('ACCOUNT_NOT_FOUND')],
        ["point B at A's provider", () => asA.put(`/v1/accounts/${b.accountId}/sso`, { protocol: 'saml', idpMetadataXml: a.idp.saml!.metadataXml }), notFound('ACCOUNT_NOT_FOUND')],
      ],
      'GET /v1/accounts/{accountId}/sso': [["B's connection", () => asA.get(`/v1/accounts/${b.accountId}/sso`), notFound('ACCOUNT_NOT_FOUND')]],
      'DELETE /v1/accounts/{accountId}/sso': [["remove B's connection", () => asA.del(`/v1/accounts/${b.accountId}/sso`), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/accounts/{accountId}/sso-users': [["B's SSO users", () => asA.get(`/v1/accounts/${b.accountId}/sso-users`), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/sso-users/{id}': [["B's SSO user", () => asA.get(`/v1/sso-users/${b.ssoUserId}`), notFound('SSO_USER_NOT_FOUND')]],
      'POST /v1/sso-users/{id}/deactivate': [["deactivate B's SSO user", () => asA.post(`/v1/sso-users/${b.ssoUserId}/deactivate`), notFound('SSO_USER_NOT_FOUND')]],
      'POST /v1/sso-users/{id}/reactivate': [["reactivate B's SSO user", () => asA.post(`/v1/sso-users/${b.ssoUserId}/reactivate`), notFound('SSO_USER_NOT_FOUND')]],
      // SCIM tokens
      'POST /v1/accounts/{accountId}/scim-tokens': [["a SCIM token for B", () => asA.post(`/v1/accounts/${b.accountId}/scim-tokens`, { name: 'intruder' }), notFound('ACCOUNT_NOT_FOUND')]],
      'GET /v1/accounts/{accountId}/scim-tokens': [["B's SCIM tokens", () => asA.get(`/v1/accounts/${b.accountId}/scim-tokens`), notFound('ACCOUNT_NOT_FOUND')]],
      'DELETE /v1/scim-tokens/{id}': [["revoke B's SCIM token", () => asA.del(`/v1/scim-tokens/${b.scimTokenId}`), notFound('SCIM_TOKEN_NOT_FOUND')]],
      // SCIM, with A's SCIM token: B's people and groups do not exist for it
      'GET /scim/v2/Users': [
        ["find B's provisioned user by userName", () => scimA.get(`/scim/v2/Users?filter=${encodeURIComponent(`userName eq "${b.scimUserName}"`)}`), (res, what) => (shows(200)(res, what), expect(res.body.totalResults, what).toBe(0))],
        ["find B's user by id", () => scimA.get(`/scim/v2/Users?filter=${encodeURIComponent(`id eq "${b.scimUserId}"`)}`), (res, what) => (shows(200)(res, what), expect(res.body.totalResults, what).toBe(0))],
        ['list every user', () => scimA.get('/scim/v2/Users?count=200'), shows(200)],
      ],
      'POST /scim/v2/Users': [
        [
          "B's userName in A (another account: a person of A's own, who echoes it)",
          () => scimA.post('/scim/v2/Users', { userName: b.scimUserName, externalId: 'x' }),
          (res, what) => {
            expect(res.status, `${what}: ${res.text}`).toBe(201);
            expect(res.body.id, what).not.toBe(b.scimUserId);
            expect(secrets.filter((x) => x !== b.scimUserName && res.text.includes(x)), what).toEqual([]);
          },
        ],
      ],
      'GET /scim/v2/Users/{id}': [
        ["B's provisioned user", () => scimA.get(`/scim/v2/Users/${b.scimUserId}`), scimNotFound],
        ["B's SSO user", () => scimA.get(`/scim/v2/Users/${b.ssoUserId}`), scimNotFound],
      ],
      'PUT /scim/v2/Users/{id}': [["replace B's user", () => scimA.put(`/scim/v2/Users/${b.scimUserId}`, { userName: 'taken-over@a-sso.example' }), scimNotFound]],
      'PATCH /scim/v2/Users/{id}': [["deactivate B's user", () => scimA.patch(`/scim/v2/Users/${b.scimUserId}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { active: false } }] }), scimNotFound]],
      'DELETE /scim/v2/Users/{id}': [["delete B's user", () => scimA.del(`/scim/v2/Users/${b.scimUserId}`), scimNotFound]],
      'GET /scim/v2/Groups': [
        ["find B's group by displayName", () => scimA.get(`/scim/v2/Groups?filter=${encodeURIComponent('displayName eq "team-b"')}`), (res, what) => (shows(200)(res, what), expect(res.body.totalResults, what).toBe(0))],
        ['list every group', () => scimA.get('/scim/v2/Groups'), shows(200)],
      ],
      'POST /scim/v2/Groups': [["a group of A with B's user as member", () => scimA.post('/scim/v2/Groups', { displayName: 'raid', members: [{ value: b.scimUserId }] }), scimRefused('invalidValue', b.scimUserId)]],
      'GET /scim/v2/Groups/{id}': [["B's group", () => scimA.get(`/scim/v2/Groups/${b.scimGroupId}`), scimNotFound]],
      'PUT /scim/v2/Groups/{id}': [["replace B's group", () => scimA.put(`/scim/v2/Groups/${b.scimGroupId}`, { displayName: 'taken', members: [] }), scimNotFound]],
      'PATCH /scim/v2/Groups/{id}': [
        ["rename B's group", () => scimA.patch(`/scim/v2/Groups/${b.scimGroupId}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'replace', value: { id: b.scimGroupId, displayName: 'taken' } }] }), scimNotFound],
        [
          "add B's user to A's group",
          () => scimA.patch(`/scim/v2/Groups/${a.scimGroupId}`, { schemas: ['urn:ietf:params:scim:api:messages:2.0:PatchOp'], Operations: [{ op: 'add', path: 'members', value: [{ value: b.scimUserId }] }] }),
          scimRefused('invalidValue', b.scimUserId),
        ],
      ],
      'DELETE /scim/v2/Groups/{id}': [["delete B's group", () => scimA.del(`/scim/v2/Groups/${b.scimGroupId}`), scimNotFound]],
      'GET /scim/v2/ServiceProviderConfig': [['the configuration', () => scimA.get('/scim/v2/ServiceProviderConfig'), shows(200)]],
      'GET /scim/v2/ResourceTypes': [['the resource types', () => scimA.get('/scim/v2/ResourceTypes'), shows(200)]],
      'GET /scim/v2/ResourceTypes/{id}': [['the User type', () => scimA.get('/scim/v2/ResourceTypes/User'), shows(200)]],
      'GET /scim/v2/Schemas': [['the schemas', () => scimA.get('/scim/v2/Schemas'), shows(200)]],
      'GET /scim/v2/Schemas/{id}': [['the User schema', () => scimA.get('/scim/v2/Schemas/urn:ietf:params:scim:schemas:core:2.0:User'), shows(200)]],
      // SSO, public: a device's code, and the browser's side of a sign-in
      'POST /v1/client/sso/activate': [
        ["redeem B's sign-in code with A's verifier", () => anon.post('/v1/client/sso/activate', { code: b.ssoCode, codeVerifier: a.ssoVerifier, ...device('a-sso') }), refused(400, 'SSO_CODE_INVALID')],
      ],
      'GET /sso/activate': [
        ["A's product for a person of B's domain", () => anon.get(activateUrl({ product: a.productCode, email: b.ssoEmail, codeChallenge: pkce().codeChallenge })), refused(404, 'SSO_NOT_CONFIGURED')],
      ],
      'GET /sso/console': [["an address of B's pending (unverified) domain", () => anon.get(`/sso/console?email=${encodeURIComponent('someone@b-corp.example')}`), refused(404, 'SSO_NOT_CONFIGURED')]],
      'GET /sso/saml/{accountId}/metadata': [
        [
          "B's service-provider metadata (public: the identity provider reads it), which names B's addresses and nothing else of B",
          () => anon.get(`/sso/saml/${b.accountId}/metadata`),
          (res, what) => {
            expect(res.status, `${what}: ${res.text}`).toBe(200);
            expect(secrets.filter((x) => x !== b.accountId && res.text.includes(x)), what).toEqual([]);
          },
        ],
      ],
      'POST /sso/saml/{accountId}/acs': [
        [
          "A's provider's signed answer to A's sign-in, posted to B's ACS",
          async () => {
            const start = await anon.get(activateUrl({ product: a.productCode, email: a.ssoEmail, codeChallenge: pkce().codeChallenge }));
            expect(start.status, start.text).toBe(302);
            const post = await a.idp.saml!.respond(String(start.headers.location), { email: a.ssoEmail });
            const form = new URLSearchParams({ SAMLResponse: post.SAMLResponse, RelayState: post.RelayState ?? '' }).toString();
            return anon.post(`/sso/saml/${b.accountId}/acs`, form, { 'content-type': 'application/x-www-form-urlencoded' });
          },
          refused(400, 'SSO_REQUEST_UNKNOWN'),
        ],
      ],
      'GET /sso/oidc/{accountId}/callback': [
        [
          "the state of A's sign-in at B's callback",
          async () => {
            const start = await anon.get(activateUrl({ product: a.productCode, email: a.ssoEmail, codeChallenge: pkce().codeChallenge }));
            const relayState = new URL(String(start.headers.location)).searchParams.get('RelayState');
            expect(relayState).toBeTruthy();
            return anon.get(`/sso/oidc/${b.accountId}/callback?state=${encodeURIComponent(relayState!)}&code=made-up`);
          },
          refused(400, 'SSO_REQUEST_UNKNOWN'),
        ],
      ],
    };

    // Every route has its cases, and no case names a route that is gone; an operator route refuses A outright.
    const table = routeTable(server.app);
    expect(Object.keys(cases).sort(), 'routes without a case here (or cases of no route)').toEqual(table.map((r) => r.key).filter((k) => !NOT_SWEPT.has(k)).sort());
    expect(table.filter((r) => NOT_SWEPT.has(r.key)).map((r) => r.key).sort(), 'NOT_SWEPT names a route that is gone').toEqual([...NOT_SWEPT].sort());
    for (const r of table) if (r.access === 'operator') for (const [what, , check] of cases[r.key]!) expect(check, `${r.key} (${what}) is the operator's`).toBe(forbidden);

    for (const [key, calls] of Object.entries(cases)) for (const [what, call, check] of calls) check(await call(), `${key}: ${what}`);

    // The same answer as for ids that do not exist at all.
    const missing = '0190f5c2-0000-7000-8000-000000000000';
    expectNotFound(await asA.get(`/v1/keys/${missing}`), 'KEY_NOT_FOUND', 'missing key');
    expectNotFound(await asA.get(`/v1/subscriptions/${missing}`), 'SUBSCRIPTION_NOT_FOUND', 'missing subscription');
    expectNotFound(await asA.get(`/v1/activations/${missing}`), 'ACTIVATION_NOT_FOUND', 'missing activation');
    expectNotFound(await asA.get(`/v1/members/${missing}`), 'MEMBER_NOT_FOUND', 'missing member');
    expectNotFound(await asA.get(`/v1/invitations/${missing}`), 'INVITATION_NOT_FOUND', 'missing invitation');
    expectNotFound(await asA.post(`/v1/domains/${missing}/verify`), 'DOMAIN_NOT_FOUND', 'missing domain');
    expectNotFound(await asA.get(`/v1/sso-users/${missing}`), 'SSO_USER_NOT_FOUND', 'missing SSO user');

    // Nothing of B changed, and B's devices, token and member still work.
    expect(await snapshot(operator, b)).toEqual(before);
    expect(bPrimary.key).toBe(b.primaryKey);
    expect(before.keys.find((k: any) => k.id === b.keyId).key).toBe(b.key);
    expect(before.subscription.seats).toMatchObject({ used: 1 });
    expect((await anon.post('/v1/client/check-in', { activationId: b.activationId, fingerprint: 'fp-b-1' })).status).toBe(200);
    expect((await operator.as(b.adminToken).get(`/v1/subscriptions/${b.subscriptionId}`)).status).toBe(200);
    expect((await anon.post('/v1/session', { email: b.memberEmail, password: b.password })).status).toBe(200);
    expect((await operator.as(b.adminToken).get(`/v1/sso-users/${b.ssoUserId}`)).body.status).toBe('active');
  });

  it("never lists another account's rows", async () => {
    const bIds = new Set([b.accountId, b.subscriptionId, b.keyId, b.primaryKeyId, b.activationId, b.blacklistId, b.tokenId, b.ssoUserId, b.ssoEmail]);
    const leaks = (body: unknown) => {
      const text = JSON.stringify(body);
      return [...bIds].filter((id) => text.includes(id));
    };

    const accounts = await asA.get('/v1/accounts');
    expect(accounts.status).toBe(200);
    expect(accounts.body.data.map((x: any) => x.id)).toEqual([a.accountId]);

    for (const url of ['/v1/subscriptions', `/v1/subscriptions?accountId=${b.accountId}`, '/v1/subscriptions?status=active']) {
      const subs = await asA.get(url);
      expect(subs.status, url).toBe(200);
      expect(subs.body.data.map((s: any) => s.id), url).toEqual([a.subscriptionId]);
    }

    for (const url of ['/v1/events?limit=500', `/v1/events?accountId=${b.accountId}&limit=500`, `/v1/events?targetId=${b.keyId}`, '/v1/events?action=key.*&limit=500']) {
      const events = await asA.get(url);
      expect(events.status, url).toBe(200);
      expect(events.body.data.every((e: any) => e.accountId === a.accountId), url).toBe(true);
      expect(leaks(events.body), url).toEqual([]);
    }
    const ownEvents = (await asA.get('/v1/events?limit=500')).body.data;
    expect(ownEvents.length).toBeGreaterThan(0);
    // The operator sees B's events; A's token, none.
    expect((await operator.get(`/v1/events?targetId=${b.keyId}`)).body.data.length).toBeGreaterThan(0);
    expect((await asA.get(`/v1/events?targetId=${b.keyId}`)).body.data).toEqual([]);

    for (const url of [
      `/v1/subscriptions/${a.subscriptionId}/keys`,
      `/v1/subscriptions/${a.subscriptionId}/activations?status=all`,
      `/v1/subscriptions/${a.subscriptionId}/blacklist`,
      `/v1/accounts/${a.accountId}/tokens`,
      `/v1/accounts/${a.accountId}/sso-users`,
    ]) {
      const res = await asA.get(url);
      expect(res.status, url).toBe(200);
      expect(res.body.data.length, url).toBeGreaterThan(0);
      expect(leaks(res.body), url).toEqual([]);
    }
    const csv = await asA.get(`/v1/subscriptions/${a.subscriptionId}/activations.csv?status=all`);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('laptop-a-1');
    expect(csv.text).not.toContain('laptop-b-');
    expect(leaks(csv.text)).toEqual([]);
  });

  it('keeps the same fingerprint apart on two accounts', async () => {
    // A device blacklisted on B can still activate on A: blacklists are per subscription.
    const onA = await operator.as(null).post('/v1/client/activate', { key: a.primaryKey, ...device('b-2') });
    expect(onA.status).toBe(201);
    expect(onA.body.activation.subscriptionId).toBe(a.subscriptionId);
    const onB = await operator.as(null).post('/v1/client/activate', { key: b.primaryKey, ...device('b-2') });
    expect(onB.body.error.code).toBe('DEVICE_BLACKLISTED');
  });

  it('refuses an account token on operator routes with 403 FORBIDDEN', async () => {
    const before = await snapshot(operator, a);
    const calls: [string, () => Promise<Answer>][] = [
      ['POST /v1/products', () => asA.post('/v1/products', { code: 'sneaky', name: 'Sneaky' })],
      ['PATCH /v1/products/{id}', () => asA.patch(`/v1/products/${before.subscription.product.id}`, { name: 'Renamed' })],
      ['POST /v1/accounts', () => asA.post('/v1/accounts', { name: 'Another' })],
      ['POST /v1/accounts/{id}/subscriptions', () => asA.post(`/v1/accounts/${a.accountId}/subscriptions`, { product: before.subscription.product.code, seats: 100, expiresAt: '2031-01-01T00:00:00Z' })],
      ['PATCH own subscription', () => asA.patch(`/v1/subscriptions/${a.subscriptionId}`, { seats: 500 })],
      ["PATCH B's subscription", () => asA.patch(`/v1/subscriptions/${b.subscriptionId}`, { seats: 500 })],
      ['POST own tokens', () => asA.post(`/v1/accounts/${a.accountId}/tokens`, { name: 'more' })],
      ["POST B's tokens", () => asA.post(`/v1/accounts/${b.accountId}/tokens`, { name: 'into B' })],
      ['POST /v1/signing-keys/rotate', () => asA.post('/v1/signing-keys/rotate')],
    ];
    for (const [what, call] of calls) {
      const res = await call();
      expect(res.status, `${what}: ${res.text}`).toBe(403);
      expect(res.body.error.code, what).toBe('FORBIDDEN');
    }
    expect(await snapshot(operator, a)).toEqual(before);
    expect((await operator.get('/v1/products')).body.data.map((p: any) => p.code)).not.toContain('sneaky');
    expect((await operator.get('/v1/accounts')).body.data).toHaveLength(2);
    expect((await operator.get(`/v1/accounts/${b.accountId}/tokens`)).body.data).toHaveLength(1);
  });

  it('refuses a missing, malformed, unknown or revoked token with 401 UNAUTHORIZED', async () => {
    const url = `/v1/subscriptions/${a.subscriptionId}`;
    const unauthorized = async (res: Answer, what: string) => {
      expect(res.status, what).toBe(401);
      expect(res.body.error.code, what).toBe('UNAUTHORIZED');
    };
    await unauthorized(await operator.as(null).get(url), 'no token');
    await unauthorized(await operator.as('allot_not-a-real-token-at-all-000000000000000000').get(url), 'unknown token');
    await unauthorized(await operator.as('garbage').get(url), 'garbage token');
    await unauthorized(await operator.as(a.adminToken + 'x').get(url), 'token with an extra character');
    await unauthorized(await operator.as(a.adminToken.slice(0, -1)).get(url), 'token missing a character');
    await unauthorized(await operator.as(null).get(url, { authorization: `Basic ${a.adminToken}` }), 'Basic scheme');
    await unauthorized(await operator.as(null).get(url, { authorization: a.adminToken }), 'no scheme');
    await unauthorized(await operator.as(null).post('/v1/products', { code: 'x', name: 'X' }), 'operator route, no token');
    await unauthorized(await operator.as('test-operator-token-0123456789x').post('/v1/signing-keys/rotate'), 'almost the operator token');

    expect((await asA.get(url)).status).toBe(200);
    const revoked = await asA.del(`/v1/tokens/${a.tokenId}`);
    expect(revoked.status).toBe(200);
    expect(revoked.body.revokedAt).not.toBeNull();
    await unauthorized(await asA.get(url), 'revoked token');
    await unauthorized(await asA.get(`/v1/accounts/${a.accountId}`), 'revoked token, account');
    await unauthorized(await asA.del(`/v1/tokens/${a.tokenId}`), 'revoked token, revoke again');
    // B is untouched.
    expect((await operator.as(b.adminToken).get(`/v1/subscriptions/${b.subscriptionId}`)).status).toBe(200);
  });
});
