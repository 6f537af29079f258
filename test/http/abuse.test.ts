/**
 * Abuse limits (docs/security.md): the device API's budgets per client address, per address for
 * misses (possible key guesses) and per key for activations, each answered with 429
 * RATE_LIMITED, a Retry-After header and `details.limit`; the body and header limits; 0 turning
 * a limit off. A refused request changes nothing. Small limits are configured per test, and
 * client addresses are set through inject's remoteAddress (or X-Forwarded-For behind a trusted
 * proxy). No assertion depends on timing.
 */
import { randomBytes, randomUUID } from 'node:crypto';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/boot/config.ts';
import { generateKey } from '../../src/domain/key-format.ts';
import { clientLimits } from '../../src/http/client-limits.ts';
import { GUESS_WINDOW_MS } from '../../src/domain/limits.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import { createKey, device, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';
import { snapshotState } from '../helpers/malformed.ts';

interface Answer {
  status: number;
  body: any;
  headers: Record<string, unknown>;
}

/** A key nobody issued that passes the checksum: what a guesser sends. */
const unknownKey = (): string => generateKey(randomBytes(32));
/** The key with its first character changed: a typo the checksum catches. */
const typo = (key: string): string => (key[0] === '7' ? '8' : '7') + key.slice(1);

const ALICE = '203.0.113.10';
const BOB = '203.0.113.11';
const CAROL = '198.51.100.12';

