/**
 * Invitation mail under stress: an SMTP outage across a restart of the server process (clean
 * and killed), two nodes racing for one outbox, and invitees racing for the last seats.
 * Real server processes, a real SMTP server, nothing mocked.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/dialect.ts';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects, freshDatabase, type FreshDatabase } from '../helpers/db.ts';
import { activate, createKey, device, seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';
import { HttpLoad, tally, type HttpAnswer } from '../helpers/http.ts';
import { freePort, HEAVY_TEST_MS, killAllServers, spawnServer, type ServerProcess } from '../helpers/processes.ts';
import { auditSeats, expectSeatFormulas, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { allInvitations, codeOf, eventually, mailEnv, sleep, startSmtp, WAIT_MS, type Smtp } from '../helpers/smtp.ts';

/** The invitations whose unsent message is still leased by some process, read straight from the database. */
async function strandedLeases(databaseUrl: string): Promise<string[]> {
  const direct = openDatabase(databaseUrl, { poolSize: 1 });
  try {
    const rows = await direct.db
      .selectFrom('outbox')
      .select('ref_id')
      .where('status', 'in', ['queued', 'retrying'])
      .where('lease_owner', 'is not', null)
      .where('lease_until', '>', Date.now())
      .execute();
    return rows.map((r) => r.ref_id);
  } finally {
    await direct.close();
  }
}

/** Ends every lease now, as if their time had passed. */
async function expireLeases(databaseUrl: string): Promise<void> {
  const direct = openDatabase(databaseUrl, { poolSize: 1 });
  try {
    await direct.db.updateTable('outbox').set({ lease_until: Date.now() - 1 }).where('lease_owner', 'is not', null).execute();
  } finally {
    await direct.close();
  }
}

/** seedSubscription over real sockets: it only needs `post` answering `{status, body}`. */
const overHttp = (load: HttpLoad, token?: string) => load.api(token) as unknown as Api;

/** Every message arrived exactly once: one per address, each with its invitation's code, no Message-ID twice. */
function expectEachMailOnce(smtp: Smtp, invitations: { email: string; code: string }[]) {
  expect(smtp.messages).toHaveLength(invitations.length);
  const perAddress = new Map<string, number>();
  for (const m of smtp.messages) for (const to of m.envelope.to) perAddress.set(to, (perAddress.get(to) ?? 0) + 1);
  expect([...perAddress.entries()].filter(([, n]) => n !== 1), 'addresses that got more than one message').toEqual([]);
  expect([...perAddress.keys()].sort()).toEqual(invitations.map((i) => i.email).sort());
  for (const inv of invitations) expect(codeOf(smtp.to(inv.email)[0]!), inv.email).toBe(inv.code);
  expect(new Set(smtp.messages.map((m) => m.messageId)).size).toBe(invitations.length);
}

const deliveryTally = (rows: any[]) => {
  const out: Record<string, number> = {};
  for (const r of rows) out[r.delivery.status] = (out[r.delivery.status] ?? 0) + 1;
  return out;
};

