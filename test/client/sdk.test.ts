/**
 * The client SDK (@allot/client) against a real Allot listening on a port, per dialect: activation,
 * offline use with the server stopped, renewal once it is back, a rotated signing key, a tampered
 * certificate on disk, a blocked key, the clock set back, and an SSO activation through the
 * loopback flow with a real (SAML) identity provider playing the browser's part.
 */
import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AllotClient, AllotRefusal, AllotUnreachable, CertificateInvalid, FileStore, jwkThumbprint, kidOf, type AllotClientOptions } from '../../packages/client/src/index.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import type { Dialect } from '../helpers/env.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';
import { connectIdp, verifyDomain, type ConnectedIdp } from '../helpers/sso.ts';

const DEVICE = { name: 'sdk-laptop', os: 'macOS 15.1', appVersion: '1.2.3' };

/** A server on a database that outlives it (stop, start again on the same port and master key). */
class Scene {
  server!: TestServer;
  api!: Api;
  seed!: Seeded;
  readonly clock = new TestClock();
  readonly masterKey = randomBytes(32).toString('base64');
  /** The device's clock, which the test sets where it likes. */
  deviceTime = this.clock.t;
  dir = '';
  private port = '0';
  private constructor(
    readonly dialect: Dialect,
    readonly db: FreshDatabase,
    private readonly env: Record<string, string>,
  ) {}

  static async start(dialect: Dialect, env: Record<string, string> = {}): Promise<Scene> {
    const scene = new Scene(dialect, await freshDatabase(dialect), env);
    scene.dir = await mkdtemp(join(tmpdir(), 'allot-sdk-'));
    await scene.up();
    scene.seed = await seedSubscription(scene.api, 5);
    return scene;
  }

  async up(): Promise<void> {
    this.server = await startTestServer(this.dialect, {
      db: this.db,
      masterKey: this.masterKey,
      clock: this.clock,
      listen: true,
      // A stable public URL (the issuer), as in production: the port may change across restarts, the issuer not.
      env: { ALLOT_PUBLIC_URL: 'http://allot.test', ...this.env, ALLOT_PORT: this.port },
    });
    this.port = new URL(this.server.url).port;
    this.api = apiClient(this.server.app);
  }

  async down(): Promise<void> {
    await this.server.close();
  }

  statePath = (name = 'state.json') => join(this.dir, name);

  client(extra: Partial<AllotClientOptions> = {}): AllotClient {
    return new AllotClient({
      serverUrl: this.server.url,
      fingerprint: 'fp-sdk-1',
      device: DEVICE,
      store: new FileStore(this.statePath()),
      clock: () => this.deviceTime,
      ...extra,
    });
  }

  async close(): Promise<void> {
    await this.server.close();
    await this.db.drop();
    await rm(this.dir, { recursive: true, force: true });
  }
}

