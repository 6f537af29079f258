/**
 * A property test over every operation of the published OpenAPI document (DESIGN.md: "A 5xx
 * is a bug"; "Bad input gets a clear error and changes nothing"). Seeded batches of requests,
 * as the operator, account A's administrator token, a License Administrator token of account A,
 * account B's token and anonymously: bodies generated from the schemas with real ids of both
 * tenants, single-fault mutations, any JSON, raw bytes under any content type, deep nesting,
 * odd query strings, long and Unicode path segments, other methods, repeated headers over a
 * socket; mixed with the clock moving and the sweeps running, so devices really activate, move,
 * expire and get released. Properties: never a 5xx and the process keeps serving; every error
 * is the documented shape with a known code; no tenant sees the other's ids; a refused write
 * (a sample, snapshotted) changed nothing; the seat counters equal a recount and obey the
 * invariants for every subscription.
 *
 * The seed is random and printed; replay a failure exactly with the seed and the run count:
 *   ALLOT_FUZZ_SEED=… ALLOT_FUZZ_RUNS=… DIALECTS=sqlite npx vitest run test/http/fuzz.test.ts
 * ALLOT_FUZZ_MS sets the time budget per dialect (default 6000); a run goes on past it until it
 * did the least work the test asks of it (MIN_REQUESTS, MIN_OK_WRITES), so a slow machine runs
 * longer rather than fails.
 */
import fc from 'fast-check';
import { sql } from 'kysely';
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dialects } from '../helpers/db.ts';
import {
  batchArb,
  concretize,
  harvest,
  injectRequest,
  planArb,
  Pool,
  socketRequest,
  stateDiff,
  storedState,
  type Batch,
  type CallerName,
  type Concrete,
  type Plan,
} from '../helpers/fuzz.ts';
import { OPERATOR_TOKEN, startTestServer, type TestServer } from '../helpers/harness.ts';
import { dnsEnv, startDnsServer, type DnsServer } from '../helpers/dns-server.ts';
import { isErrorPage, judge, judgePage, loadOperations, seedWorld, tenantSecrets, type Answer, type Operation, type Tenant, type World } from '../helpers/malformed.ts';
import { auditSeats, expectSeatsConsistent } from '../helpers/seat-audit.ts';
import { consoleClient, SESSION_COOKIE } from '../helpers/session.ts';

const SEED = process.env.ALLOT_FUZZ_SEED === undefined ? (Date.now() ^ (Math.random() * 0x7fffffff)) >>> 0 : Number(process.env.ALLOT_FUZZ_SEED);
const RUNS = process.env.ALLOT_FUZZ_RUNS === undefined ? undefined : Number(process.env.ALLOT_FUZZ_RUNS);
const BUDGET_MS = Number(process.env.ALLOT_FUZZ_MS ?? 6000);
/** The least a budgeted run does before its budget may end it (more than this many requests answered, writes that succeeded). */
const MIN_REQUESTS = 50;
const MIN_OK_WRITES = 5;
/**
 * A replay (RUNS set) gets the time it needs. A budgeted run stops at its budget once it did the
 * least it must (BudgetSpent); this limit only ends one on a machine too slow to do that at all.
 */
const LIMIT_MS = RUNS === undefined ? Math.max(BUDGET_MS, 45_000) : Math.max(BUDGET_MS, 10 * 60_000);
/** An answer that takes longer is a hang: far beyond any request on a loaded machine, short of the test's timeout. */
const REQUEST_TIMEOUT_MS = 30_000;
/** Most snapshots of the stored state per dialect (each reads every table). */
const MAX_CHECKS = 40;
/** Seat audits of every subscription, every this many batches (and at the end). */
const AUDIT_EVERY = 15;
/** The clock never passes this: subscriptions end in 2030, and a fuzz of expired ones only says no. */
const CLOCK_LIMIT = Date.parse('2029-06-01T00:00:00Z');
const CONSOLE_EMAIL = 'console-a@example.com';
const PASSWORD = 'a long enough password';

console.log(`[fuzz] seed ${SEED}${RUNS === undefined ? `, budget ${BUDGET_MS} ms per dialect` : `, ${RUNS} runs`} (replay: ALLOT_FUZZ_SEED=${SEED} ALLOT_FUZZ_RUNS=<runs>)`);

