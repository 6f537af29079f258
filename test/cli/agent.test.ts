/**
 * `allot agent` end to end: the real CLI (a child process) against an Allot listening on a port,
 * per dialect: activate, status, check-in, deactivate, in words and as JSON; refusals exit 2 with
 * the server's code.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { jsonOf, runCli, show } from '../helpers/cli.ts';
import { dialects } from '../helpers/db.ts';
import { seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

describe.each(dialects())('allot agent on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  let server: TestServer | undefined;
  let dir = '';
  afterEach(async () => {
    await server?.close();
    server = undefined;
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('activates, shows the license with its policy and golden image, checks in and deactivates', async () => {
    // The agent runs on this machine's clock: so does the server.
    server = await startTestServer(dialect, { listen: true, clock: new TestClock(Date.now()), env: { ALLOT_PUBLIC_URL: 'http://allot.test' } });
    const api = apiClient(server.app);
    const seed = await seedSubscription(api, 3);
    const admin = api.as(seed.adminToken);
    const product = (await admin.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.product.code;
    const settings = {
      corporateVmsOnly: true,
      oneCorporateVmPerUser: true,
      preventVmRemoval: false,
      blockMajorUpgrades: false,
      lockVmConfiguration: false,
      showDeveloperTools: true,
      disableToolsAutoUpdate: false,
      vmStartup: 'manual',
      network: 'bridged',
    };
    expect((await admin.put(`/v1/keys/${seed.primaryKeyId}/policy`, settings)).status).toBe(200);
    const image = await admin.post(`/v1/accounts/${seed.accountId}/golden-images`, {
      name: 'Dev VM',
      images: { intel: { url: 'https://images.example.com/dev-x64.pvm', sha256: 'C0'.repeat(32) } },
    });
    expect(image.status, image.text).toBe(201);
    expect((await admin.patch(`/v1/keys/${seed.primaryKeyId}`, { goldenImageId: image.body.id })).status).toBe(200);

    dir = await mkdtemp(join(tmpdir(), 'allot-agent-'));
    const env = { PATH: process.env.PATH ?? '', HOME: dir, ALLOT_LOG_LEVEL: 'warn' };
    const state = join(dir, 'agent.json');
    const agent = (...args: string[]) => runCli(['agent', ...args, '--state', state], env);

    const activated = await agent('activate', '--server', server.url, '--key', seed.primaryKey, '--fingerprint', 'fp-agent-1');
    expect(activated.code, show(activated)).toBe(0);
    expect(activated.stdout).toContain('Activated this machine.');
    expect(activated.stdout).toMatch(/License: +active/);
    expect(activated.stdout).toContain(`Product:`);
    expect(activated.stdout).toContain(product);
    expect(activated.stdout).toContain(`${seed.primaryKeyId} (primary key)`);
    expect(activated.stdout).toMatch(/Valid until: +\d{4}-\d\d-\d\dT/);
    expect(activated.stdout).toMatch(/Check in by: +\d{4}-\d\d-\d\dT/);

    const status = await agent('status');
    expect(status.code, show(status)).toBe(0);
    expect(status.stdout).toContain("Policy (version 2, this key's own):");
    expect(status.stdout).toMatch(/Only corporate VMs may run: +yes/);
    expect(status.stdout).toMatch(/Users may not remove VMs: +no/);
    expect(status.stdout).toMatch(/Network: +bridged/);
    expect(status.stdout).toMatch(/VM startup: +manual/);
    expect(status.stdout).toContain('Golden image: Dev VM');
    expect(status.stdout).toMatch(/Intel: +https:\/\/images\.example\.com\/dev-x64\.pvm/);
    expect(status.stdout).toMatch(/sha256: +(c0){32}/);
    expect(status.stdout).toMatch(/Apple silicon: +none/);

    const json = jsonOf(await agent('status', '--json'));
    expect(json).toMatchObject({
      state: 'active',
      serverUrl: server.url,
      claims: { keyId: seed.primaryKeyId, fingerprint: 'fp-agent-1', product },
      policy: { ...settings, inherited: false },
      goldenImage: { id: image.body.id, name: 'Dev VM', images: { appleSilicon: null, intel: { sha256: 'c0'.repeat(32) } } },
    });

    // A policy change reaches the machine at its check-in.
    expect((await admin.put(`/v1/keys/${seed.primaryKeyId}/policy`, { ...settings, network: 'disconnect' })).status).toBe(200);
    const checkedIn = await agent('check-in');
    expect(checkedIn.code, show(checkedIn)).toBe(0);
    expect(checkedIn.stdout).toContain('Checked in. The policy changed.');
    expect(checkedIn.stdout).toMatch(/Network: +disconnected/);
    const again = jsonOf(await agent('check-in', '--json'));
    expect(again).toMatchObject({ state: 'active', policyChanged: false, policy: { network: 'disconnect' } });

    const devices = await admin.get(`/v1/subscriptions/${seed.subscriptionId}/activations`);
    expect(devices.body.data).toMatchObject([{ fingerprint: 'fp-agent-1', status: 'active', id: json.activationId }]);

    const deactivated = await agent('deactivate');
    expect(deactivated.code, show(deactivated)).toBe(0);
    expect(deactivated.stdout).toContain(`Deactivated this machine (activation ${json.activationId})`);
    const after = await admin.get(`/v1/subscriptions/${seed.subscriptionId}/activations?status=all`);
    expect(after.body.data).toMatchObject([{ id: json.activationId, status: 'deactivated' }]);

    const none = await agent('status');
    expect(none.code, show(none)).toBe(2);
    expect(none.stderr).toContain('not activated');
  });

  it('says the server\'s refusal with its code (exit 2), in words and as JSON', async () => {
    server = await startTestServer(dialect, { listen: true, clock: new TestClock(Date.now()) });
    const seed = await seedSubscription(apiClient(server.app), 1);
    dir = await mkdtemp(join(tmpdir(), 'allot-agent-'));
    const env = { PATH: process.env.PATH ?? '', HOME: dir, ALLOT_LOG_LEVEL: 'warn' };
    const state = join(dir, 'agent.json');

    const unknown = await runCli(['agent', 'activate', '--server', server.url, '--key', 'AAAA-BBBB-CCCC-DDDD', '--state', state, '--json'], env);
    expect(unknown.code, show(unknown)).toBe(2);
    expect(jsonOf(unknown).error).toMatchObject({ code: 'KEY_NOT_FOUND', status: 404 });

    const first = await runCli(['agent', 'activate', '--server', server.url, '--key', seed.primaryKey, '--state', state, '--fingerprint', 'fp-a'], env);
    expect(first.code, show(first)).toBe(0);
    const full = await runCli(['agent', 'activate', '--server', server.url, '--key', seed.primaryKey, '--state', join(dir, 'b.json'), '--fingerprint', 'fp-b'], env);
    expect(full.code, show(full)).toBe(2);
    expect(full.stderr).toMatch(/allot: [A-Z_]+: /);

    const both = await runCli(['agent', 'activate', '--server', server.url, '--key', seed.primaryKey, '--sso', 'a@b.example', '--state', state], env);
    expect(both.code, show(both)).toBe(2);
    expect(both.stderr).toContain('exactly one of --key, --invitation, --sso');
  });
});
