/**
 * `allot wait`: what the README's tour runs after `npm start &`. It waits for a server that is
 * still starting, answers at once for one that is up, and gives up with a message and a
 * non-zero exit when nothing answers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localUrl } from '../../src/cli/wait.ts';
import { cliEnv, newMasterKey, runCli, show } from '../helpers/cli.ts';
import { freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { freePort, spawnServer, type ServerProcess } from '../helpers/processes.ts';

describe('allot wait', () => {
  const masterKey = newMasterKey();
  let db: FreshDatabase;
  let server: ServerProcess | undefined;
  beforeAll(async () => {
    db = await freshDatabase('sqlite');
  });
  afterAll(async () => {
    await server?.kill();
    await db?.drop();
  });

  it('the default address is the server this environment starts', () => {
    expect(localUrl({ host: '0.0.0.0', port: 8080 })).toBe('http://127.0.0.1:8080');
    expect(localUrl({ host: '::', port: 8080 })).toBe('http://[::1]:8080');
    expect(localUrl({ host: '10.0.0.5', port: 9000 })).toBe('http://10.0.0.5:9000');
    expect(localUrl({ host: 'fd00::5', port: 9000 })).toBe('http://[fd00::5]:9000');
    expect(localUrl({ host: 'licenses.internal', port: 80 })).toBe('http://licenses.internal:80');
  });

  it('waits for a server that starts after it (ALLOT_PORT), then exits 0', async () => {
    const port = await freePort();
    const env = cliEnv(db.url, masterKey, { ALLOT_PORT: String(port) });
    // Started first: nothing listens on the port yet.
    const waiting = runCli(['wait', '--timeout-seconds', '300'], env, 330_000);
    server = await spawnServer({ databaseUrl: db.url, masterKey, port });
    const r = await waiting;
    expect(r.code, show(r)).toBe(0);
    expect(r.stdout).toBe(`Allot is up at http://127.0.0.1:${port}\n`);

    const [again, json] = await Promise.all([
      runCli(['wait', '--url', `${server.url}/`], env),
      runCli(['wait', '--url', server.url, '--json'], env),
    ]);
    expect(again.code, show(again)).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ url: server.url, healthy: true });
  }, 360_000);

  it('gives up on a closed port with a message and exit 1; a URL that is none is refused at once (exit 2)', async () => {
    const closed = `http://127.0.0.1:${await freePort()}`;
    const env = cliEnv(db.url, masterKey);
    const [timedOut, notAUrl] = await Promise.all([runCli(['wait', '--url', closed, '--timeout-seconds', '1'], env), runCli(['wait', '--url', 'not a url'], env)]);
    expect(timedOut.code, show(timedOut)).toBe(1);
    expect(timedOut.stdout).toBe('');
    expect(timedOut.stderr.trim()).toBe(`allot: no answer 200 from ${closed}/healthz within 1 s (last: ECONNREFUSED)`);
    expect(notAUrl.code, show(notAUrl)).toBe(2);
    expect(notAUrl.stderr.trim()).toBe('allot: --url: not a URL (not a url)');
  }, 120_000);
});
