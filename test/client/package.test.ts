/**
 * @allot/client as an app gets it: built to JavaScript with its declarations (the package's own
 * `build`, which `npm pack` runs), installed in an app's node_modules, imported by name from plain
 * Node (no TypeScript loader), and used against a real Allot listening on a port.
 */
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient } from '../helpers/api.ts';
import { seedSubscription } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { HEAVY_TEST_MS } from '../helpers/processes.ts';

const run = promisify(execFile);
const PACKAGE = resolve('packages/client');

describe('@allot/client, built and installed', () => {
  let dir: string;
  let server: TestServer;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'allot-sdk-'));
    server = await startTestServer('sqlite', { listen: true });
  });
  afterAll(async () => {
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('builds to JavaScript with declarations, and an app imports it by name and activates', { timeout: HEAVY_TEST_MS }, async () => {
    // What `npm pack` would ship: package.json, README, and dist built by the package's own config.
    const shipped = join(dir, 'package');
    await mkdir(shipped);
    await run(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', join(PACKAGE, 'tsconfig.build.json'), '--outDir', join(shipped, 'dist')]);
    for (const file of ['package.json', 'README.md']) await cp(join(PACKAGE, file), join(shipped, file));
    const manifest = JSON.parse(await readFile(join(shipped, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    expect(await readFile(join(shipped, 'dist', 'index.d.ts'), 'utf8')).toContain('AllotClient');

    // An app with the package in its node_modules, in plain JavaScript.
    const app = join(dir, 'app');
    await mkdir(join(app, 'node_modules', '@allot'), { recursive: true });
    await symlink(shipped, join(app, 'node_modules', '@allot', 'client'), 'dir');
    await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'vendor-app', type: 'module', private: true }));
    await writeFile(
      join(app, 'main.js'),
      `import { AllotClient, MemoryStore, AllotRefusal } from '@allot/client';
const [serverUrl, key, now] = process.argv.slice(2);
// The test server's clock, not this machine's: the app judges its certificate by it.
const clock = () => Number(now);
const client = new AllotClient({ serverUrl, fingerprint: 'fp-packaged-app', store: new MemoryStore(), clock });
const activated = await client.activate({ key });
const status = await client.status();
let refused = null;
try { await new AllotClient({ serverUrl, fingerprint: 'fp-other', store: new MemoryStore() }).activate({ key: 'XXXXXX-XXXXXX-XXXXXX-XXXXXX' }); } catch (e) { refused = e instanceof AllotRefusal ? e.code : String(e); }
console.log(JSON.stringify({ state: status.state, activationId: activated.activation.id, policy: status.policy, refused }));
`,
    );

    const seed = await seedSubscription(apiClient(server.app), 3);
    const { stdout } = await run(process.execPath, [join(app, 'main.js'), server.url, seed.primaryKey, String(server.clock.now())], { cwd: app });
    const out = JSON.parse(stdout.trim().split('\n').at(-1)!);
    expect(out.state).toBe('active');
    expect(out.activationId).toMatch(/\S/);
    expect(out.policy).toMatchObject({ version: 1, inherited: false });
    expect(out.refused).toMatch(/^[A-Z_]+$/);
  });
});
