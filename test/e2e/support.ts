/**
 * What the console suites share: an Allot server on SQLite with a real port, seeded through the
 * API (the operator's token, an account administrator's token, the client API), members who
 * sign in through the form, and the seat box read from the screen next to the API's and the
 * formulas' numbers.
 *
 * The browser suites run on SQLite only: the API suites (test/http, test/stress) already cover
 * PostgreSQL, and what the console shows does not depend on the dialect.
 */
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { apiClient, type Api } from '../helpers/api.ts';
import { dnsEnv, type DnsServer } from '../helpers/dns-server.ts';
import { seedSubscription, type Seeded } from '../helpers/fixtures.ts';
import { startTestServer, TestClock, type TestServer } from '../helpers/harness.ts';
import { freePort } from '../helpers/processes.ts';
import { expectSeatFormulas } from '../helpers/seat-audit.ts';

export const PASSWORD = 'correct horse battery staple';
export const XSS = '<img src=x onerror=alert(1)>';

/** Allot on a SQLite file of its own, listening on 127.0.0.1, its clock at the real time (the browser's "today"). */
export function startConsoleServer(env: Record<string, string> = {}): Promise<TestServer> {
  return startTestServer('sqlite', { listen: true, clock: new TestClock(Date.now()), env: { ALLOT_SIGN_IN_PER_MINUTE: '1000', ...env } });
}

/**
 * A console server for SSO: DNS asked through `dns` (a real server on loopback), and
 * ALLOT_PUBLIC_URL the address it listens on, where identity providers send the browser back.
 */
export async function startSsoConsoleServer(dns: DnsServer): Promise<TestServer> {
  const port = await freePort();
  return startConsoleServer({ ...dnsEnv(dns), ALLOT_PORT: String(port), ALLOT_PUBLIC_URL: `http://127.0.0.1:${port}` });
}

/** The suite's console server: started before its tests, closed after them (`ctx.server`). */
export function useConsoleServer(): { readonly server: TestServer } {
  const ctx = {} as { server: TestServer };
  beforeAll(async () => {
    ctx.server = await startConsoleServer();
  });
  afterAll(async () => {
    await ctx.server?.close();
  });
  return ctx;
}

export interface Account extends Seeded {
  /** The operator, over inject. */
  op: Api;
  /** The account's administrator token (what an integration would use). */
  admin: Api;
  /** The client API: no bearer, the key is the credential. */
  client: Api;
}

/** A product "Desktop Pro", an account "Acme Corp" with an admin token, a subscription of `seats`. */
export async function seedAccount(server: TestServer, seats: number): Promise<Account> {
  const op = apiClient(server.app);
  const seeded = await seedSubscription(op, seats);
  return { ...seeded, op, admin: op.as(seeded.adminToken), client: op.as(null) };
}

/** A member with a password (only the operator may set one), active at once. */
export async function addMember(
  account: Account,
  member: { email: string; name: string; role: 'account_admin' | 'license_admin' | 'member'; keyIds?: string[] },
): Promise<{ id: string; email: string }> {
  const res = await account.op.post(`/v1/accounts/${account.accountId}/members`, { ...member, password: PASSWORD });
  expect(res.status, res.text).toBe(201);
  return { id: res.body.id, email: member.email };
}

export async function createKey(account: Account, body: { name: string; type: 'dynamic' | 'reserved'; maxSeats: number }): Promise<{ id: string; key: string }> {
  const res = await account.admin.post(`/v1/subscriptions/${account.subscriptionId}/keys`, body);
  expect(res.status, res.text).toBe(201);
  return { id: res.body.id, key: res.body.key };
}

export interface DeviceInput {
  fingerprint: string;
  name: string;
  os?: string;
  serial?: string;
  mac?: string;
  appVersion?: string;
}

