/**
 * docs/client.md's offline verifier in Java (examples/java/VerifyCertificate.java, only the JDK):
 * compiled with the machine's javac and run on the JWKS and a certificate of a real Allot.
 *
 * Java is not part of the project's install, so a missing `javac` skips this suite with a loud
 * banner, in CI too.
 */
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { activate, createKey, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

const SOURCE = fileURLToPath(new URL('../../examples/java/VerifyCertificate.java', import.meta.url));

const javacAvailable = (): boolean => {
  const probe = spawnSync('javac', ['-version'], { stdio: 'ignore' });
  return !probe.error && probe.status === 0;
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

const describeJava = (name: string, body: () => void): void => {
  if (javacAvailable()) {
    describe(name, body);
    return;
  }
  const line = '!'.repeat(78);
  console.warn(
    `\n${line}\n!! javac (a JDK, 17 or later) is not installed.\n!! The suite "${name}" is SKIPPED, in CI too: Java is not ` +
      `part of the project's install.\n!! Install one (apt-get install openjdk-17-jdk-headless) to run it.\n${line}\n`,
  );
  describe.skip(name, body);
};

const decode = (part: string): Record<string, any> => JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));

/** Another base64url character at `index` of the signature part: still base64url, no longer the signature. */
function flipSignatureChar(certificate: string, index = 10): string {
  const [h, p, s] = certificate.split('.');
  const c = s![index]!;
  const flipped = c === 'A' ? 'B' : 'A';
  return `${h}.${p}.${s!.slice(0, index)}${flipped}${s!.slice(index + 1)}`;
}

