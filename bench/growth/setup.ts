/**
 * What the growth scenario makes through the API before seeding: the product, one big customer
 * (a subscription of the largest pool with a primary key and a dynamic sublicense, an Account
 * Administrator's token), a few other customers whose devices the queries must filter out, and
 * one device activated through the API on each subscription (its row tells the seeding what
 * policy version a certificate carries). Then, with the server stopped, the rows are seeded.
 */
import pg from 'pg';
import Database from 'better-sqlite3';
import type { Dialect } from '../scenario.ts';
import type { SeedSubscription } from './seed.ts';

const DAY_MS = 86_400_000;
/** The largest pool there is (domain/limits.ts SUBSCRIPTION_MAX_SEATS). */
const BIG_SEATS = 1_000_000;
export const OTHER_CUSTOMERS = 4;
/** Each other customer's devices, against the big one's. */
export const OTHER_SHARE = 1 / 40;
const AUTO_RELEASE_DAYS = 30;
/** The dynamic sublicense's share of the big customer's devices (percent), and its maximum. */
const CONTRACTORS_PERCENT = 20;
const CONTRACTORS_MAX_SEATS = 400_000;

export interface Api {
  call(method: 'GET' | 'POST', path: string, body?: unknown, token?: string): Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any
}

export function api(url: string, operatorToken: string): Api {
  return {
    async call(method, path, body, token = operatorToken) {
      const res = await fetch(`${url}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}

async function expect(a: Api, status: number, method: 'GET' | 'POST', path: string, body?: unknown, token?: string) {
  const answer = await a.call(method, path, body, token);
  if (answer.status !== status) throw new Error(`growth setup: ${method} ${path}: expected ${status}, got ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`);
  return answer.body;
}

export interface Customer {
  seed: SeedSubscription;
  /** The primary key's string (devices activate with it). */
  primaryKey: string;
  /** The device activated through the API. */
  firstActivationId: string;
}

export interface Made {
  big: Customer;
  /** The big customer's Account Administrator token. */
  adminToken: string;
  others: Customer[];
}

async function customer(a: Api, name: string, withContractors: boolean): Promise<Customer & { adminToken: string }> {
  const expiresAt = new Date(Date.now() + 365 * DAY_MS).toISOString();
  const account = await expect(a, 201, 'POST', '/v1/accounts', { name });
  const sub = await expect(a, 201, 'POST', `/v1/accounts/${account.id}/subscriptions`, { product: 'growth', seats: BIG_SEATS, expiresAt, autoReleaseDays: AUTO_RELEASE_DAYS });
  const token = await expect(a, 201, 'POST', `/v1/accounts/${account.id}/tokens`, { name: `${name} admin` });
  // Key names are read from the database with the policy version (readSeedDetails).
  const keys = [{ id: sub.primaryKey.id as string, name: '', percent: withContractors ? 100 - CONTRACTORS_PERCENT : 100 }];
  if (withContractors) {
    const key = await expect(a, 201, 'POST', `/v1/subscriptions/${sub.id}/keys`, { name: 'Contractors', type: 'dynamic', maxSeats: CONTRACTORS_MAX_SEATS });
    keys.push({ id: key.id, name: '', percent: CONTRACTORS_PERCENT });
  }
  const device = { name: 'first-device', os: 'macOS 15.1', serial: 'SN-FIRST', mac: '00:11:22:33:44:55', appVersion: '20.1.0' };
  const activated = await expect(a, 201, 'POST', '/v1/client/activate', { key: sub.primaryKey.key, fingerprint: `first-${sub.id}`, device }, '');
  return {
    seed: {
      id: sub.id,
      accountId: account.id,
      keys,
      deliveredPolicyVersion: NaN, // read from the database once the server has stopped
      autoReleaseDays: AUTO_RELEASE_DAYS,
      administrator: { tokenId: token.id, name: token.name },
    },
    primaryKey: sub.primaryKey.key,
    firstActivationId: activated.activation.id,
    adminToken: token.token,
  };
}

/** Makes the customers through the API of a server on a new database. */
export async function makeCustomers(a: Api): Promise<Made> {
  await expect(a, 201, 'POST', '/v1/products', { code: 'growth', name: 'Growth Pro', downloadUrl: 'https://example.com/download' });
  const { adminToken, ...big } = await customer(a, 'Big Corp', true);
  const others: Customer[] = [];
  for (let i = 0; i < OTHER_CUSTOMERS; i++) others.push(await customer(a, `Customer ${i + 1}`, false));
  return { big, adminToken, others };
}

/** A query's first value, on the database directly (the server stopped or not). */
export async function queryValue(dialect: Dialect, url: string, sql: string, params: string[] = []): Promise<unknown> {
  const rows = await queryRows(dialect, url, sql, params);
  return rows[0] ? Object.values(rows[0])[0] : undefined;
}

export async function queryRows(dialect: Dialect, url: string, sql: string, params: string[] = []): Promise<Record<string, unknown>[]> {
  if (dialect === 'sqlite') {
    const db = new Database(url.slice('sqlite:'.length), { readonly: true });
    try {
      // SQLite's placeholders are ?; the queries here are written with $1, $2 … as PostgreSQL's.
      return db.prepare(sql.replace(/\$\d+/g, '?')).all(...params) as Record<string, unknown>[];
    } finally {
      db.close();
    }
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as Record<string, unknown>[];
  } finally {
    await client.end();
  }
}

/**
 * What the seeding copies from the database as the app wrote it: the keys' names, and the
 * policy version the first device's certificate carried (the seeded devices carry the same).
 */
export async function readSeedDetails(dialect: Dialect, url: string, made: Made): Promise<void> {
  for (const c of [made.big, ...made.others]) {
    for (const k of c.seed.keys) k.name = String(await queryValue(dialect, url, 'SELECT name FROM license_keys WHERE id = $1', [k.id]));
    const version = await queryValue(dialect, url, 'SELECT delivered_policy_version FROM activations WHERE id = $1', [c.firstActivationId]);
    c.seed.deliveredPolicyVersion = Number(version);
    if (!Number.isInteger(c.seed.deliveredPolicyVersion)) throw new Error(`growth setup: no policy version on activation ${c.firstActivationId}`);
  }
}