/** POST /v1/client/activate, as a device would (no browser); returns the activation id. */
export async function activate(account: Account, key: string, d: DeviceInput): Promise<string> {
  const res = await account.client.post('/v1/client/activate', {
    key,
    fingerprint: d.fingerprint,
    device: { name: d.name, os: d.os ?? 'macOS 15.1', serial: d.serial ?? `SN-${d.fingerprint}`, mac: d.mac ?? '00:11:22:33:44:55', appVersion: d.appVersion ?? '20.1.0' },
  });
  expect(res.status, res.text).toBe(201);
  return res.body.activation.id;
}

export type SeatFigures = { total: number; used: number; unused: number; availableDynamic: number; availableReserved: number };

export interface KeyState {
  type: 'primary' | 'dynamic' | 'reserved';
  maxSeats: number | null;
  used: number;
}

/**
 * The seat box from the formulas (docs/architecture.md, "The seat formulas", after DOMAIN.md),
 * given the subscription's seats and its keys:
 *   N_unused = N_total − N_used
 *   N_available_main_pool = N_total − N_used − N_reserved + N_reserved_used
 *   N_reserved_available = N_reserved − N_reserved_used
 */
export function expectedSeats(total: number, keys: KeyState[]): SeatFigures & { keyAvailable: number[] } {
  const used = keys.reduce((n, k) => n + k.used, 0);
  const reserved = keys.filter((k) => k.type === 'reserved');
  const nReserved = reserved.reduce((n, k) => n + (k.maxSeats ?? 0), 0);
  const nReservedUsed = reserved.reduce((n, k) => n + k.used, 0);
  const availableDynamic = total - used - nReserved + nReservedUsed;
  const keyAvailable = keys.map((k) =>
    k.type === 'primary' ? availableDynamic : k.type === 'reserved' ? k.maxSeats! - k.used : Math.min(k.maxSeats! - k.used, availableDynamic),
  );
  return { total, used, unused: total - used, availableDynamic, availableReserved: nReserved - nReservedUsed, keyAvailable };
}

const FIGURES = ['total', 'used', 'unused', 'availableDynamic', 'availableReserved'] as const;

/** The five numbers of the License seats box, as the screen shows them. */
export async function seatBoxOnScreen(page: Page): Promise<SeatFigures> {
  const out = {} as SeatFigures;
  for (const f of FIGURES) out[f] = Number((await page.getByTestId(`seats-${f}`).innerText()).replace(/,/g, ''));
  return out;
}

/**
 * The seat box on the screen equals the formulas' numbers, and so does GET /v1/subscriptions/{id}
 * (whose figures also obey the formulas among themselves).
 */
export async function expectSeatBox(page: Page, account: Account, expected: SeatFigures): Promise<void> {
  const want = Object.fromEntries(FIGURES.map((f) => [f, expected[f]]));
  await expect.poll(() => seatBoxOnScreen(page), { timeout: 30_000 }).toEqual(want);
  const sub = await account.admin.get(`/v1/subscriptions/${account.subscriptionId}`);
  expect(sub.status).toBe(200);
  expect(Object.fromEntries(FIGURES.map((f) => [f, sub.body.seats[f]]))).toEqual(want);
  expectSeatFormulas(sub.body.seats);
}

/** A request made by the page itself (its cookie, no CSRF header unless given): status and error code. */
export async function fetchFromPage(page: Page, path: string, init: { method?: string; headers?: Record<string, string>; body?: unknown } = {}): Promise<{ status: number; body: any }> {
  return page.evaluate(
    async ({ path, method, headers, body }) => {
      const res = await fetch(path, { method, headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await res.text();
      let parsed: unknown = null;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
      return { status: res.status, body: parsed };
    },
    { path, method: init.method ?? 'GET', headers: init.headers ?? {}, body: init.body },
  );
}

/** A table row (of the page's tables) that contains `text`. */
export const row = (page: Page, text: string) => page.getByRole('row').filter({ hasText: text });

/** A CSV file with a header row, as records (csv-parse, as the server's own tests read CSV). */
export const parseCsv = (text: string): Record<string, string>[] => parse(text, { columns: true, skip_empty_lines: true, bom: true });
