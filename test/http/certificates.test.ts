import { randomBytes } from 'node:crypto';
import { createLocalJWKSet, decodeProtectedHeader, jwtVerify, type JSONWebKeySet } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DAY_MS, SECOND_MS } from '../../src/domain/time.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

/** The keyring re-reads the signing keys after this much clock time (src/app/signing-keyring.ts). */
const KEYRING_REFRESH_MS = 30 * SECOND_MS;
const CHECK_IN_INTERVAL_MS = 7 * DAY_MS;

const iso = (ms: number) => new Date(ms).toISOString();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64url');

describe.each(dialects())('device certificates on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect);
    api = apiClient(server.app);
    seed = await seedSubscription(api, 5);
  });
  afterEach(() => server.close());

  const jwks = async (on: Api = api): Promise<JSONWebKeySet> => {
    const res = await on.as(null).get('/.well-known/jwks.json');
    expect(res.status).toBe(200);
    return res.body;
  };
  const kids = async (on: Api = api) => (await jwks(on)).keys.map((k) => k.kid);
  /** Verifies as a client would, offline, at the server's (test) clock. */
  const verify = async (certificate: string, set?: JSONWebKeySet) =>
    jwtVerify(certificate, createLocalJWKSet(set ?? (await jwks())), { algorithms: ['EdDSA'], currentDate: new Date(server.clock.t) });
  const verifies = async (certificate: string, set?: JSONWebKeySet) =>
    verify(certificate, set).then(
      () => true,
      () => false,
    );
  const checkIn = (activationId: string, fingerprint: string) => api.as(null).post('/v1/client/check-in', { activationId, fingerprint });

  it('signs the activation and check-in certificates with EdDSA under a published kid, with the documented claims', async () => {
    const dyn = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 2 });
    const activated = await activate(api, dyn.body.key, 1);
    expect(activated.status).toBe(201);
    const issuedAt = server.clock.t;
    const activationId = activated.body.activation.id;

    const header = decodeProtectedHeader(activated.body.certificate);
    expect(header.alg).toBe('EdDSA');
    expect(header.kid).toEqual(expect.any(String));
    expect(await kids()).toContain(header.kid);

    const { payload, protectedHeader } = await verify(activated.body.certificate);
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', kid: header.kid });
    expect(payload).toMatchObject({
      sub: activationId,
      subscriptionId: seed.subscriptionId,
      accountId: seed.accountId,
      keyId: dyn.body.id,
      keyType: 'dynamic',
      fingerprint: 'fp-1',
      activationType: 'LIC_KEY',
      iat: Math.floor(issuedAt / 1000),
      checkInBy: Math.floor((issuedAt + CHECK_IN_INTERVAL_MS) / 1000),
      exp: Math.floor((issuedAt + CHECK_IN_INTERVAL_MS) / 1000),
    });
    expect(activated.body.checkInBy).toBe(iso(issuedAt + CHECK_IN_INTERVAL_MS));

    server.clock.advance(DAY_MS);
    const checkedIn = await checkIn(activationId, 'fp-1');
    expect(checkedIn.status).toBe(200);
    const again = await verify(checkedIn.body.certificate);
    expect(again.protectedHeader).toMatchObject({ alg: 'EdDSA', kid: header.kid });
    expect(again.payload).toMatchObject({
      sub: activationId,
      subscriptionId: seed.subscriptionId,
      keyId: dyn.body.id,
      keyType: 'dynamic',
      fingerprint: 'fp-1',
      activationType: 'LIC_KEY',
      iat: Math.floor(server.clock.t / 1000),
      checkInBy: Math.floor((server.clock.t + CHECK_IN_INTERVAL_MS) / 1000),
      exp: Math.floor((server.clock.t + CHECK_IN_INTERVAL_MS) / 1000),
    });
    expect(checkedIn.body.checkInBy).toBe(iso(server.clock.t + CHECK_IN_INTERVAL_MS));

    // The primary key's certificate names its own key and type.
    const primary = await activate(api, seed.primaryKey, 2);
    expect((await verify(primary.body.certificate)).payload).toMatchObject({ keyId: seed.primaryKeyId, keyType: 'primary', fingerprint: 'fp-2' });
  });

  it('publishes public keys only: no private component in the JWKS', async () => {
    const set = await jwks();
    expect(set.keys.length).toBeGreaterThan(0);
    for (const k of set.keys) {
      expect(k).toMatchObject({ kty: 'OKP', crv: 'Ed25519', alg: 'EdDSA', kid: expect.any(String), x: expect.any(String) });
      expect(k).not.toHaveProperty('d');
    }
  });

  it('rejects a certificate with any one byte of its header, payload or signature changed', async () => {
    const certificate: string = (await activate(api, seed.primaryKey, 1)).body.certificate;
    const set = await jwks();
    expect(await verifies(certificate, set)).toBe(true);
    const segments = certificate.split('.');
    expect(segments).toHaveLength(3);
    let tried = 0;
    for (let s = 0; s < 3; s++) {
      const bytes = Buffer.from(segments[s]!, 'base64url');
      for (let i = 0; i < bytes.length; i++) {
        const changed = Uint8Array.from(bytes);
        changed[i] = changed[i]! ^ 0x01;
        const forged = segments.map((seg, j) => (j === s ? b64(changed) : seg)).join('.');
        expect(await verifies(forged, set), `segment ${s}, byte ${i}`).toBe(false);
        tried++;
      }
    }
    expect(tried).toBeGreaterThan(64 + 100);
    // A readable forgery: the same claims with another fingerprint, under the original signature.
    const payload = JSON.parse(Buffer.from(segments[1]!, 'base64url').toString('utf8'));
    const forged = [segments[0], b64(Buffer.from(JSON.stringify({ ...payload, fingerprint: 'fp-2' }))), segments[2]].join('.');
    expect(await verifies(forged, set)).toBe(false);
  });

  it('sets checkInBy 7 days after issue by default, and exp at the same instant', async () => {
    const a = await activate(api, seed.primaryKey, 1);
    expect(Date.parse(a.body.checkInBy) - server.clock.t).toBe(CHECK_IN_INTERVAL_MS);
    const { payload } = await verify(a.body.certificate);
    expect(payload.exp).toBe(payload.checkInBy);
    expect(payload.checkInBy).toBe(Math.floor(Date.parse(a.body.checkInBy) / 1000));
    // The certificate works offline until then, and not after.
    server.clock.advance(CHECK_IN_INTERVAL_MS - SECOND_MS);
    expect(await verifies(a.body.certificate)).toBe(true);
    server.clock.advance(SECOND_MS);
    expect(await verifies(a.body.certificate)).toBe(false);
  });

  it("never sets checkInBy after a sublicense key's own expiry", async () => {
    const t0 = server.clock.t;
    const keyExpiresAt = t0 + 3 * DAY_MS;
    const key = await createKey(api, seed.subscriptionId, { type: 'reserved', maxSeats: 2, expiresAt: iso(keyExpiresAt) });
    expect(key.status).toBe(201);
    const a = await activate(api, key.body.key, 1);
    expect(a.status).toBe(201);
    expect(a.body.checkInBy).toBe(iso(keyExpiresAt));
    expect((await verify(a.body.certificate)).payload).toMatchObject({ exp: keyExpiresAt / 1000, checkInBy: keyExpiresAt / 1000 });

    server.clock.advance(2 * DAY_MS + 12 * 3_600_000);
    const c = await checkIn(a.body.activation.id, 'fp-1');
    expect(c.status).toBe(200);
    expect(c.body.checkInBy).toBe(iso(keyExpiresAt));
    expect((await verify(c.body.certificate)).payload.exp).toBe(keyExpiresAt / 1000);

    // A dynamic key expiring later than one interval still gets the full interval.
    const later = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 1, expiresAt: iso(server.clock.t + 30 * DAY_MS) });
    const b = await activate(api, later.body.key, 2);
    expect(b.body.checkInBy).toBe(iso(server.clock.t + CHECK_IN_INTERVAL_MS));
  });

  it("never sets checkInBy after the subscription's expiry plus its grace period", async () => {
    const t0 = server.clock.t;
    const expiresAt = t0 + 10 * DAY_MS;
    const graceEnd = expiresAt + 2 * DAY_MS;
    const short = await seedSubscription(api, 3, { expiresAt: iso(expiresAt), gracePeriodDays: 2 });
    expect((await api.get(`/v1/subscriptions/${short.subscriptionId}`)).body.graceEndsAt).toBe(iso(graceEnd));

    // Well before the end: the full interval.
    const a = await activate(api, short.primaryKey, 1);
    expect(a.body.checkInBy).toBe(iso(t0 + CHECK_IN_INTERVAL_MS));

    // Within one interval of the end: the end of grace, on activation and on check-in.
    server.clock.advance(8 * DAY_MS);
    const b = await activate(api, short.primaryKey, 2);
    expect(b.status).toBe(201);
    expect(b.body.checkInBy).toBe(iso(graceEnd));
    expect((await verify(b.body.certificate)).payload).toMatchObject({ exp: graceEnd / 1000, checkInBy: graceEnd / 1000 });
    const c = await checkIn(a.body.activation.id, 'fp-1');
    expect(c.status).toBe(200);
    expect(c.body.checkInBy).toBe(iso(graceEnd));

    // A sublicense key that expires with the subscription follows it, grace included.
    const key = await createKey(api, short.subscriptionId, { type: 'dynamic', maxSeats: 1 });
    const d = await activate(api, key.body.key, 3);
    expect(d.body.checkInBy).toBe(iso(graceEnd));
  });

  it('activates a subscription in its grace period with the warning SUBSCRIPTION_IN_GRACE', async () => {
    const expiresAt = server.clock.t + 5 * DAY_MS;
    const short = await seedSubscription(api, 3, { expiresAt: iso(expiresAt) });
    server.clock.advance(6 * DAY_MS);
    expect((await api.get(`/v1/subscriptions/${short.subscriptionId}`)).body.status).toBe('grace');

    const a = await activate(api, short.primaryKey, 1);
    expect(a.status).toBe(201);
    expect(a.body.warnings).toEqual(['SUBSCRIPTION_IN_GRACE']);
    expect(await verifies(a.body.certificate)).toBe(true);
    const c = await checkIn(a.body.activation.id, 'fp-1');
    expect(c.status).toBe(200);
    expect(c.body.warnings).toEqual(['SUBSCRIPTION_IN_GRACE']);

    // An active subscription far from expiry has no warning.
    expect((await activate(api, seed.primaryKey, 9)).body.warnings).toEqual([]);
  });

  it('rotates the signing key: the new kid signs, the old one stays published for one check-in interval', async () => {
    const before = await activate(api, seed.primaryKey, 1);
    const oldKid = decodeProtectedHeader(before.body.certificate).kid!;
    expect(await kids()).toEqual([oldKid]);

    const rotated = await api.post('/v1/signing-keys/rotate');
    expect(rotated.status).toBe(201);
    expect(rotated.body).toMatchObject({ kid: expect.any(String), retired: [oldKid] });
    const newKid = rotated.body.kid;
    expect(newKid).not.toBe(oldKid);
    const rotatedAt = server.clock.t;

    // New certificates: the new kid. Both keys are published; the old certificate still verifies.
    const after = await activate(api, seed.primaryKey, 2);
    expect(decodeProtectedHeader(after.body.certificate).kid).toBe(newKid);
    const checkedIn = await checkIn(before.body.activation.id, 'fp-1');
    expect(decodeProtectedHeader(checkedIn.body.certificate).kid).toBe(newKid);
    expect((await kids()).sort()).toEqual([oldKid, newKid].sort());
    expect(await verifies(before.body.certificate)).toBe(true);
    expect(await verifies(after.body.certificate)).toBe(true);

    // Past the keyring's cache, still both.
    server.clock.advance(KEYRING_REFRESH_MS + SECOND_MS);
    expect((await kids()).sort()).toEqual([oldKid, newKid].sort());
    expect(await verifies(before.body.certificate)).toBe(true);

    // Just before the window closes: the old kid is still there.
    server.clock.t = rotatedAt + CHECK_IN_INTERVAL_MS - SECOND_MS;
    expect((await kids()).sort()).toEqual([oldKid, newKid].sort());

    // After it: gone; certificates of the new key verify, the new key still signs.
    server.clock.t = rotatedAt + CHECK_IN_INTERVAL_MS + KEYRING_REFRESH_MS + SECOND_MS;
    expect(await kids()).toEqual([newKid]);
    const late = await checkIn(before.body.activation.id, 'fp-1');
    expect(late.status).toBe(200);
    expect(decodeProtectedHeader(late.body.certificate).kid).toBe(newKid);
    expect(await verifies(late.body.certificate)).toBe(true);
  });

  it('retires each rotated-out kid on its own schedule over successive rotations', async () => {
    const t0 = server.clock.t;
    const [k1] = await kids();
    const c1 = (await activate(api, seed.primaryKey, 1)).body.certificate;
    const k2 = (await api.post('/v1/signing-keys/rotate')).body.kid;
    const c2 = (await activate(api, seed.primaryKey, 2)).body.certificate;
    server.clock.advance(3 * DAY_MS);
    const k3 = (await api.post('/v1/signing-keys/rotate')).body.kid;
    const c3 = (await activate(api, seed.primaryKey, 3)).body.certificate;
    expect([k1, k2, k3].map((k) => typeof k)).toEqual(['string', 'string', 'string']);
    expect(decodeProtectedHeader(c1).kid).toBe(k1);
    expect(decodeProtectedHeader(c2).kid).toBe(k2);
    expect(decodeProtectedHeader(c3).kid).toBe(k3);
    expect((await kids()).sort()).toEqual([k1, k2, k3].sort());
    expect(await verifies(c2)).toBe(true);

    server.clock.t = t0 + CHECK_IN_INTERVAL_MS + KEYRING_REFRESH_MS;
    expect((await kids()).sort()).toEqual([k2, k3].sort());
    expect(await verifies(c1)).toBe(false);
    expect(await verifies(c2)).toBe(false); // expired at t0 + 7 days: its kid may stay a little longer
    expect(await verifies(c3)).toBe(true);

    server.clock.t = t0 + 3 * DAY_MS + CHECK_IN_INTERVAL_MS + KEYRING_REFRESH_MS;
    expect(await kids()).toEqual([k3]);
  });

  it('only the operator rotates the signing key', async () => {
    const kidsBefore = await kids();
    const denied = await api.as(seed.adminToken).post('/v1/signing-keys/rotate');
    expect(denied.status).toBe(403);
    expect(denied.body.error.code).toBe('FORBIDDEN');
    expect((await api.as(null).post('/v1/signing-keys/rotate')).body.error.code).toBe('UNAUTHORIZED');
    server.clock.advance(KEYRING_REFRESH_MS + SECOND_MS);
    expect(await kids()).toEqual(kidsBefore);
  });

  it('keeps a rotated-out kid published until the last certificate any node signed with it has expired', async () => {
    // Two nodes on one database. Node 1 learns of the rotation only when its cache refreshes
    // (up to 30 s later), and signs with the old key meanwhile: those certificates must verify
    // for as long as they are valid.
    const masterKey = randomBytes(32).toString('base64');
    await server.close();
    server = await startTestServer(dialect, { masterKey });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 5);
    const node2 = await startTestServer(dialect, { db: server.db, masterKey, clock: server.clock });
    try {
      const oldKid = decodeProtectedHeader((await activate(api, seed.primaryKey, 1)).body.certificate).kid;
      const rotated = await apiClient(node2.app).post('/v1/signing-keys/rotate');
      expect(rotated.status).toBe(201);
      const rotatedAt = server.clock.t;

      server.clock.advance(10 * SECOND_MS);
      const stale = await activate(api, seed.primaryKey, 2);
      expect(stale.status).toBe(201);
      const staleKid = decodeProtectedHeader(stale.body.certificate).kid;
      const { payload } = await verify(stale.body.certificate);
      expect(staleKid === oldKid || staleKid === rotated.body.kid).toBe(true);

      // Every instant the certificate is valid, the JWKS (of either node) verifies it.
      const expMs = payload.exp! * 1000;
      for (const at of [rotatedAt + CHECK_IN_INTERVAL_MS - SECOND_MS, rotatedAt + CHECK_IN_INTERVAL_MS + SECOND_MS, expMs - SECOND_MS]) {
        server.clock.t = at;
        for (const node of [api, apiClient(node2.app)]) {
          const set = await jwks(node);
          expect(await verifies(stale.body.certificate, set), `kid ${staleKid} at ${iso(at)} (certificate valid until ${iso(expMs)})`).toBe(true);
        }
      }
    } finally {
      await node2.close();
    }
  });
});