/** State-changing operations come up more often, so that the fuzz works on real state. */
const WEIGHTS: Record<string, number> = {
  'POST /v1/client/activate': 20,
  'POST /v1/client/check-in': 6,
  'POST /v1/client/deactivate': 4,
  'POST /v1/subscriptions/{id}/keys': 8,
  'PATCH /v1/keys/{id}': 4,
  'DELETE /v1/keys/{id}': 3,
  'POST /v1/activations/{id}/move': 6,
  'POST /v1/activations/{id}/deactivate': 4,
  'POST /v1/activations/{id}/blacklist': 4,
  'DELETE /v1/blacklist/{id}': 3,
  'POST /v1/subscriptions/{id}/activations/bulk': 4,
  'POST /v1/keys/{id}/invitations': 4,
  'POST /v1/invitations/{id}/resend': 3,
  'POST /v1/invitations/{id}/revoke': 3,
  'POST /v1/accounts/{accountId}/members': 4,
  'PATCH /v1/members/{id}': 4,
  'PATCH /v1/subscriptions/{id}': 4,
  'POST /v1/accounts/{accountId}/subscriptions': 3,
  // Sign-ins started, so that answers name real ones
  'GET /sso/activate': 4,
  'GET /sso/console': 3,
  'POST /sso/saml/{accountId}/acs': 4,
};
const weightOf = (op: Operation): number => WEIGHTS[op.key] ?? 2;

/** A 503 the console sends while web/dist is not built (a state of the install, not of the input). */
const consoleNotBuilt = (ans: Answer): boolean => ans.status === 503 && ans.text.includes('The console is not built');

/** Errors of the client library before anything reached the server (a header or URL it will not send). */
const unsendable = (e: unknown): boolean => {
  const code = (e as { code?: string }).code ?? '';
  const message = e instanceof Error ? e.message : String(e);
  return /^ERR_(INVALID_CHAR|INVALID_HTTP_TOKEN|INVALID_URL|UNESCAPED_CHARACTERS|INVALID_ARG_VALUE|HTTP_INVALID_HEADER_VALUE)$/.test(code) || /Invalid (URL|character|header)/i.test(message);
};

/** Thrown by the property to end a budgeted run: no failure, fast-check has no other way to stop early. */
class BudgetSpent extends Error {}