describe.each(dialects())('abuse limits on %s', (dialect) => {
  let server: TestServer | undefined;
  let api: Api;
  let seed: Seeded;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function boot(env: Record<string, string>, listen = false): Promise<void> {
    server = await startTestServer(dialect, { env, listen });
    api = apiClient(server.app);
    seed = await seedSubscription(api, 10);
  }

  /** A device-API call from one client address (and, optionally, through a proxy). */
  async function post(from: string, route: 'activate' | 'check-in' | 'deactivate', body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
    const res = await server!.app.inject({
      method: 'POST',
      url: `/v1/client/${route}`,
      remoteAddress: from,
      headers: { 'content-type': 'application/json', ...headers },
      payload: typeof body === 'string' ? body : JSON.stringify(body),
    });
    return { status: res.statusCode, body: res.body ? JSON.parse(res.body) : undefined, headers: res.headers };
  }
  const activate = (from: string, key: string, n: number | string, headers?: Record<string, string>) => post(from, 'activate', { key, ...device(n) }, headers);
  const checkIn = (from: string, activationId: string, fingerprint: string, headers?: Record<string, string>) =>
    post(from, 'check-in', { activationId, fingerprint }, headers);

  /** A 429 of the given budget, whose Retry-After header says the same as its details, within bounds. */
  function expectLimited(res: Answer, limit: 'ip' | 'key-guesses' | 'key', maxSeconds: number, what: string): number {
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(429);
    expect(res.body.error, what).toMatchObject({ code: 'RATE_LIMITED', details: { limit } });
    expect(res.body.error.requestId, what).toBe(res.headers['x-request-id']);
    const retryAfter = Number(res.headers['retry-after']);
    expect(retryAfter, `${what}: Retry-After ${String(res.headers['retry-after'])}`).toBeGreaterThanOrEqual(1);
    expect(retryAfter, what).toBeLessThanOrEqual(maxSeconds);
    expect(res.body.error.details.retryAfterSeconds, what).toBe(retryAfter);
    return retryAfter;
  }
  function expectCode(res: Answer, status: number, code: string, what: string): void {
    expect(res.status, `${what}: ${JSON.stringify(res.body)}`).toBe(status);
    expect(res.body.error.code, what).toBe(code);
  }

  const seats = async () => (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
  /** The operator's API from the given address (the console and operator routes have no device budget). */
  const operatorFrom = async (from: string) =>
    (await server!.app.inject({ method: 'GET', url: `/v1/subscriptions/${seed.subscriptionId}`, remoteAddress: from, headers: { authorization: `Bearer ${OPERATOR_TOKEN}` } })).statusCode;

  it('answers requests past ALLOT_CLIENT_PER_IP_PER_MINUTE with 429 ip and Retry-After, for that address only', async () => {
    await boot({ ALLOT_CLIENT_PER_IP_PER_MINUTE: '5' });
    const first = await activate(ALICE, seed.primaryKey, 1);
    expect(first.status).toBe(201);
    // Every device route spends the same budget, whatever the answer (typos and bad bodies too).
    expect((await checkIn(ALICE, first.body.activation.id, 'fp-1')).status, 'a check-in').toBe(200);
    expectCode(await activate(ALICE, typo(seed.primaryKey), 2), 404, 'KEY_NOT_FOUND', 'a typo');
    expectCode(await post(ALICE, 'deactivate', { activationId: 'x' }), 400, 'INVALID_REQUEST', 'a bad body');
    expectCode(await post(ALICE, 'check-in', '{"activationId":'), 400, 'INVALID_JSON', 'broken JSON');

    const before = await snapshotState(server!, api);
    const sixth = await activate(ALICE, seed.primaryKey, 3);
    expectLimited(sixth, 'ip', 60, 'the sixth request in a minute');
    expect(sixth.body.error.message).toMatch(/Retry after \d+ s/);
    expectLimited(await checkIn(ALICE, first.body.activation.id, 'fp-1'), 'ip', 60, 'a check-in after it');
    // Without a trusted proxy, a forwarded-for header is the client's word: no other client.
    expectLimited(await activate(ALICE, seed.primaryKey, 3, { 'x-forwarded-for': CAROL }), 'ip', 60, 'behind a made-up X-Forwarded-For');
    expect(await snapshotState(server!, api), 'the refused requests changed nothing').toEqual(before);

    // Another address has a budget of its own; the operator's routes have none of these.
    expect((await activate(BOB, seed.primaryKey, 3)).status).toBe(201);
    expect(await operatorFrom(ALICE)).toBe(200);
    expect(await seats()).toMatchObject({ used: 2 });
  });

  it('counts misses per address (ALLOT_KEY_GUESSES_PER_IP=3): then every device route answers 429 key-guesses, typos never count', async () => {
    await boot({ ALLOT_KEY_GUESSES_PER_IP: '3' });
    const held = await activate(BOB, seed.primaryKey, 'bob');
    expect(held.status).toBe(201);
    const activationId: string = held.body.activation.id;

    // Typos the checksum catches, keys of another format and invalid bodies are not guesses.
    for (let i = 0; i < 10; i++) {
      const mistyped = await activate(ALICE, typo(seed.primaryKey), `t${i}`);
      expectCode(mistyped, 404, 'KEY_NOT_FOUND', `typo ${i}`);
      expect(mistyped.body.error.details).toEqual({ reason: 'checksum' });
    }
    expect((await activate(ALICE, 'ABCD-EFGH-JKMN-PQRS', 'f')).body.error.details).toEqual({ reason: 'format' });
    expectCode(await checkIn(ALICE, '../etc', 'fp'), 400, 'INVALID_REQUEST', 'a malformed activation id');
    // Neither are refusals a guesser learns nothing from, nor successes.
    const alice = await activate(ALICE, seed.primaryKey, 'alice');
    expect(alice.status).toBe(201);
    // A device that was deactivated and still checks in is no guess: its activation exists.
    expect((await post(ALICE, 'deactivate', { activationId: alice.body.activation.id, fingerprint: 'fp-alice' })).status).toBe(200);
    for (let i = 0; i < 5; i++) {
      const ended = await checkIn(ALICE, alice.body.activation.id, 'fp-alice');
      expectCode(ended, 404, 'ACTIVATION_NOT_FOUND', `an ended activation ${i}`);
      expect(ended.body.error.details).toEqual({ reason: 'ended' });
    }
    expect((await activate(ALICE, seed.primaryKey, 'alice')).status).toBe(201);

    // Three misses: a well-formed key nobody issued, an unknown activation, a wrong fingerprint.
    expectCode(await activate(ALICE, unknownKey(), 'a1'), 404, 'KEY_NOT_FOUND', 'miss 1: an unknown key');
    expectCode(await checkIn(ALICE, randomUUID(), 'fp-bob'), 404, 'ACTIVATION_NOT_FOUND', 'miss 2: an unknown activation');
    expectCode(await post(ALICE, 'deactivate', { activationId, fingerprint: 'fp-guess' }), 403, 'FINGERPRINT_MISMATCH', 'miss 3: a wrong fingerprint');

    const before = await snapshotState(server!, api);
    const locked = await activate(ALICE, seed.primaryKey, 'a2');
    const retryAfter = expectLimited(locked, 'key-guesses', GUESS_WINDOW_MS / 1000, 'a valid key after three misses');
    // The window began at the first miss, moments ago (nothing here takes minutes).
    expect(retryAfter).toBeGreaterThan(GUESS_WINDOW_MS / 1000 - 120);
    expectLimited(await checkIn(ALICE, activationId, 'fp-bob'), 'key-guesses', GUESS_WINDOW_MS / 1000, 'a right check-in');
    expectLimited(await activate(ALICE, typo(seed.primaryKey), 'a3'), 'key-guesses', GUESS_WINDOW_MS / 1000, 'a typo');
    expectLimited(await activate(ALICE, seed.primaryKey, 'a2', { 'x-forwarded-for': CAROL }), 'key-guesses', GUESS_WINDOW_MS / 1000, 'a made-up X-Forwarded-For');
    expect(await snapshotState(server!, api), 'the refused requests changed nothing').toEqual(before);

    // Other addresses are unaffected, and so are the operator's routes from this one.
    expect((await activate(CAROL, seed.primaryKey, 'carol')).status).toBe(201);
    expect((await checkIn(BOB, activationId, 'fp-bob')).status).toBe(200);
    expect(await operatorFrom(ALICE)).toBe(200);
    expect(await seats()).toMatchObject({ used: 3 });
  });

  it('counts an IPv6 client per /64', async () => {
    await boot({ ALLOT_KEY_GUESSES_PER_IP: '2' });
    expectCode(await activate('2001:db8:1:2::a', unknownKey(), 1), 404, 'KEY_NOT_FOUND', 'miss 1');
    expectCode(await activate('2001:db8:1:2:ffff::b', unknownKey(), 1), 404, 'KEY_NOT_FOUND', 'miss 2, same /64');
    expectLimited(await activate('2001:db8:1:2::c', seed.primaryKey, 1), 'key-guesses', GUESS_WINDOW_MS / 1000, 'a third address of the /64');
    expect((await activate('2001:db8:1:3::a', seed.primaryKey, 1)).status, 'another /64').toBe(201);
  });

  it('behind a trusted proxy (ALLOT_TRUST_PROXY), counts the forwarded client address', async () => {
    await boot({ ALLOT_TRUST_PROXY: '1', ALLOT_KEY_GUESSES_PER_IP: '2', ALLOT_CLIENT_PER_IP_PER_MINUTE: '3' });
    const proxy = '10.0.0.1';
    const via = (client: string) => ({ 'x-forwarded-for': client });
    expectCode(await activate(proxy, unknownKey(), 1, via(ALICE)), 404, 'KEY_NOT_FOUND', 'miss 1');
    expectCode(await activate(proxy, unknownKey(), 1, via(ALICE)), 404, 'KEY_NOT_FOUND', 'miss 2');
    expectLimited(await activate(proxy, seed.primaryKey, 1, via(ALICE)), 'key-guesses', GUESS_WINDOW_MS / 1000, 'alice, through the proxy');
    expect((await activate(proxy, seed.primaryKey, 1, via(BOB))).status, 'bob, through the same proxy').toBe(201);
    // The request budget is the forwarded client's too: alice has spent her 3 (the refused one counts).
    expectLimited(await activate(proxy, seed.primaryKey, 2, via(ALICE)), 'ip', 60, 'alice, fourth request');
    expect((await activate(proxy, seed.primaryKey, 2, via(CAROL))).status, 'carol, through the same proxy').toBe(201);
  });

  it('with the proxies named (ALLOT_TRUST_PROXY=addresses), a client cannot pick its own address by sending X-Forwarded-For', async () => {
    await boot({ ALLOT_TRUST_PROXY: '10.0.0.0/8, 192.0.2.1', ALLOT_KEY_GUESSES_PER_IP: '2' });
    const proxy = '10.1.2.3';
    // The proxy appends the address it saw; alice's own header said she was carol, then bob.
    const spoofed = (claimed: string) => ({ 'x-forwarded-for': `${claimed}, ${ALICE}` });
    expectCode(await activate(proxy, unknownKey(), 1, spoofed(CAROL)), 404, 'KEY_NOT_FOUND', 'miss 1');
    expectCode(await activate(proxy, unknownKey(), 1, spoofed(BOB)), 404, 'KEY_NOT_FOUND', 'miss 2');
    expectLimited(await activate(proxy, seed.primaryKey, 1, spoofed(CAROL)), 'key-guesses', GUESS_WINDOW_MS / 1000, 'alice, whatever she claims');
    // Carol through the proxy is herself; a header from an address that is no proxy is ignored.
    expect((await activate(proxy, seed.primaryKey, 2, { 'x-forwarded-for': CAROL })).status).toBe(201);
    expectLimited(await activate(ALICE, seed.primaryKey, 3, { 'x-forwarded-for': BOB }), 'key-guesses', GUESS_WINDOW_MS / 1000, 'alice, straight, claiming bob');
  });

  /** X-Forwarded-For values that name no IP address. */
  const NOT_ADDRESSES = ['evil<script>', 'unknown', '1.2.3.4.5', '::zz', '203.0.113.10:8080', '_hidden', '999.1.1.1'];

  it.each([
    ['the proxy named', '10.0.0.0/8'],
    ['every sender trusted', 'true'],
  ])('behind a trusted proxy (%s), ignores a forwarded client address that is no IP address: the socket address is stored and counted', async (_what, trust) => {
    await boot({ ALLOT_TRUST_PROXY: trust, ALLOT_KEY_GUESSES_PER_IP: '3' });
    const proxy = '10.0.0.1';
    const via = (client: string) => ({ 'x-forwarded-for': client });
    const ids: string[] = [];
    for (const [i, junk] of NOT_ADDRESSES.entries()) {
      const res = await activate(proxy, seed.primaryKey, i, via(junk));
      expect(res.status, `${junk}: ${JSON.stringify(res.body)}`).toBe(201);
      expect(res.body.activation.device.ip, junk).toBe(proxy);
      ids.push(res.body.activation.id);
    }
    // A check-in records the address too: from alice, then with junk again.
    const ipOf = async (id: string) => (await api.get(`/v1/activations/${id}`)).body.device.ip;
    expect((await checkIn(proxy, ids[0]!, 'fp-0', via(ALICE))).status).toBe(200);
    expect(await ipOf(ids[0]!)).toBe(ALICE);
    expect((await checkIn(proxy, ids[0]!, 'fp-0', via('unknown'))).status).toBe(200);
    expect(await ipOf(ids[0]!)).toBe(proxy);
    const listed = await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations`);
    expect(listed.body.data.map((a: any) => a.device.ip)).toEqual(NOT_ADDRESSES.map(() => proxy));
    const csv = await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations.csv`);
    for (const junk of NOT_ADDRESSES) expect(csv.text, junk).not.toContain(junk);

    // The misses of every junk value are the proxy's: three of them spend its budget, not three budgets.
    for (const junk of NOT_ADDRESSES.slice(0, 3)) expectCode(await activate(proxy, unknownKey(), 'x', via(junk)), 404, 'KEY_NOT_FOUND', junk);
    for (const junk of NOT_ADDRESSES.slice(3)) expectLimited(await activate(proxy, seed.primaryKey, 0, via(junk)), 'key-guesses', GUESS_WINDOW_MS / 1000, junk);
    expectLimited(await activate(proxy, seed.primaryKey, 0), 'key-guesses', GUESS_WINDOW_MS / 1000, 'the proxy itself');
    // A real address through the proxy is still its own client.
    expect((await activate(proxy, seed.primaryKey, 0, via(BOB))).status).toBe(200);
  });

  it('counts the request budget of junk forwarded addresses under the socket address', async () => {
    await boot({ ALLOT_TRUST_PROXY: '10.0.0.1', ALLOT_CLIENT_PER_IP_PER_MINUTE: '3' });
    const proxy = '10.0.0.1';
    for (const [i, junk] of NOT_ADDRESSES.entries()) {
      const res = await activate(proxy, seed.primaryKey, i, { 'x-forwarded-for': junk });
      if (i < 3) expect(res.status, junk).toBe(201);
      else expectLimited(res, 'ip', 60, junk);
    }
    expect((await activate(proxy, seed.primaryKey, 'carol', { 'x-forwarded-for': CAROL })).status).toBe(201);
  });

  it('counts the sign-in budget of junk forwarded addresses under the socket address', async () => {
    await boot({ ALLOT_TRUST_PROXY: '10.0.0.1', ALLOT_SIGN_IN_PER_MINUTE: '2' });
    const signIn = (i: number, forwarded: string) =>
      server!.app.inject({
        method: 'POST',
        url: '/v1/session',
        remoteAddress: '10.0.0.1',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwarded },
        payload: JSON.stringify({ email: `nobody${i}@example.com`, password: 'not the password at all' }),
      });
    for (const [i, junk] of NOT_ADDRESSES.entries()) {
      const res = await signIn(i, junk);
      expect(res.statusCode, `${junk}: ${res.body}`).toBe(i < 2 ? 401 : 429);
    }
    expect((await signIn(99, CAROL)).statusCode).toBe(401);
  });

  it('refuses an ALLOT_TRUST_PROXY that is neither true, false nor addresses', () => {
    const base = { ALLOT_MASTER_KEY: randomBytes(32).toString('base64') };
    expect(readConfig({ ...base, ALLOT_TRUST_PROXY: '10.0.0.0/8,::1' }).trustProxy).toEqual(['10.0.0.0/8', '::1']);
    expect(readConfig({ ...base, ALLOT_TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readConfig({ ...base }).trustProxy).toBe(false);
    for (const bad of ['yes', '10.0.0.0/33', '10.0.0.1/8/1', 'proxy.example.com'])
      expect(() => readConfig({ ...base, ALLOT_TRUST_PROXY: bad }), bad).toThrow(/ALLOT_TRUST_PROXY must be/);
  });

  it('lets no more misses through than the budget, however many requests arrive at once', async () => {
    await boot({ ALLOT_KEY_GUESSES_PER_IP: '3' });
    const before = await snapshotState(server!, api);
    const burst = await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 ? activate(ALICE, unknownKey(), i) : checkIn(ALICE, randomUUID(), `fp-${i}`))));
    const misses = burst.filter((r) => r.status === 404);
    const refused = burst.filter((r) => r.status === 429);
    expect(misses.length + refused.length, JSON.stringify(burst.map((r) => r.status))).toBe(24);
    expect(misses.length, 'the misses answered as misses').toBe(3);
    for (const r of refused) expectLimited(r, 'key-guesses', GUESS_WINDOW_MS / 1000, 'a guess of the burst');
    expectLimited(await activate(ALICE, seed.primaryKey, 1), 'key-guesses', GUESS_WINDOW_MS / 1000, 'after the burst');
    expect(await snapshotState(server!, api)).toEqual(before);
    expect((await activate(BOB, seed.primaryKey, 1)).status).toBe(201);
  });

  it('queues, never refuses, more requests at once than the guess budget from an address that does not miss', async () => {
    await boot({ ALLOT_KEY_GUESSES_PER_IP: '2' });
    const held = await activate(BOB, seed.primaryKey, 'bob');
    expect(held.status).toBe(201);
    const together = await Promise.all([
      ...Array.from({ length: 12 }, () => checkIn(ALICE, held.body.activation.id, 'fp-bob')),
      ...Array.from({ length: 6 }, (_, i) => activate(ALICE, seed.primaryKey, `alice-${i}`)),
    ]);
    expect(together.map((r) => r.status)).toEqual([...Array(12).fill(200), ...Array(6).fill(201)]);
    // One miss still leaves one unit: the budget was not spent by the crowd.
    expectCode(await activate(ALICE, unknownKey(), 'x'), 404, 'KEY_NOT_FOUND', 'miss 1');
    expect((await checkIn(ALICE, held.body.activation.id, 'fp-bob')).status).toBe(200);
    expectCode(await activate(ALICE, unknownKey(), 'y'), 404, 'KEY_NOT_FOUND', 'miss 2');
    expectLimited(await checkIn(ALICE, held.body.activation.id, 'fp-bob'), 'key-guesses', GUESS_WINDOW_MS / 1000, 'after two misses');
  });

  it('caps activations per key and minute (ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE=2) from any address, taking no seat', async () => {
    await boot({ ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE: '2' });
    const dynamic = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 5 });
    expect(dynamic.status).toBe(201);
    const key: string = dynamic.body.key;
    const keyUsed = async () => (await api.get(`/v1/keys/${dynamic.body.id}`)).body.used;

    expect((await activate(ALICE, key, 1)).status).toBe(201);
    expect((await activate(BOB, key, 2)).status).toBe(201);
    const before = await snapshotState(server!, api);
    const seatsBefore = await seats();
    const third = await activate(CAROL, key, 3);
    expectLimited(third, 'key', 60, 'a third device with the key, from a third address');
    expect(third.body.error.message).not.toContain(key);
    // The key in another spelling (lower case, no dashes) is the same key; re-activating counts too.
    expectLimited(await activate(CAROL, key.replace(/-/g, '').toLowerCase(), 3), 'key', 60, 'the key without dashes, in lower case');
    expectLimited(await activate(ALICE, key, 1), 'key', 60, 'the first device again');
    expect(await seats()).toEqual(seatsBefore);
    expect(await keyUsed()).toBe(2);
    expect(await snapshotState(server!, api), 'the refused activations changed nothing').toEqual(before);

    // Other keys have their own budgets; check-ins are not activations; a cap hit is not a guess.
    expect((await activate(CAROL, seed.primaryKey, 3)).status).toBe(201);
    expect((await checkIn(ALICE, (await api.get(`/v1/subscriptions/${seed.subscriptionId}/activations`)).body.data[0].id, 'fp-1')).status).not.toBe(429);
    expect(await seats()).toMatchObject({ used: 3 });
  });

  it('answers a body over ALLOT_BODY_LIMIT_BYTES with 413 PAYLOAD_TOO_LARGE, which is no guess', async () => {
    await boot({ ALLOT_BODY_LIMIT_BYTES: '1024', ALLOT_KEY_GUESSES_PER_IP: '1' });
    const before = await snapshotState(server!, api);
    for (const route of ['activate', 'check-in', 'deactivate'] as const) {
      const big = await post(ALICE, route, { key: unknownKey(), fingerprint: 'f'.repeat(2000), device: { name: 'pc', os: 'Linux' } });
      expectCode(big, 413, 'PAYLOAD_TOO_LARGE', route);
      expect(big.body.error.requestId).toBe(big.headers['x-request-id']);
    }
    expect(await snapshotState(server!, api)).toEqual(before);
    expectCode(await activate(ALICE, unknownKey(), 1), 404, 'KEY_NOT_FOUND', 'the one miss of the budget');
    expectLimited(await activate(ALICE, seed.primaryKey, 1), 'key-guesses', GUESS_WINDOW_MS / 1000, 'after it');
  });

  it('answers headers over ALLOT_MAX_HEADER_BYTES with 431 in the usual error shape, and keeps serving', async () => {
    await boot({ ALLOT_MAX_HEADER_BYTES: '1024' }, true);
    const { hostname, port } = new URL(server!.url);
    const raw = await new Promise<string>((resolve, reject) => {
      const socket = net.connect(Number(port), hostname, () => {
        socket.write(
          'POST /v1/client/activate HTTP/1.1\r\nHost: allot\r\nContent-Type: application/json\r\nContent-Length: 2\r\n' +
            `X-Padding: ${'a'.repeat(4096)}\r\n\r\n{}`,
        );
      });
      const chunks: Buffer[] = [];
      socket.on('data', (c: Buffer) => chunks.push(c));
      socket.on('error', reject);
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    const [head, body] = raw.split('\r\n\r\n');
    expect(head, raw).toMatch(/^HTTP\/1\.1 431 /);
    expect(head).toMatch(/\r\ncontent-type: application\/json/i);
    const requestId = /\r\nx-request-id: (\S+)/i.exec(head!)?.[1];
    const parsed = JSON.parse(body!);
    expect(parsed.error).toMatchObject({ code: 'INVALID_REQUEST', requestId });
    expect(parsed.error.message).toContain('1024 bytes');
    // Headers within the limit are served.
    const ok = await fetch(new URL('/v1/client/activate', server!.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ key: seed.primaryKey, ...device(1) }),
    });
    expect(ok.status).toBe(201);
  });

  it('turns a limit off with 0', async () => {
    const env = { ALLOT_CLIENT_PER_IP_PER_MINUTE: '0', ALLOT_KEY_GUESSES_PER_IP: '0', ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE: '0' };
    const base = { ALLOT_DATABASE_URL: 'sqlite::memory:', ALLOT_MASTER_KEY: randomBytes(32).toString('base64') };
    expect(readConfig(base)).toMatchObject({ clientPerIpPerMinute: 6000, keyGuessesPerIp: 30, activationsPerKeyPerMinute: 1000 });
    expect(readConfig({ ...base, ...env })).toMatchObject({ clientPerIpPerMinute: 0, keyGuessesPerIp: 0, activationsPerKeyPerMinute: 0 });

    await boot(env);
    // Off: no hook at all on the device routes.
    const off = clientLimits(server!.app, { perIpPerMinute: 0, keyGuessesPerIp: 0, activationsPerKeyPerMinute: 0 });
    expect([off.onRequest.length, off.preHandler.length]).toEqual([0, 0]);
    // More misses than the default budget (30), all answered as misses.
    for (let i = 0; i < 35; i++) expectCode(await activate(ALICE, unknownKey(), i), 404, 'KEY_NOT_FOUND', `miss ${i + 1}`);
    for (let i = 0; i < 5; i++) expect((await activate(ALICE, seed.primaryKey, i)).status).toBe(201);
    expect(await seats()).toMatchObject({ used: 5 });
  });
});