describeJava('the Java offline verifier (examples/java, JDK only)', () => {
  let dir: string;
  const classes = () => join(dir, 'classes');

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'allot-java-'));
    const compiled = await run('javac', ['-Xlint:all', '-Werror', '-d', classes(), SOURCE]);
    expect(compiled, 'javac compiles the example without a warning').toMatchObject({ code: 0 });
  }, HEAVY_TEST_MS);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function run(cmd: string, args: string[]): Promise<Run> {
    return new Promise((resolve) => {
      execFile(cmd, args, { encoding: 'utf8' }, (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      });
    });
  }

  let files = 0;
  /** Writes each text to a file and runs the verifier on them (the way a support engineer would). */
  async function verifier(jwks: unknown, certificate: string, ...options: string[]): Promise<Run> {
    const n = files++;
    const jwksFile = join(dir, `jwks-${n}.json`);
    const certFile = join(dir, `certificate-${n}.jws`);
    writeFileSync(jwksFile, typeof jwks === 'string' ? jwks : JSON.stringify(jwks, null, 2));
    writeFileSync(certFile, `${certificate}\n`);
    return run('java', ['-cp', classes(), 'VerifyCertificate', jwksFile, certFile, ...options]);
  }

  describe.each(dialects())('on %s', (dialect) => {
    let server: TestServer;
    let api: Api;
    let seed: Seeded;

    beforeAll(async () => {
      // The verifier checks expiry against the real clock by default: the server signs at it too.
      server = await startTestServer(dialect, { clock: new TestClock(Date.now()) });
      api = apiClient(server.app);
      seed = await seedSubscription(api, 3);
    }, HEAVY_TEST_MS);
    afterAll(() => server?.close());

    const jwks = async () => {
      const res = await api.as(null).get('/.well-known/jwks.json');
      expect(res.status).toBe(200);
      return res.body as { keys: Array<Record<string, unknown>> };
    };

    it(
      'accepts a certificate Allot signed, prints its claims, and refuses it once one character of the signature changes',
      async () => {
        const activated = await activate(api, seed.primaryKey, 'java-1');
        expect(activated.status, JSON.stringify(activated.body)).toBe(201);
        const certificate: string = activated.body.certificate;
        const claims = decode(certificate.split('.')[1]!);
        const set = await jwks();

        const ok = await verifier(set, certificate, '--issuer', server.config.publicUrl, '--fingerprint', 'fp-java-1');
        expect(ok.stderr).toBe('');
        expect(ok.code).toBe(0);
        expect(ok.stdout).toContain('certificate VALID');
        expect(ok.stdout).toContain(activated.body.activation.id);
        expect(ok.stdout).toContain(seed.primaryKeyId);
        expect(ok.stdout).toContain(new Date(claims.checkInBy * 1000).toISOString().replace('.000Z', 'Z'));
        // Nobody set a policy: the defaults, version 1; no golden image.
        expect(claims.policy).toMatchObject({ version: 1, showDeveloperTools: true, network: 'shared' });
        expect(ok.stdout).toContain('policy version 1 (the account default)');
        expect(ok.stdout).toMatch(/showDeveloperTools\s+true\n/);
        expect(ok.stdout).toMatch(/network\s+shared\n/);
        expect(ok.stdout).toContain('golden image: none');

        const tampered = await verifier(set, flipSignatureChar(certificate));
        expect(tampered.code).toBe(1);
        expect(tampered.stdout).not.toContain('VALID');
        expect(tampered.stderr).toContain('REFUSED: the signature does not verify');

        // A changed claim under the original signature (a longer validity, say) is refused as well.
        const [h, , s] = certificate.split('.');
        const forged = `${h}.${Buffer.from(JSON.stringify({ ...claims, exp: claims.exp + 86_400, checkInBy: claims.checkInBy + 86_400 })).toString('base64url')}.${s}`;
        const refusedForgery = await verifier(set, forged);
        expect(refusedForgery.code).toBe(1);
        expect(refusedForgery.stderr).toContain('the signature does not verify');
      },
      HEAVY_TEST_MS,
    );

    it(
      "prints the key's policy and golden image as the certificate carries them, and the new policy after a check-in",
      async () => {
        const key = await createKey(api, seed.subscriptionId, { name: 'Design', type: 'dynamic', maxSeats: 2 });
        expect(key.status).toBe(201);
        const sha = 'ab'.repeat(32);
        // Any text: quotes, a backslash, accents and an emoji go through the JSON reader intact.
        const description = 'Windows 11, “domain-joined” \\ with the VPN — für alle 🚀';
        const image = await api.post(`/v1/accounts/${seed.accountId}/golden-images`, {
          name: 'Corporate "Win" 11',
          description,
          images: { appleSilicon: { url: 'https://downloads.example.com/win11-arm.pvmp', sha256: sha } },
        });
        expect(image.status, JSON.stringify(image.body)).toBe(201);
        expect((await api.patch(`/v1/keys/${key.body.id}`, { goldenImageId: image.body.id })).status).toBe(200);
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
        const put = await api.put(`/v1/keys/${key.body.id}/policy`, settings);
        expect(put.status, JSON.stringify(put.body)).toBe(200);
        const version: number = put.body.policy.version;

        const activated = await activate(api, key.body.key, 'java-3');
        expect(activated.status, JSON.stringify(activated.body)).toBe(201);
        const out = await verifier(await jwks(), activated.body.certificate, '--fingerprint', 'fp-java-3');
        expect(out.stderr).toBe('');
        expect(out.code).toBe(0);
        expect(out.stdout).toContain(`policy version ${version} (the key's own)`);
        expect(out.stdout).toMatch(/corporateVmsOnly\s+true\n/);
        expect(out.stdout).toMatch(/showDeveloperTools\s+false\n/);
        expect(out.stdout).toMatch(/vmStartup\s+background\n/);
        expect(out.stdout).toMatch(/network\s+host-only\n/);
        expect(out.stdout).toContain(`golden image Corporate "Win" 11 (${image.body.id})`);
        expect(out.stdout).toContain(`description        ${description}\n`);
        expect(out.stdout).toContain(`appleSilicon       https://downloads.example.com/win11-arm.pvmp  sha256 ${sha}`);
        expect(out.stdout).toMatch(/intel\s+none\n/);

        // The policy changes: the device sees it in the certificate of its next check-in.
        expect((await api.put(`/v1/keys/${key.body.id}/policy`, { ...settings, network: 'bridged' })).status).toBe(200);
        const checkedIn = await api.as(null).post('/v1/client/check-in', { activationId: activated.body.activation.id, fingerprint: 'fp-java-3' });
        expect(checkedIn.status, JSON.stringify(checkedIn.body)).toBe(200);
        expect(checkedIn.body.policyChanged).toBe(true);
        const renewed = await verifier(await jwks(), checkedIn.body.certificate, '--fingerprint', 'fp-java-3');
        expect(renewed.code).toBe(0);
        expect(renewed.stdout).toContain(`policy version ${version + 1} (the key's own)`);
        expect(renewed.stdout).toMatch(/network\s+bridged\n/);
      },
      HEAVY_TEST_MS,
    );

    it(
      'refuses at checkInBy, a clock far behind the server\'s, another machine\'s certificate, and says to refetch the JWKS on an unknown kid',
      async () => {
        const activated = await activate(api, seed.primaryKey, 'java-2');
        expect(activated.status).toBe(201);
        const certificate: string = activated.body.certificate;
        const claims = decode(certificate.split('.')[1]!);
        const set = await jwks();

        const at = async (now: number, skew = 60) => (await verifier(set, certificate, '--now', String(now), '--skew', String(skew))).code;
        // Valid until checkInBy, never after: the skew allowed does not stretch that end.
        expect(await at(claims.checkInBy - 1)).toBe(0);
        expect(await at(claims.checkInBy)).toBe(1);
        const expired = await verifier(set, certificate, '--now', String(claims.checkInBy + 1));
        expect(expired.stderr).toContain('REFUSED: expired at');
        // The skew is for a machine whose clock is behind the server's: iat a little in the future.
        expect(await at(claims.iat - 60)).toBe(0);
        expect(await at(claims.iat - 61)).toBe(1);
        const behind = await verifier(set, certificate, '--now', String(claims.iat - 3600));
        expect(behind.stderr).toContain('issued in the future');

        const otherMachine = await verifier(set, certificate, '--fingerprint', 'fp-someone-else');
        expect(otherMachine.code).toBe(1);
        expect(otherMachine.stderr).toContain('fingerprint');

        // After a rotation the server signs with a new kid; a client with the old JWKS cached is told to refetch.
        const rotated = await api.post('/v1/signing-keys/rotate');
        expect(rotated.status).toBe(201);
        const { kid } = decode(certificate.split('.')[0]!);
        const stale = { keys: set.keys.filter((k) => k.kid !== kid) };
        const unknownKid = await verifier(stale, certificate);
        expect(unknownKid.code).toBe(3);
        expect(unknownKid.stderr).toContain('refetch /.well-known/jwks.json');
        // The fresh JWKS still publishes the old key until its certificates have expired.
        expect((await verifier(await jwks(), certificate)).code).toBe(0);

        const garbage = await verifier('{"keys": [', certificate);
        expect(garbage.code).toBe(1);
        expect(garbage.stderr).toContain('bad JSON');
      },
      HEAVY_TEST_MS,
    );
  });
});