function withTimeout<T>(p: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return Promise.race([p, new Promise<T>((_, reject) => (timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: ${what}`)), ms)))]).finally(() => clearTimeout(timer));
}

const showRequest = (c: Concrete): string => {
  const p = c.req.payload;
  const payload = p === undefined ? undefined : typeof p === 'string' ? (p.length > 600 ? `${p.slice(0, 600)}…(${p.length} chars)` : p) : `<${p.length} bytes: ${p.toString('base64').slice(0, 200)}>`;
  return JSON.stringify({ method: c.req.method, url: c.req.url.length > 400 ? `${c.req.url.slice(0, 400)}…` : c.req.url, headers: c.req.headers, payload, duplicate: c.duplicate });
};

const parseJson = (payload: unknown): unknown => {
  try {
    return typeof payload === 'string' ? JSON.parse(payload) : undefined;
  } catch {
    return undefined;
  }
};

interface Stats {
  batches: number;
  requests: number;
  unsendable: number;
  checks: number;
  byStatus: Record<string, number>;
  okWrites: number;
  granted: number;
  sentOps: Set<string>;
  okOps: Set<string>;
}

describe.each(dialects())('HTTP fuzz on %s', (dialect) => {
  let server: TestServer;
  let api: Api;
  let world: World;
  let operations: Operation[];
  let credentials: Record<CallerName, Record<string, string>>;
  let pool: Pool;
  /** The console caller: a signed-in Account Administrator of account A (cookie and CSRF token). */
  let consolePassword = PASSWORD;
  async function signIn(): Promise<void> {
    const browser = consoleClient(server.app, { remoteAddress: '10.9.9.9' });
    const res = await browser.signIn(CONSOLE_EMAIL, consolePassword);
    credentials.console = res.status === 200 ? { cookie: `${SESSION_COOKIE}=${browser.cookie}`, 'x-csrf-token': String(browser.csrfToken) } : {};
  }

  // Domain verification asks a DNS server on loopback (it knows no name: every check fails fast), never the system's.
  let dns: DnsServer;
  beforeAll(async () => {
    dns = await startDnsServer();
    server = await startTestServer(dialect, { listen: true, env: dnsEnv(dns) });
    api = apiClient(server.app);
    world = await seedWorld(api, { server, dns });
    ({ operations } = await loadOperations(server.app));
    const la = await api.post(`/v1/accounts/${world.a.accountId}/tokens`, { name: 'license admin', role: 'license_admin', keyIds: [world.a.dynamicKeyId] });
    expect(la.status, la.text).toBe(201);
    const member = await api.post(`/v1/accounts/${world.a.accountId}/members`, { email: CONSOLE_EMAIL, name: 'Console', role: 'account_admin', password: PASSWORD });
    expect(member.status, member.text).toBe(201);
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    credentials = { operator: bearer(OPERATOR_TOKEN), 'account A': bearer(world.a.adminToken), 'license admin': bearer(la.body.token), 'account B': bearer(world.b.adminToken), console: {}, anonymous: {} };
    await signIn();
    expect(credentials.console.cookie).toBeDefined();
    pool = Pool.fromWorld(world, { memberEmails: ['admin-a@example.com', 'admin-b@example.com', 'invitee-a@example.com', CONSOLE_EMAIL], kept: [la.body.id, member.body.id] });
  });
  afterAll(async () => {
    await server?.close();
    await dns?.close();
  });

  /** Secrets of the other tenant that must not appear in a success answer to this caller (unless the request carried them). */
  const othersSecrets = (caller: CallerName): string[] => {
    const other: Tenant | null = caller === 'account A' || caller === 'license admin' || caller === 'console' ? world.b : caller === 'account B' ? world.a : null;
    // A fingerprint is the device's, not the tenant's: two tenants' devices may share one.
    return other ? tenantSecrets(other).filter((s) => s !== other.fingerprint) : [];
  };

  async function auditAll(): Promise<void> {
    const db = server.runtime.database.db;
    const ids = (await sql<{ id: string }>`select id from subscriptions`.execute(db)).rows.map((r) => r.id);
    for (const id of ids) expectSeatsConsistent(await auditSeats(server.runtime.database, id));
  }

  it('answers every generated and malformed request below 500, in the documented shape, and keeps the seats consistent', async () => {
    const stats: Stats = { batches: 0, requests: 0, unsendable: 0, checks: 0, byStatus: {}, okWrites: 0, granted: 0, sentOps: new Set(), okOps: new Set() };
    const problems: string[] = [];

    /** Sends one planned request and judges the answer; returns what is wrong, or null. */
    async function send(plan: Plan, mayCheck: boolean): Promise<string | null> {
      const op = operations[plan.op % operations.length]!;
      const c = concretize(plan, operations, pool, server.clock.now(), credentials);
      const write = c.req.method !== 'GET' && c.req.method !== 'HEAD';
      const check = mayCheck && plan.check && write && stats.checks < MAX_CHECKS;
      let before: Record<string, string[]> | null = null;
      if (check) {
        // Whatever fell due is settled first: a refusal may settle an expiry on its way, rightly.
        await server.runtime.services.sweeps.run();
        before = await storedState(server);
      }
      let ans: Answer;
      try {
        const via = c.duplicate ? socketRequest(server.url, c) : injectRequest(server.app, c);
        ans = await withTimeout(via, REQUEST_TIMEOUT_MS, c.req.url.slice(0, 100));
      } catch (e) {
        if (unsendable(e)) {
          stats.unsendable++;
          return null;
        }
        return `${showRequest(c)}\n  → no answer: ${e instanceof Error ? e.message : String(e)}`;
      }
      stats.requests++;
      stats.sentOps.add(op.key);
      const label = `${ans.status} ${ans.body?.error?.code ?? ''}`.trim();
      stats.byStatus[label] = (stats.byStatus[label] ?? 0) + 1;
      if (ans.status < 300 && write) stats.okWrites++;
      if (ans.status < 300 && plan.path === null && plan.method === null) stats.okOps.add(op.key);
      if (ans.status === 201 && op.key === 'POST /v1/client/activate' && plan.path === null && plan.method === null) stats.granted++;

      if (process.env.FZDEBUG && (op.key.includes(process.env.FZDEBUG) || ans.status === Number(process.env.FZDEBUG)) && plan.path === null && plan.method === null) console.log('DBG', plan.caller, c.req.url, String(c.req.payload).slice(0, 200), '→', ans.status, ans.text.slice(0, 200));
      const fail = (what: string) => `${showRequest(c)} (as ${plan.caller})\n  → ${what}\n  → ${ans.status} ${ans.text.slice(0, 400)}`;
      if (consoleNotBuilt(ans)) return null;
      // The caller's identity counts on its own routes only (the client API's credential is the key in the body).
      const asCaller = op.secured && plan.authorization === null && plan.path === null;
      const sentText = `${c.req.url} ${typeof c.req.payload === 'string' ? c.req.payload : ''}`;
      const noLeak = asCaller ? othersSecrets(plan.caller).filter((s) => !sentText.includes(s)) : [];
      // A browser's sign-in routes answer a client that asks for HTML with an error page (its code, status and request named).
      const page = c.req.url.startsWith('/sso/') && isErrorPage(ans);
      const problem = c.req.method === 'HEAD' ? (ans.status >= 500 ? `server error ${ans.status}` : null) : page ? judgePage(ans) : judge(ans, { below500: true, noLeak });
      if (problem) return fail(problem);
      if (before) {
        stats.checks++;
        // A failed domain verification is an answer, not bad input: it records the check (and its event) by design.
        const checkRecorded = op.key === 'POST /v1/domains/{id}/verify' && ['DOMAIN_NOT_VERIFIED', 'DOMAIN_TAKEN'].includes(ans.body?.error?.code);
        if (ans.status >= 400 && !checkRecorded) {
          const diff = stateDiff(before, await storedState(server));
          if (diff.length) return fail(`refused, but the stored state changed:\n    ${diff.join('\n    ')}`);
        }
      }
      if (plan.caller === 'console' && plan.authorization === null && !plan.headers.some(([h]) => h === 'cookie')) {
        if (op.key === 'POST /v1/me/password' && ans.status < 300) consolePassword = (parseJson(c.req.payload) as { newPassword: string }).newPassword;
        // Signed out (DELETE /v1/session), or the session ended: sign in again, as the browser would.
        if (ans.status === 401 || (op.key === 'DELETE /v1/session' && ans.status < 300) || (op.key === 'POST /v1/me/password' && ans.status < 300)) await signIn();
      }
      if (plan.path === null && plan.method === null) {
        harvest(pool, op, parseJson(c.req.payload), ans);
      }
      return null;
    }

    async function runBatch(batch: Batch): Promise<string | null> {
      stats.batches++;
      const requests: Plan[] = [];
      for (const step of batch.steps) {
        if (step.t === 'advance') {
          if (server.clock.now() + step.ms < CLOCK_LIMIT) server.clock.advance(step.ms);
        } else if (step.t === 'sweep') await server.runtime.services.sweeps.run();
        else if (!batch.parallel) {
          const p = await send(step.plan, true);
          if (p) return p;
        } else requests.push(step.plan);
      }
      const found = (await Promise.all(requests.map((plan) => send(plan, false)))).filter((p) => p !== null);
      if (found.length) return found[0]!;
      if (stats.batches % AUDIT_EVERY === 0) await auditAll();
      return null;
    }

    const started = performance.now();
    // fc.check rather than fc.assert: the batch that failed is printed as the request it made, not as its plan.
    const details = await fc.check(
      fc.asyncProperty(batchArb(planArb(operations, weightOf)), async (batch) => {
        const didEnough = stats.requests > MIN_REQUESTS && stats.okWrites > MIN_OK_WRITES;
        if (RUNS === undefined && performance.now() - started >= BUDGET_MS && didEnough) throw new BudgetSpent();
        const problem = await runBatch(batch);
        if (problem) {
          problems.push(`run ${stats.batches}: ${problem}`);
          throw new Error(problem);
        }
      }),
      { seed: SEED, numRuns: RUNS ?? 1_000_000, interruptAfterTimeLimit: LIMIT_MS, markInterruptAsFailure: false, endOnFailure: true },
    );
    const ms = Math.round(performance.now() - started);
    const replay = `replay: ALLOT_FUZZ_SEED=${SEED} ALLOT_FUZZ_RUNS=${stats.batches} DIALECTS=${dialect} npx vitest run test/http/fuzz.test.ts -t 'fuzz on ${dialect}'`;
    expect(problems, replay).toEqual([]);
    if (details.failed && !(details.errorInstance instanceof BudgetSpent)) throw new Error(`${replay}\n${String(details.errorInstance)}`);

    // The process keeps serving: over the socket too, and a fresh device still activates.
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const fresh = await api.as(null).post('/v1/client/activate', { key: world.a.primaryKey, fingerprint: 'fz-after-the-run', device: { name: 'after', os: 'Linux' } });
    expect(fresh.status < 500, fresh.text).toBe(true);
    await auditAll();

    const top = Object.entries(stats.byStatus).sort((x, y) => y[1] - x[1]).slice(0, 12).map(([k, v]) => `${k}×${v}`).join(', ');
    const unsent = operations.filter((o) => !stats.sentOps.has(o.key)).map((o) => o.key);
    const neverOk = operations.filter((o) => !stats.okOps.has(o.key)).map((o) => o.key);
    console.log(
      `[fuzz] ${dialect} seed ${SEED}: ${stats.batches} runs, ${stats.requests} requests in ${ms} ms (${stats.unsendable} unsendable), ${stats.okWrites} successful writes, ` +
        `${stats.granted} devices activated, ${stats.checks} refused-write snapshots, clock at ${new Date(server.clock.now()).toISOString()}\n  ${top}` +
        (unsent.length ? `\n  not sent: ${unsent.join(', ')}` : '') +
        (neverOk.length ? `\n  never a success: ${neverOk.join(', ')}` : ''),
    );
    expect(stats.requests).toBeGreaterThan(MIN_REQUESTS);
    expect(stats.okWrites, 'the fuzz changed real state').toBeGreaterThan(MIN_OK_WRITES);
    // With enough requests every operation comes up (each has weight ≥ 2 of a few hundred).
    if (stats.requests > 30 * operations.length) expect(unsent).toEqual([]);
  });
});

describe('the HTTP parser', () => {
  /** Raw bytes to the port: what Node's parser refuses never reaches Fastify's routes. */
  const raw = (port: number, text: string) =>
    new Promise<string>((resolve, reject) => {
      const s = net.connect(port, '127.0.0.1', () => s.end(text));
      let out = '';
      s.on('data', (d) => (out += d.toString('latin1')));
      s.on('close', () => resolve(out));
      s.on('error', reject);
    });

  it('answers a request it refuses (two Content-Length headers, a space in the path, a bad chunk) in the documented error shape', async () => {
    const server = await startTestServer('sqlite', { listen: true });
    try {
      const port = Number(new URL(server.url).port);
      const cases: [string, string][] = [
        ['two different Content-Length headers', 'POST /v1/client/activate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2\r\nContent-Length: 3\r\nConnection: close\r\n\r\n{}'],
        ['a space in the path', 'GET /v1/pro ducts HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
        ['a chunk size that is not hex', 'POST /v1/client/activate HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz\r\n{}\r\n0\r\n\r\n'],
      ];
      const failures: string[] = [];
      for (const [what, request] of cases) {
        const answer = await raw(port, request);
        const [head = '', body = ''] = answer.split('\r\n\r\n');
        const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
        const requestId = /^x-request-id: (.+)$/im.exec(head)?.[1]?.trim();
        let parsed: unknown;
        try {
          parsed = JSON.parse(body);
        } catch {
          parsed = undefined;
        }
        const problem = judge({ status, text: body, body: parsed, headers: requestId ? { 'x-request-id': requestId } : {} }, { codes: ['INVALID_REQUEST'] });
        if (problem) failures.push(`${what}: ${problem}\n      → ${answer.replace(/\r\n/g, ' | ').slice(0, 300)}`);
      }
      expect(failures).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