describe.each(dialects())('invitation mail across an SMTP outage and a restart on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  let db: FreshDatabase | undefined;
  let smtp: Smtp | undefined;
  let load: HttpLoad | undefined;

  afterEach(async () => {
    load?.close();
    load = undefined;
    await killAllServers();
    await smtp?.stop();
    smtp = undefined;
    await db?.drop();
    db = undefined;
  });
  afterAll(() => killAllServers());

  it.each(['SIGTERM', 'SIGKILL'] as const)(
    'delivers every message queued during the outage exactly once after a %s, when SMTP is back',
    async (signal) => {
      db = await freshDatabase(dialect);
      const masterKey = randomBytes(32).toString('base64');
      const smtpPort = await freePort();
      // Nobody listens on smtpPort yet: every attempt fails to connect.
      const options = { databaseUrl: db.url, masterKey, env: mailEnv(`smtp://127.0.0.1:${smtpPort}`) };
      let node: ServerProcess = await spawnServer(options);
      load = new HttpLoad(node.url, 8);
      const seed = await seedSubscription(overHttp(load), 30);
      const emails = Array.from({ length: 20 }, (_, i) => `outage-${signal.toLowerCase()}-${i}@example.com`);
      const invited = await load.request('POST', `/v1/keys/${seed.primaryKeyId}/invitations`, { emails, language: 'es' }, seed.adminToken);
      expect(invited.status, invited.text).toBe(201);
      const invitations = invited.body.data as { id: string; email: string; code: string }[];
      expect(invitations).toHaveLength(20);
      const list = () => allInvitations(load!.api(), `/v1/keys/${seed.primaryKeyId}/invitations`);

      const during = await eventually(
        "an attempt failed: delivery 'retrying' with the error",
        async () => {
          const rows = await list();
          return rows.some((r) => r.delivery.status === 'retrying' && r.delivery.lastError && r.delivery.attempts >= 1) && rows;
        },
        WAIT_MS,
        100,
      );
      // Nothing went out and nothing was given up.
      expect(during.filter((r) => !['queued', 'retrying'].includes(r.delivery.status)).map((r) => r.delivery)).toEqual([]);

      expect(await node.kill(signal)).toBe(signal === 'SIGTERM' ? '0' : 'SIGKILL');
      load.close();
      // A clean stop settles what it was sending; a killed process leaves its leases behind.
      const stranded = await strandedLeases(db.url);
      if (signal === 'SIGTERM') expect(stranded, 'leases left by a clean stop').toEqual([]);
      const strandedEmails = new Set(invitations.filter((i) => stranded.includes(i.id)).map((i) => i.email));
      expect(strandedEmails.size).toBe(stranded.length);

      smtp = await startSmtp({ port: smtpPort });
      node = await spawnServer(options);
      load = new HttpLoad(node.url, 8);
      await smtp.waitFor(20 - stranded.length);
      if (stranded.length > 0) {
        // The new process leaves alone what the dead one still holds...
        await sleep(1500);
        expect(smtp.messages.filter((m) => m.envelope.to.some((to) => strandedEmails.has(to))), 'sent while leased by the dead process').toEqual([]);
        // ...until the lease runs out. It is minutes of wall-clock time: let it run out by hand.
        await expireLeases(db.url);
        await smtp.waitFor(20);
      }
      const after = await eventually(
        "delivery 'sent' for all 20",
        async () => {
          const rows = await list();
          return rows.every((r) => r.delivery.status === 'sent') && rows;
        },
        WAIT_MS,
        200,
      );
      await sleep(1500);
      expectEachMailOnce(smtp, invitations);
      expect(deliveryTally(after)).toEqual({ sent: 20 });
      for (const r of after) expect(r.delivery).toMatchObject({ lastError: null });
      const delivered = await load.request('GET', '/v1/events?limit=500&action=invitation.delivered');
      expect(delivered.body.data).toHaveLength(20);
      expect(node.output()).not.toMatch(/"level":(5\d|60)/);
      console.log(`[${dialect}] ${signal} during an SMTP outage: ${stranded.length} of 20 messages were leased by the stopped process`);
    },
  );
});

describe.skipIf(!dialects().includes('postgres'))('invitation mail from two server processes on one PostgreSQL', { timeout: HEAVY_TEST_MS }, () => {
  let db: FreshDatabase | undefined;
  let smtp: Smtp | undefined;
  let loads: HttpLoad[] = [];

  afterEach(async () => {
    for (const l of loads) l.close();
    loads = [];
    await killAllServers();
    await smtp?.stop();
    smtp = undefined;
    await db?.drop();
    db = undefined;
  });

  it('sends each of 200 invitations exactly once while both nodes work the outbox', async () => {
    db = await freshDatabase('postgres');
    smtp = await startSmtp();
    const masterKey = randomBytes(32).toString('base64');
    const options = { databaseUrl: db.url, masterKey, env: mailEnv(smtp.url) };
    const nodes = await Promise.all([spawnServer(options), spawnServer(options)]);
    loads = nodes.map((n) => new HttpLoad(n.url, 16));
    const seed = await seedSubscription(overHttp(loads[0]!), 300);
    const emails = Array.from({ length: 200 }, (_, i) => `race-${i}@example.com`);
    const started = performance.now();
    const invited = await loads[0]!.request('POST', `/v1/keys/${seed.primaryKeyId}/invitations`, { emails }, seed.adminToken);
    expect(invited.status, invited.text.slice(0, 300)).toBe(201);
    const invitations = invited.body.data as { id: string; email: string; code: string }[];
    expect(invitations).toHaveLength(200);

    // A bound for a hang only: a loaded machine sends a few messages a second.
    await smtp.waitFor(200, 4 * WAIT_MS);
    const wallMs = performance.now() - started;
    // Node B reads what node A wrote and the workers settled.
    const after = await eventually(
      "delivery 'sent' for all 200",
      async () => {
        const rows = await allInvitations(loads[1]!.api(), `/v1/subscriptions/${seed.subscriptionId}/invitations`);
        return rows.length === 200 && rows.every((r) => r.delivery.status === 'sent') && rows;
      },
      WAIT_MS,
      200,
    );
    await sleep(1500);
    expectEachMailOnce(smtp, invitations);
    expect(deliveryTally(after)).toEqual({ sent: 200 });
    const delivered = await loads[1]!.request('GET', '/v1/events?limit=500&action=invitation.delivered');
    expect(delivered.body.data).toHaveLength(200);
    expect(new Set(delivered.body.data.map((e: any) => e.target.id)).size).toBe(200);
    for (const n of nodes) expect(n.output()).not.toMatch(/"level":(5\d|60)/);
    console.log(`[multi-node mail] 200 invitations sent by 2 processes in ${Math.round(wallMs)} ms`);
  });
});

