/**
 * Issue 14: a key's policy (its own, or the account default, the primary key's, that it
 * inherits) reaches its devices in their certificates, at activation (key, invitation code, SSO)
 * and at their next check-in after a change (policyChanged), on both dialects.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { apiClient, ok, refused, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { claimsOf, connectIdp, deviceSignIn, ssoActivate, ssoScene, type ConnectedIdp, type SsoScene } from '../helpers/sso.ts';

const DEFAULTS = {
  corporateVmsOnly: false,
  oneCorporateVmPerUser: false,
  preventVmRemoval: false,
  blockMajorUpgrades: false,
  lockVmConfiguration: false,
  showDeveloperTools: true,
  disableToolsAutoUpdate: false,
  vmStartup: 'manual',
  network: 'shared',
};
const STRICT = { ...DEFAULTS, corporateVmsOnly: true, preventVmRemoval: true, showDeveloperTools: false, vmStartup: 'background', network: 'host-only' };
const IMAGE = {
  name: 'Corporate Windows 11',
  description: 'The VM IT supports',
  images: { appleSilicon: { url: 'https://images.example.com/win11-arm.pvmp', sha256: 'AB'.repeat(32) } },
};


describe.each(dialects())('policies on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let admin: Api;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
    admin = api.as(seed.adminToken);
  });
  afterEach(() => server.close());

  const newKey = async (name: string) => ok(await createKey(admin, seed.subscriptionId, { name, type: 'dynamic', maxSeats: 3 }), 201);
  const checkIn = async (activationId: string, fingerprint: string) =>
    ok(await api.as(null).post('/v1/client/check-in', { activationId, fingerprint })) as { certificate: string; policyChanged: boolean };
  const events = async (action: string) => ok(await admin.get(`/v1/events?action=${action}`)).data as any[];

  it('starts from the defaults (version 1): the primary key has them as the account default, a sublicense key inherits them', async () => {
    const primary = ok(await admin.get(`/v1/keys/${seed.primaryKeyId}/policy`));
    expect(primary).toEqual({ keyId: seed.primaryKeyId, policy: { version: 1, inherited: false, ...DEFAULTS }, accountDefault: { version: 1, inherited: false, ...DEFAULTS }, updatedAt: null });
    const key = await newKey('Engineering');
    expect(key).toMatchObject({ ownPolicy: false, goldenImageId: null });
    expect(ok(await admin.get(`/v1/keys/${key.id}/policy`))).toEqual({ keyId: key.id, policy: { version: 1, inherited: true, ...DEFAULTS }, accountDefault: { version: 1, inherited: false, ...DEFAULTS }, updatedAt: null });

    const activated = ok(await activate(api, key.key, 1), 201);
    expect(claimsOf(activated.certificate)).toMatchObject({ policy: { version: 1, inherited: true, ...DEFAULTS }, goldenImage: null });
  });

  it('delivers a key policy and golden image at activation with the key, and a change at the next check-in (policyChanged)', async () => {
    const key = await newKey('Engineering');
    const image = ok(await admin.post(`/v1/accounts/${seed.accountId}/golden-images`, IMAGE), 201);
    const set = ok(await admin.put(`/v1/keys/${key.id}/policy`, STRICT));
    expect(set.policy).toEqual({ version: 2, inherited: false, ...STRICT });
    expect(set.updatedAt).toEqual(expect.any(String));
    expect(ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: image.id }))).toMatchObject({ goldenImageId: image.id, ownPolicy: true });

    const activated = ok(await activate(api, key.key, 1), 201);
    const claims = claimsOf(activated.certificate);
    expect(claims.policy).toEqual({ version: 2, inherited: false, ...STRICT });
    expect(claims.goldenImage).toEqual({
      id: image.id,
      name: IMAGE.name,
      description: IMAGE.description,
      images: { appleSilicon: { url: IMAGE.images.appleSilicon.url, sha256: 'ab'.repeat(32) }, intel: null },
    });
    const activationId = activated.activation.id;

    // Nothing changed: the same version, policyChanged false.
    const same = await checkIn(activationId, 'fp-1');
    expect(same.policyChanged).toBe(false);
    expect(claimsOf(same.certificate).policy.version).toBe(2);

    // A change reaches the device at its next check-in, once.
    const changed = ok(await admin.put(`/v1/keys/${key.id}/policy`, { ...STRICT, network: 'bridged' }));
    expect(changed.policy.version).toBe(3);
    expect(claimsOf(same.certificate).policy.network).toBe('host-only');
    const next = await checkIn(activationId, 'fp-1');
    expect(next.policyChanged).toBe(true);
    expect(claimsOf(next.certificate).policy).toEqual({ version: 3, inherited: false, ...STRICT, network: 'bridged' });
    expect((await checkIn(activationId, 'fp-1')).policyChanged).toBe(false);

    // Sending the policy the key has changes nothing: no new version, no event.
    expect(ok(await admin.put(`/v1/keys/${key.id}/policy`, { ...STRICT, network: 'bridged' })).policy.version).toBe(3);
    const recorded = await events('key.policy_changed');
    expect(recorded).toHaveLength(2);
    expect(recorded.map((e) => [e.target.id, e.before.version, e.after.version])).toEqual(
      expect.arrayContaining([
        [key.id, 1, 2],
        [key.id, 2, 3],
      ]),
    );
    const first = recorded.find((e) => e.after.version === 2);
    expect(first.before).toEqual({ name: 'Engineering', version: 1, inherited: true, ...DEFAULTS });
    expect(first.after).toEqual({ name: 'Engineering', version: 2, inherited: false, ...STRICT });
  });

  it('gives a key without its own policy the account default, follows the default as it changes, and DELETE goes back to inheriting', async () => {
    const inheriting = await newKey('Sales');
    const own = await newKey('Engineering');
    ok(await admin.put(`/v1/keys/${own.id}/policy`, STRICT));
    const a = ok(await activate(api, inheriting.key, 1), 201);
    const b = ok(await activate(api, own.key, 2), 201);
    expect(claimsOf(a.certificate).policy).toEqual({ version: 1, inherited: true, ...DEFAULTS });

    // The primary key's policy is the account default.
    const lockdown = { ...DEFAULTS, blockMajorUpgrades: true, lockVmConfiguration: true };
    const def = ok(await admin.put(`/v1/keys/${seed.primaryKeyId}/policy`, lockdown));
    expect(def.policy).toEqual({ version: 2, inherited: false, ...lockdown });
    expect(ok(await admin.get(`/v1/keys/${inheriting.id}/policy`))).toMatchObject({ policy: { version: 2, inherited: true, ...lockdown }, accountDefault: { version: 2, ...lockdown } });
    const ca = await checkIn(a.activation.id, 'fp-1');
    expect(ca.policyChanged).toBe(true);
    expect(claimsOf(ca.certificate).policy).toEqual({ version: 2, inherited: true, ...lockdown });
    // A key with its own policy does not follow the default.
    const cb = await checkIn(b.activation.id, 'fp-2');
    expect(cb.policyChanged).toBe(false);
    expect(claimsOf(cb.certificate).policy).toEqual({ version: 2, inherited: false, ...STRICT });

    // Back to inheriting: the default's settings, a version that does not go back.
    ok(await admin.put(`/v1/keys/${own.id}/policy`, { ...STRICT, network: 'disconnect' })); // version 3
    ok(await admin.put(`/v1/keys/${own.id}/policy`, { ...STRICT, network: 'shared' })); // version 4
    await checkIn(b.activation.id, 'fp-2');
    const back = ok(await admin.del(`/v1/keys/${own.id}/policy`));
    expect(back.policy).toMatchObject({ inherited: true, ...lockdown });
    expect(back.policy.version).toBeGreaterThan(4);
    expect(ok(await admin.get(`/v1/keys/${own.id}`)).ownPolicy).toBe(false);
    const cb2 = await checkIn(b.activation.id, 'fp-2');
    expect(cb2.policyChanged).toBe(true);
    expect(claimsOf(cb2.certificate).policy).toEqual(back.policy);
    // …and still follows the default from there on.
    ok(await admin.put(`/v1/keys/${seed.primaryKeyId}/policy`, DEFAULTS));
    const cb3 = await checkIn(b.activation.id, 'fp-2');
    expect(cb3.policyChanged).toBe(true);
    expect(claimsOf(cb3.certificate).policy.version).toBeGreaterThan(back.policy.version);
    expect(claimsOf(cb3.certificate).policy).toMatchObject({ inherited: true, ...DEFAULTS });
    // Removing a policy the key does not have changes nothing.
    const again = ok(await admin.del(`/v1/keys/${own.id}/policy`));
    expect(again.policy.version).toBe(claimsOf(cb3.certificate).policy.version);

    // The primary key's policy is the default: it cannot be removed.
    refused(await admin.del(`/v1/keys/${seed.primaryKeyId}/policy`), 409, 'PRIMARY_KEY_IMMUTABLE');
    expect(ok(await admin.get(`/v1/keys/${seed.primaryKeyId}`)).ownPolicy).toBe(true);
  });

  it('delivers the policy and golden image to a device activated with an invitation code', async () => {
    const key = await newKey('Contractors');
    const image = ok(await admin.post(`/v1/accounts/${seed.accountId}/golden-images`, { name: 'Intel VM', images: { intel: { url: 'https://x.example/intel.pvmp', sha256: 'c'.repeat(64) } } }), 201);
    ok(await admin.put(`/v1/keys/${key.id}/policy`, STRICT));
    ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: image.id }));
    const invited = ok(await admin.post(`/v1/keys/${key.id}/invitations`, { emails: ['ana@example.com'] }), 201);
    const code = invited.data[0].code as string;
    const activated = ok(await api.as(null).post('/v1/client/activate', { key: code, fingerprint: 'fp-inv', device: { name: 'ana-laptop', os: 'macOS 15' } }), 201);
    const claims = claimsOf(activated.certificate);
    expect(claims).toMatchObject({ keyId: key.id, activationType: 'LIC_KEY' });
    expect(claims.user).toBeUndefined();
    expect(claims.policy).toEqual({ version: 2, inherited: false, ...STRICT });
    expect(claims.goldenImage).toEqual({ id: image.id, name: 'Intel VM', description: null, images: { appleSilicon: null, intel: { url: 'https://x.example/intel.pvmp', sha256: 'c'.repeat(64) } } });
    const next = await checkIn(activated.activation.id, 'fp-inv');
    expect(next.policyChanged).toBe(false);
  });

  it('refuses bad policies with a 4xx and a code, and changes nothing', async () => {
    const key = await newKey('Engineering');
    const before = ok(await admin.get(`/v1/keys/${key.id}/policy`));
    const unknownField = refused(await admin.put(`/v1/keys/${key.id}/policy`, { ...STRICT, allowUsb: true }), 400, 'INVALID_REQUEST');
    expect(JSON.stringify(unknownField.details)).toContain('allowUsb');
    refused(await admin.put(`/v1/keys/${key.id}/policy`, { ...STRICT, network: 'wifi' }), 400, 'INVALID_REQUEST');
    refused(await admin.put(`/v1/keys/${key.id}/policy`, { ...STRICT, corporateVmsOnly: 'yes' }), 400, 'INVALID_REQUEST');
    const { vmStartup: _dropped, ...partial } = STRICT;
    const missing = refused(await admin.put(`/v1/keys/${key.id}/policy`, partial), 400, 'INVALID_REQUEST');
    expect(JSON.stringify(missing.details)).toContain('vmStartup');
    refused(await admin.put(`/v1/keys/${key.id}/policy`, [STRICT]), 400, 'INVALID_REQUEST');
    expect(ok(await admin.get(`/v1/keys/${key.id}/policy`))).toEqual(before);
    expect(await events('key.policy_changed')).toEqual([]);

    // Another account's key is not found; a License Administrator reads their key's policy but cannot change it.
    const other = await seedSubscription(api, 2);
    refused(await api.as(other.adminToken).get(`/v1/keys/${key.id}/policy`), 404, 'KEY_NOT_FOUND');
    refused(await api.as(other.adminToken).put(`/v1/keys/${key.id}/policy`, STRICT), 404, 'KEY_NOT_FOUND');
    const lee = ok(await api.post(`/v1/accounts/${seed.accountId}/tokens`, { name: 'lee', role: 'license_admin', keyIds: [key.id] }), 201);
    expect(ok(await api.as(lee.token).get(`/v1/keys/${key.id}/policy`))).toEqual(before);
    refused(await api.as(lee.token).put(`/v1/keys/${key.id}/policy`, STRICT), 403, 'FORBIDDEN');
    refused(await api.as(lee.token).del(`/v1/keys/${key.id}/policy`), 403, 'FORBIDDEN');
    refused(await api.as(lee.token).get(`/v1/keys/${seed.primaryKeyId}/policy`), 404, 'KEY_NOT_FOUND');
    expect(ok(await admin.get(`/v1/keys/${key.id}/policy`))).toEqual(before);
  });
});

describe.each(dialects())('policies for SSO devices on %s', (dialect) => {
  let scene: SsoScene;
  let idp: ConnectedIdp;

  beforeAll(async () => {
    scene = await ssoScene(dialect, 10);
    idp = await connectIdp(scene.server, scene.admin, scene.acme.accountId, 'saml');
  });
  afterAll(async () => {
    await idp?.close();
    await scene?.close();
  });

  it('delivers the policy and golden image of the key a person’s groups map to, and a change at the next check-in', async () => {
    const { admin, operator, acme, server } = scene;
    const key = ok(await createKey(admin, acme.subscriptionId, { name: 'Engineers', type: 'dynamic', maxSeats: 5 }), 201);
    ok(await admin.patch(`/v1/keys/${key.id}`, { ssoGroups: ['Engineers'] }));
    const image = ok(await admin.post(`/v1/accounts/${acme.accountId}/golden-images`, IMAGE), 201);
    ok(await admin.put(`/v1/keys/${key.id}/policy`, STRICT));
    ok(await admin.patch(`/v1/keys/${key.id}`, { goldenImageId: image.id }));

    const signIn = await deviceSignIn(server, idp, scene.product, { email: 'eve@acme.example', name: 'Eve', groups: ['Engineers'] });
    const activated = ok(await ssoActivate(operator, signIn, 1), 201);
    const claims = claimsOf(activated.certificate);
    expect(claims).toMatchObject({ activationType: 'SSO', keyId: key.id, user: { email: 'eve@acme.example' } });
    expect(claims.policy).toEqual({ version: 2, inherited: false, ...STRICT });
    expect(claims.goldenImage).toMatchObject({ id: image.id, name: IMAGE.name, images: { appleSilicon: { sha256: 'ab'.repeat(32) }, intel: null } });

    const checkIn = async () => ok(await operator.as(null).post('/v1/client/check-in', { activationId: activated.activation.id, fingerprint: 'sso-fp-1' }));
    expect((await checkIn()).policyChanged).toBe(false);
    ok(await admin.del(`/v1/keys/${key.id}/policy`));
    const next = await checkIn();
    expect(next.policyChanged).toBe(true);
    expect(claimsOf(next.certificate).policy).toMatchObject({ inherited: true, ...DEFAULTS });
    expect(claimsOf(next.certificate).policy.version).toBeGreaterThan(2);
  });
});