describe.each(dialects())('client SDK against a listening Allot on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  let scene: Scene | undefined;
  let extra: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    for (const e of extra) await e.close();
    extra = [];
    await scene?.close();
    scene = undefined;
  });

  it('activates by key, works offline until checkInBy and not a second after, and renews at a check-in once the server is back', async () => {
    scene = await Scene.start(dialect);
    const changes: string[] = [];
    const client = scene.client({ onChange: (s) => changes.push(s.state) });
    expect((await client.status()).state).toBe('none');

    const activated = await client.activate({ key: scene.seed.primaryKey });
    expect(activated.created).toBe(true);
    const s = activated.status;
    expect(s.state).toBe('active');
    expect(s.claims).toMatchObject({ keyId: scene.seed.primaryKeyId, subscriptionId: scene.seed.subscriptionId, fingerprint: 'fp-sdk-1', activationType: 'LIC_KEY' });
    expect(s.activationId).toBe(activated.activation.id);
    expect(s.checkInBy!.getTime()).toBe(s.claims!.checkInBy * 1000);
    expect(s.validUntil!.getTime()).toBe(s.claims!.exp * 1000);
    expect(s.checkInBy!.getTime()).toBeGreaterThan(scene.clock.t);
    expect(changes).toEqual(['active']);
    // The state file is its owner's only.
    expect((await stat(scene.statePath())).mode & 0o777).toBe(0o600);
    // Activating again takes no second seat.
    expect((await client.activate({ key: scene.seed.primaryKey })).created).toBe(false);

    const checkInBy = s.checkInBy!.getTime();
    await scene.down();

    // Offline: a fresh client (an app restart) on the same state, the last millisecond before the deadline.
    scene.deviceTime = checkInBy - 1;
    const offline = scene.client();
    expect((await offline.status()).state).toBe('active');
    await expect(offline.checkIn()).rejects.toBeInstanceOf(AllotUnreachable);
    expect((await offline.status()).state).toBe('active');
    // One second after: refused (expired), offline or not.
    scene.deviceTime = checkInBy + 1000;
    const late = await offline.status();
    expect(late.state).toBe('expired');
    expect(late.claims?.keyId).toBe(scene.seed.primaryKeyId);
    expect((await scene.client().status()).state).toBe('expired');

    // The server back (same database, same port): a check-in renews.
    scene.clock.t = scene.deviceTime;
    await scene.up();
    const renewed = await offline.checkIn();
    expect(renewed.status.state).toBe('active');
    expect(renewed.status.checkInBy!.getTime()).toBeGreaterThan(checkInBy + 1000);
    expect(renewed.status.activationId).toBe(s.activationId);
    expect((await scene.client().status()).state).toBe('active');

    // Deactivation frees the seat and forgets the state.
    await offline.deactivate();
    expect((await offline.status()).state).toBe('none');
    const keys = await scene.api.get(`/v1/subscriptions/${scene.seed.subscriptionId}/activations?status=all`);
    expect(keys.body.data.map((a: { status: string }) => a.status)).toEqual(['deactivated']);
  });

  it('verifies certificates signed with a rotated key (an unknown kid fetches the JWKS once more)', async () => {
    scene = await Scene.start(dialect);
    const jwksAsked: string[] = [];
    let stale: string | null = null;
    // A cache in the way: the first JWKS read after the rotation answers the JWKS from before it.
    const fetchThroughCache: typeof fetch = async (input, init) => {
      const url = String(input);
      if (url.endsWith('/.well-known/jwks.json')) {
        jwksAsked.push(url);
        if (stale !== null) {
          const body = stale;
          stale = null;
          return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
        }
      }
      return fetch(input, init);
    };
    const client = scene.client({ fetch: fetchThroughCache });
    const first = await client.activate({ key: scene.seed.primaryKey });
    const oldKid = kidOf(JSON.parse(await readFile(scene.statePath(), 'utf8')).certificate);
    expect(first.status.state).toBe('active');

    stale = JSON.stringify((await scene.api.get('/.well-known/jwks.json')).body);
    const rotated = await scene.api.post('/v1/signing-keys/rotate');
    expect(rotated.status, rotated.text).toBe(201);
    expect(rotated.body.kid).not.toBe(oldKid);

    jwksAsked.length = 0;
    const after = await client.checkIn();
    expect(after.status.state).toBe('active');
    expect(jwksAsked).toHaveLength(2); // the stale answer, then the refetch
    const saved = JSON.parse(await readFile(scene.statePath(), 'utf8'));
    expect(kidOf(saved.certificate)).toBe(rotated.body.kid);
    expect(saved.jwks.keys.map((k: { kid: string }) => k.kid)).toContain(rotated.body.kid);
    // Offline, from disk, with the cached JWKS: still verifies.
    expect((await scene.client().status()).state).toBe('active');
  });

  it('refuses a tampered certificate on disk, and another machine\'s', async () => {
    scene = await Scene.start(dialect);
    await scene.client().activate({ key: scene.seed.primaryKey });
    const saved = JSON.parse(await readFile(scene.statePath(), 'utf8'));
    const [h, p, sig] = saved.certificate.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    const longer = { ...claims, exp: claims.exp + 365 * 86_400, checkInBy: claims.checkInBy + 365 * 86_400 };
    await writeFile(scene.statePath(), JSON.stringify({ ...saved, certificate: `${h}.${Buffer.from(JSON.stringify(longer)).toString('base64url')}.${sig}` }));

    const status = await scene.client().status();
    expect(status.state).toBe('none');
    expect(status.error).toBeInstanceOf(CertificateInvalid);
    expect(status.error?.reason).toBe('signature');
    expect(status.claims).toBeNull();

    // The untouched state, copied to a machine with another fingerprint, is nothing there.
    await writeFile(scene.statePath(), JSON.stringify(saved));
    expect((await scene.client().status()).state).toBe('active');
    expect((await scene.client({ fingerprint: 'fp-other' }).status()).state).toBe('none');
    // Nor does a state claiming that fingerprint pass: the certificate names the machine.
    await writeFile(scene.statePath(), JSON.stringify({ ...saved, fingerprint: 'fp-other' }));
    const copied = await scene.client({ fingerprint: 'fp-other' }).status();
    expect(copied.state).toBe('none');
    expect(copied.error?.reason).toBe('fingerprint');
  });

  it('with the signing keys pinned, refuses a state forged with a key of its own (certificate and JWKS replaced together)', async () => {
    scene = await Scene.start(dialect);
    const published = (await scene.api.get('/.well-known/jwks.json')).body.keys as { crv: string; kty: string; x: string }[];
    const pinned = { trustedKeys: published.map(jwkThumbprint) };
    await scene.client(pinned).activate({ key: scene.seed.primaryKey });
    expect((await scene.client(pinned).status()).state).toBe('active');

    // Someone with write access to the state file signs a year-long certificate with a key of their own.
    const saved = JSON.parse(await readFile(scene.statePath(), 'utf8'));
    const [h, p] = saved.certificate.split('.');
    const claims = JSON.parse(Buffer.from(p, 'base64url').toString('utf8'));
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const jwk = { ...(publicKey.export({ format: 'jwk' }) as object), kid: kidOf(saved.certificate), alg: 'EdDSA', use: 'sig' };
    const payload = Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 365 * 86_400, checkInBy: claims.checkInBy + 365 * 86_400 })).toString('base64url');
    const forged = `${h}.${payload}.${sign(null, Buffer.from(`${h}.${payload}`), privateKey).toString('base64url')}`;
    await writeFile(scene.statePath(), JSON.stringify({ ...saved, certificate: forged, jwks: { keys: [jwk] } }));

    // Without pins the forgery passes (the JWKS beside it vouches for it): that is what pinning is for.
    expect((await scene.client().status()).state).toBe('active');
    const status = await scene.client(pinned).status();
    expect(status.state).toBe('none');
    expect(status.error?.reason).toBe('untrusted-key');
  });

  it('a blocked key refuses at check-in with AllotRefusal KEY_BLOCKED, and the license ends', async () => {
    scene = await Scene.start(dialect);
    const client = scene.client();
    await client.activate({ key: scene.seed.primaryKey });
    const blocked = await scene.api.post(`/v1/keys/${scene.seed.primaryKeyId}/block`);
    expect(blocked.status, blocked.text).toBe(200);

    const refusal = await client.checkIn().catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(AllotRefusal);
    expect(refusal).toMatchObject({ code: 'KEY_BLOCKED', status: 403 });
    expect((refusal as AllotRefusal).retryable).toBe(false);
    const status = await scene.client().status();
    expect(status.state).toBe('none');
    expect(status.refusal?.code).toBe('KEY_BLOCKED');

    // A refused activation is typed the same way.
    const again = await scene.client({ fingerprint: 'fp-sdk-2' }).activate({ key: scene.seed.primaryKey }).catch((e: unknown) => e);
    expect(again).toMatchObject({ name: 'AllotRefusal', code: 'KEY_BLOCKED' });
    const unknown = await scene.client({ fingerprint: 'fp-sdk-3' }).activate({ key: 'AAAA-BBBB-CCCC-DDDD' }).catch((e: unknown) => e);
    expect(unknown).toBeInstanceOf(AllotRefusal);
    expect((unknown as AllotRefusal).code).toBe('KEY_NOT_FOUND');
  });

  it('setting the clock back does not extend validity', async () => {
    scene = await Scene.start(dialect);
    const activated = await scene.client().activate({ key: scene.seed.primaryKey });
    const checkInBy = activated.status.checkInBy!.getTime();

    // The clock before the certificate's issue time: judged from the issue time, still active.
    scene.deviceTime = scene.clock.t - 30 * 86_400_000;
    expect((await scene.client().status()).state).toBe('active');

    // Past the deadline once…
    scene.deviceTime = checkInBy + 1000;
    expect((await scene.client().status()).state).toBe('expired');
    // …then set back: expired, in this process and in the next (the highest time seen is kept).
    scene.deviceTime = checkInBy - 86_400_000;
    expect((await scene.client().status()).state).toBe('expired');
    scene.deviceTime = scene.clock.t;
    const client = scene.client();
    expect((await client.status()).state).toBe('expired');
    expect(JSON.parse(await readFile(scene.statePath(), 'utf8')).lastSeen).toBeGreaterThanOrEqual(checkInBy + 1000);
  });

  it('activates through SSO: the loopback listener, PKCE, the identity provider in the browser', async () => {
    const dns: DnsServer = await startDnsServer();
    extra.push(dns);
    scene = await Scene.start(dialect, { ...dnsEnv(dns), ALLOT_PUBLIC_URL: 'http://allot.test' });
    const admin = scene.api.as(scene.seed.adminToken);
    await verifyDomain(admin, dns, scene.seed.accountId, 'acme.example');
    const idp: ConnectedIdp = await connectIdp(scene.server, admin, scene.seed.accountId, 'saml');
    extra.push(idp);
    const product = (await admin.get(`/v1/subscriptions/${scene.seed.subscriptionId}`)).body.product.code;

    const opened: string[] = [];
    // The system browser: Allot's /sso/activate, the provider, Allot's ACS, and the redirect to the app's loopback address.
    const openBrowser = async (url: string) => {
      opened.push(url);
      const u = new URL(url);
      const start = await scene!.server.app.inject({ method: 'GET', url: `${u.pathname}${u.search}` });
      expect(start.statusCode, start.body).toBe(302);
      const back = await idp.answer(String(start.headers.location), { email: 'ann@acme.example', name: 'Ann Lee' });
      expect(back.status, back.text).toBe(302);
      const loopback = await fetch(String(back.headers.location));
      expect(loopback.status).toBe(200);
    };
    const client = scene.client({ product, fingerprint: 'fp-sso-1' });
    const activated = await client.activate({ sso: { email: 'ann@acme.example', openBrowser } });
    expect(activated.created).toBe(true);
    expect(activated.status.state).toBe('active');
    expect(activated.status.claims).toMatchObject({ activationType: 'SSO', user: { email: 'ann@acme.example', name: 'Ann Lee' }, fingerprint: 'fp-sso-1' });
    const asked = new URL(opened[0]!);
    expect(asked.searchParams.get('code_challenge_method')).toBe('S256');
    expect(asked.searchParams.get('redirect_uri')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);

    expect((await client.checkIn()).status.state).toBe('active');
  });

  it('activates with an invitation code', async () => {
    scene = await Scene.start(dialect);
    const invited = await scene.api.as(scene.seed.adminToken).post(`/v1/keys/${scene.seed.primaryKeyId}/invitations`, { emails: ['bo@example.com'] });
    expect(invited.status, invited.text).toBe(201);
    const { status } = await scene.client().activate({ invitationCode: invited.body.data[0].code });
    expect(status.state).toBe('active');
    expect(status.claims?.keyId).toBe(scene.seed.primaryKeyId);
  });

  it('checks in by itself before the deadline, backs off while the server is away, stops at a refusal', async () => {
    scene = await Scene.start(dialect);
    // Timers the test fires by hand: what matters is the delay asked for and what each firing does.
    const armed: { run: () => void; ms: number }[] = [];
    let waiting: (() => void) | null = null;
    const timers = {
      setTimeout: (run: () => void, ms: number) => {
        armed.push({ run, ms });
        waiting?.();
        return armed.length;
      },
      clearTimeout: () => undefined,
    };
    const nextTimer = async (count: number) => {
      while (armed.length < count) await new Promise<void>((resolve) => (waiting = resolve));
      return armed[count - 1]!;
    };
    const checkIns: string[] = [];
    const client = scene.client({ timers, random: () => 0.5, retry: { minMs: 1000, maxMs: 8000 }, onChange: (s) => checkIns.push(s.state) });
    const { status } = await client.activate({ key: scene.seed.primaryKey });
    const left = status.checkInBy!.getTime() - scene.deviceTime;

    client.startAutoCheckIn();
    const first = await nextTimer(1);
    expect(first.ms).toBeGreaterThanOrEqual(left * 0.5);
    expect(first.ms).toBeLessThanOrEqual(left * 0.8);

    // Offline when it fires: retries after a wait that grows (1 s, 2 s, 4 s ceilings with jitter).
    await scene.down();
    scene.deviceTime += first.ms;
    first.run();
    const retry1 = await nextTimer(2);
    retry1.run();
    const retry2 = await nextTimer(3);
    retry2.run();
    const retry3 = await nextTimer(4);
    expect([retry1.ms, retry2.ms, retry3.ms]).toEqual([1000, 1500, 3000]);

    // Back: the next firing renews, and the one after is planned before the new deadline.
    scene.clock.t = scene.deviceTime;
    await scene.up();
    retry3.run();
    const planned = await nextTimer(5);
    const renewed = await client.status();
    expect(renewed.checkInBy!.getTime()).toBeGreaterThan(status.checkInBy!.getTime());
    expect(planned.ms).toBeLessThanOrEqual((renewed.checkInBy!.getTime() - scene.deviceTime) * 0.8);

    // A blocked key: the check-in is refused and nothing more is planned.
    expect((await scene.api.post(`/v1/keys/${scene.seed.primaryKeyId}/block`)).status).toBe(200);
    planned.run();
    await expect.poll(() => checkIns.at(-1)).toBe('none');
    expect((await client.status()).refusal?.code).toBe('KEY_BLOCKED');
    expect(armed).toHaveLength(5);
    client.stop();
  });

  it('exposes the policy and the golden image of the key, and a policy change at the next check-in', async () => {
    scene = await Scene.start(dialect);
    const admin = scene.api.as(scene.seed.adminToken);
    const settings = {
      corporateVmsOnly: true,
      oneCorporateVmPerUser: false,
      preventVmRemoval: true,
      blockMajorUpgrades: false,
      lockVmConfiguration: false,
      showDeveloperTools: false,
      disableToolsAutoUpdate: true,
      vmStartup: 'background',
      network: 'host-only',
    };
    const put = await admin.put(`/v1/keys/${scene.seed.primaryKeyId}/policy`, settings);
    expect(put.status, put.text).toBe(200);
    const sha = 'ab'.repeat(32);
    const image = await admin.post(`/v1/accounts/${scene.seed.accountId}/golden-images`, {
      name: 'Corporate Windows 11',
      description: 'Office and VPN',
      images: { appleSilicon: { url: 'https://images.example.com/w11-arm.pvm', sha256: sha } },
    });
    expect(image.status, image.text).toBe(201);
    expect((await admin.patch(`/v1/keys/${scene.seed.primaryKeyId}`, { goldenImageId: image.body.id })).status).toBe(200);

    const client = scene.client();
    const { status } = await client.activate({ key: scene.seed.primaryKey });
    expect(status.policy).toEqual({ ...settings, version: put.body.policy.version, inherited: false });
    expect(status.goldenImage).toEqual({
      id: image.body.id,
      name: 'Corporate Windows 11',
      description: 'Office and VPN',
      images: { appleSilicon: { url: 'https://images.example.com/w11-arm.pvm', sha256: sha }, intel: null },
    });
    // Offline, from disk: the same.
    expect((await scene.client().status()).policy).toEqual(status.policy);

    const unchanged = await client.checkIn();
    expect(unchanged.policyChanged).toBe(false);
    const changed = await admin.put(`/v1/keys/${scene.seed.primaryKeyId}/policy`, { ...settings, network: 'bridged' });
    expect(changed.status, changed.text).toBe(200);
    // Certificates are immutable: the stored one keeps the old policy until the next check-in.
    expect((await client.status()).policy?.network).toBe('host-only');
    const next = await client.checkIn();
    expect(next.policyChanged).toBe(true);
    expect(next.status.policy).toMatchObject({ network: 'bridged', version: changed.body.policy.version });
    expect(next.status.policy!.version).toBeGreaterThan(status.policy!.version);
  });
});