describe.each(dialects())('invitation codes racing for seats on %s', { timeout: HEAVY_TEST_MS }, (dialect) => {
  let server: TestServer;
  let api: Api;
  let load: HttpLoad;
  let seed: Seeded;

  beforeEach(async () => {
    server = await startTestServer(dialect, { listen: true });
    api = apiClient(server.app);
    load = new HttpLoad(server.url, 32);
  });
  afterEach(async () => {
    load.close();
    await server.close();
  });

  const activateOver = (code: string, n: string) => load.request('POST', '/v1/client/activate', { key: code, ...device(n) }, null);

  async function inviteOn(keyId: string, count: number, tag: string) {
    const emails = Array.from({ length: count }, (_, i) => `${tag}-${i}@example.com`);
    const res = await api.as(seed.adminToken).post(`/v1/keys/${keyId}/invitations`, { emails });
    expect(res.status, res.text).toBe(201);
    return res.body.data as { id: string; email: string; code: string }[];
  }

  async function expectOutcome(invitations: { id: string; email: string }[], answers: HttpAnswer[]) {
    const granted = answers.map((a, i) => ({ a, inv: invitations[i]! })).filter(({ a }) => a.status === 201);
    for (const { a, inv } of granted) {
      expect(a.body.activation.userEmail).toBe(inv.email);
      const row = (await api.get(`/v1/invitations/${inv.id}`)).body;
      expect(row).toMatchObject({ status: 'accepted', activationId: a.body.activation.id });
    }
    for (const [i, a] of answers.entries())
      if (a.status !== 201) expect((await api.get(`/v1/invitations/${invitations[i]!.id}`)).body.status).toBe('pending');
    const seats = (await api.get(`/v1/subscriptions/${seed.subscriptionId}`)).body.seats;
    expectSeatFormulas(seats);
    const audit = await auditSeats(server.runtime.database, seed.subscriptionId);
    expectSeatsConsistent(audit);
    return { seats, audit };
  }

  it('gives the last 5 seats of the pool to exactly 5 of 8 invitees activating at once', async () => {
    seed = await seedSubscription(api, 10);
    for (let i = 0; i < 5; i++) expect((await activate(api, seed.primaryKey, `busy-${i}`)).status).toBe(201);
    const key = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 8, name: 'Invitees' });
    expect(key.status, key.text).toBe(201);
    const invitations = await inviteOn(key.body.id, 8, 'pool');
    const answers = await Promise.all(invitations.map((inv, i) => activateOver(inv.code, `pool-${i}`)));
    expect(tally(answers)).toEqual({ '201': 5, '409 NO_SEATS_POOL': 3 });
    const { seats, audit } = await expectOutcome(invitations, answers);
    expect(seats).toMatchObject({ total: 10, used: 10, unused: 0, availableDynamic: 0 });
    expect(audit.activeByKey[key.body.id]).toBe(5);
  });

  it("gives a 5-seat key's seats to exactly 5 of 8 invitees activating at once", async () => {
    seed = await seedSubscription(api, 20);
    const key = await createKey(api, seed.subscriptionId, { type: 'dynamic', maxSeats: 5, name: 'Five' });
    expect(key.status, key.text).toBe(201);
    const invitations = await inviteOn(key.body.id, 8, 'key');
    const answers = await Promise.all(invitations.map((inv, i) => activateOver(inv.code, `key-${i}`)));
    expect(tally(answers)).toEqual({ '201': 5, '409 NO_SEATS_KEY': 3 });
    const { seats, audit } = await expectOutcome(invitations, answers);
    expect(seats).toMatchObject({ total: 20, used: 5 });
    expect(audit.activeByKey[key.body.id]).toBe(5);
    expect((await api.get(`/v1/keys/${key.body.id}`)).body).toMatchObject({ used: 5, available: 0 });
  });

  it('lets one code activate one device when several devices, and the same device several times, present it at once', async () => {
    seed = await seedSubscription(api, 10);
    const [inv, twin] = await inviteOn(seed.primaryKeyId, 2, 'one');
    const answers = await Promise.all(Array.from({ length: 6 }, (_, i) => activateOver(inv!.code, `rival-${i}`)));
    expect(tally(answers)).toEqual({ '201': 1, '409 INVITATION_USED': 5 });
    const same = await Promise.all(Array.from({ length: 6 }, () => activateOver(twin!.code, 'twin')));
    expect(same.filter((a) => a.status === 201)).toHaveLength(1);
    expect(same.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(new Set(same.map((a) => a.body.activation.id)).size).toBe(1);
    const { seats, audit } = await expectOutcome([inv!, twin!], [answers.find((a) => a.status === 201)!, same.find((a) => a.status === 201)!]);
    expect(seats.used).toBe(2);
    expect(audit.activeRows).toBe(2);
  });
});
