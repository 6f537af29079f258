/**
 * Seeds many activations, with their audit events, straight into a database that Allot's
 * migrations created, in the shape the app itself would have left (src/storage/schema.ts,
 * the repositories): for the growth scenario (bench/scenarios/growth.ts) and for anyone who
 * needs a big database quickly (a test of a query plan, say).
 *
 * The subscription, its keys, the account and the administrator's token are made through the
 * API first; this only adds rows, then sets the seat counters to a recount of the active rows
 * (what `allot doctor --repair` would set), so that the seat box agrees with the devices.
 *
 * Every row is computed by the database from a counter (`INSERT … SELECT` over a series: a
 * recursive CTE on SQLite, generate_series on PostgreSQL), in transactions of CHUNK_ROWS rows:
 * no row crosses the wire, and the same SQL, the same rows, on both dialects.
 *
 * What a seeded activation looks like, by its place n among the subscription's (0, 1, 2 …):
 *  - activated_at spread evenly over [from, to), in n's order; its id a UUIDv7 of that
 *    instant (as the app's ids are), so ids and times sort alike;
 *  - status by n % 100 (PROPORTIONS): 88 % active, 5 % deactivated by the device
 *    (`client`), 5 % by an administrator (`administrator`), 2 % released by the auto-release
 *    sweep (`inactive`, its last check-in auto-release days before it ended);
 *  - active devices checked in within the day before `to`; ended ones ended at a time spread
 *    evenly between their activation and `to`;
 *  - its key by (n / 100) % 100 against the keys' shares (in runs of 100 devices, as
 *    rollouts come);
 *  - a name like `MBP-0012345` (`WS-`, `LNX-` by OS), a serial, a MAC, an IP in 10.0.0.0/8,
 *    an app version among a few, a 64-hex-digit fingerprint (hashes of n, unique);
 *  - one `activation.created` event (actor: the device) and, for an ended one, one
 *    `activation.deactivated` (actor: the device, or the administrator's token) or
 *    `activation.released` (actor: the auto-release sweep), with the payloads the app writes
 *    (domain/audit-events.ts: ActivationState).
 *
 * So there are ~1.12 events per activation; check-ins write no event. Nothing SSO (no seats
 * shared by a person), no reserved keys.
 */
import Database from 'better-sqlite3';
import pg from 'pg';
import type { Dialect } from '../scenario.ts';

/** Rows per INSERT … SELECT, each in its own transaction. */
export const CHUNK_ROWS = 100_000;
const DAY_MS = 86_400_000;
/** Ended devices: by n % 100, below each bound. Everything else is active. */
export const PROPORTIONS = { deactivatedByClient: 5, deactivatedByAdministrator: 10, released: 12 } as const;
export const ACTIVE_SHARE = 0.88;

export interface SeedDatabase {
  dialect: Dialect;
  /** ALLOT_DATABASE_URL: sqlite:/path or postgres://… */
  url: string;
}

export interface SeedKey {
  id: string;
  /** As the key is named now (events keep it). */
  name: string;
  /** Its share of the devices, in percent; the keys' shares add up to 100. */
  percent: number;
}

export interface SeedSubscription {
  id: string;
  accountId: string;
  keys: SeedKey[];
  /** The policy version a new certificate carries (read from a device activated through the API). */
  deliveredPolicyVersion: number;
  /** The auto-release period of the subscription (released devices last checked in this long before ending). */
  autoReleaseDays: number;
  /** Who deactivates devices as an administrator: an API token of the account. */
  administrator: { tokenId: string; name: string };
}

export interface SeedPlan {
  /** How many activations to add. */
  activations: number;
  /** Activations happen evenly between these instants (epoch ms). */
  from: number;
  to: number;
  /** Distinguishes this call's ids and fingerprints from any other's on the same database (0 … 2^20). */
  salt: number;
  /** Progress, now and then. */
  progress?: (done: number) => void;
}

export interface SeedReport {
  activations: number;
  active: number;
  events: number;
  ms: number;
}

/** How each dialect spells what differs. */
interface SqlDialect {
  /** The integers [first, last] as column i of CTE s. */
  series(first: number, last: number): string;
  hex(expr: string, width: number): string;
  /** A non-negative integer in decimal, zero-padded to `width` digits. */
  dec(expr: string, width: number): string;
  greatest(a: string, b: string): string;
}

const DIALECTS: Record<Dialect, SqlDialect> = {
  sqlite: {
    series: (first, last) => `s(i) AS (SELECT ${first} UNION ALL SELECT i + 1 FROM s WHERE i < ${last})`,
    hex: (expr, width) => `printf('%0${width}x', ${expr})`,
    dec: (expr, width) => `printf('%0${width}d', ${expr})`,
    greatest: (a, b) => `max(${a}, ${b})`,
  },
  postgres: {
    series: (first, last) => `s(i) AS (SELECT generate_series(${first}::bigint, ${last}::bigint))`,
    hex: (expr, width) => `lpad(to_hex(${expr}), ${width}, '0')`,
    dec: (expr, width) => `lpad((${expr})::text, ${width}, '0')`,
    greatest: (a, b) => `greatest(${a}, ${b})`,
  },
};

const int = (n: number): string => {
  if (!Number.isSafeInteger(n)) throw new Error(`seed: not an integer: ${n}`);
  return String(n);
};
/** A string as an SQL literal (the same quoting on both dialects: standard_conforming_strings). */
const str = (s: string): string => `'${s.replaceAll("'", "''")}'`;
/** A string as the JSON text JSON.stringify writes, as an SQL literal. */
const jsonStr = (s: string): string => str(JSON.stringify(s));

/** 32-bit hash of i: ((i mod 2^31) + k) * m mod 2^32 (under 2^63 throughout, so exact integers on both dialects). */
const hash32 = (i: string, k: number, m: number) => `(((${i}) % 2147483648 + ${int(k)}) * ${int(m)}) % 4294967296`;
const MULTIPLIERS = [2654435761, 2246822519, 3266489917, 668265263, 374761393, 3550635116];

/** The SQL of one chunk: rows n in [first, last] of the subscription, as the CTEs `r` (base) and `a` (all columns). */
function rowsCte(d: SqlDialect, sub: SeedSubscription, plan: SeedPlan, first: number, last: number): string {
  const span = plan.to - plan.from;
  const step = Math.max(1, Math.floor(span / Math.max(1, plan.activations)));
  // A global counter for ids: unique per call (salt) and per row.
  const base = plan.salt * 2 ** 26;
  if (plan.salt < 0 || plan.salt >= 2 ** 20 || !Number.isInteger(plan.salt)) throw new Error('seed: salt must be an integer in [0, 2^20)');
  if (plan.activations >= 2 ** 26) throw new Error('seed: at most 2^26 activations per call');
  let bound = 0;
  const keyCase = (pick: (k: SeedKey) => string) =>
    sub.keys.length === 1
      ? pick(sub.keys[0]!)
      : `CASE ${sub.keys
      .slice(0, -1)
      .map((k) => `WHEN kb < ${int((bound += k.percent))} THEN ${pick(k)}`)
      .join(' ')} ELSE ${pick(sub.keys[sub.keys.length - 1]!)} END`;
  const keyId = keyCase((k) => str(k.id));
  bound = 0;
  const keyName = keyCase((k) => jsonStr(k.name));
  const fingerprint = [...MULTIPLIERS.map((m, j) => d.hex(hash32('g', j * 7919 + plan.salt, m), 8)), d.hex('g', 16)].join(' || ');
  const P = PROPORTIONS;
  const os = `CASE WHEN n % 7 < 3 THEN 'macOS 15.1' WHEN n % 7 < 4 THEN 'macOS 14.6' WHEN n % 7 < 6 THEN 'Windows 11 23H2' ELSE 'Ubuntu 24.04' END`;
  const prefix = `CASE WHEN n % 7 < 4 THEN 'MBP-' WHEN n % 7 < 6 THEN 'WS-' ELSE 'LNX-' END`;
  return `${d.series(first, last)},
  r AS (
    SELECT i AS n, i + ${int(base)} AS g, i % 100 AS b, (i / 100) % 100 AS kb,
      ${int(plan.from)} + i * ${int(step)} AS t
    FROM s
  ),
  a AS (
    SELECT n, g, b, t,
      ${keyId} AS key_id, ${keyName} AS key_name_json,
      ${fingerprint} AS fp,
      ${prefix} || ${d.dec('n', 7)} AS name,
      ${os} AS os,
      CASE WHEN b < ${P.deactivatedByAdministrator} THEN 'deactivated' WHEN b < ${P.released} THEN 'released' ELSE 'active' END AS status,
      CASE WHEN b < ${P.deactivatedByClient} THEN 'client' WHEN b < ${P.deactivatedByAdministrator} THEN 'administrator' WHEN b < ${P.released} THEN 'inactive' END AS end_reason,
      CASE WHEN b < ${P.released} THEN t + 1 + ((${int(plan.to)} - t) / 1000) * ((n * 7919) % 1000) END AS ended_at
    FROM r
  ),
  x AS (
    SELECT a.*,
      CASE WHEN ended_at IS NULL THEN ${d.greatest('t', `${int(plan.to)} - (n * 104729) % ${DAY_MS}`)}
        WHEN end_reason = 'inactive' THEN ${d.greatest('t', `ended_at - ${int(sub.autoReleaseDays * DAY_MS)}`)}
        ELSE t + (ended_at - t) / 2 END AS last_check_in_at
    FROM a
  )`;
}

/**
 * A UUIDv7 of instant `ms` whose last 48 bits are the row's counter g (RFC 9562 allows a
 * counter there), so unique; `kind` (in the variant's group) keeps activations' and events' apart.
 */
function uuid7(d: SqlDialect, ms: string, g: string, kind: number): string {
  return `${d.hex(`${ms} / 65536`, 8)} || '-' || ${d.hex(`${ms} % 65536`, 4)} || '-7' || ${d.hex(`${hash32(g, kind, MULTIPLIERS[kind]!)} % 4096`, 3)} || '-' || ${d.hex(`${32768 + kind * 1024} + ${g} % 1024`, 4)} || '-' || ${d.hex(g, 12)}`;
}
/** A UUIDv4-shaped request id (Fastify's are random UUIDs). */
function requestId(d: SqlDialect, g: string, kind: number): string {
  return `${d.hex(hash32(g, kind, MULTIPLIERS[0]!), 8)} || '-' || ${d.hex(`${g} % 65536`, 4)} || '-4' || ${d.hex(`(${g} / 65536) % 4096`, 3)} || '-' || ${d.hex(`${32768 + kind * 4096} + ${g} % 4096`, 4)} || '-' || ${d.hex(hash32(g, kind, MULTIPLIERS[1]!), 8)} || ${d.hex(`${hash32(g, kind, MULTIPLIERS[2]!)} % 65536`, 4)}`;
}

const ACTIVATION_COLUMNS =
  'id, subscription_id, account_id, key_id, fingerprint, activation_type, user_email, name, os, serial, mac, ip, app_version, status, end_reason, activated_at, last_check_in_at, ended_at, invitation_id, sso_user_id, delivered_policy_version';
const EVENT_COLUMNS = 'id, at, account_id, subscription_id, actor_type, actor_id, actor_name, action, target_type, target_id, before, after, request_id';

function insertActivations(d: SqlDialect, sub: SeedSubscription, cte: string): string {
  const mac = [0, 1, 2, 3, 4].map((j) => d.hex(`(g / ${int(256 ** j)}) % 256`, 2)).join(` || ':' || `);
  return `WITH RECURSIVE ${cte}
  INSERT INTO activations (${ACTIVATION_COLUMNS})
  SELECT ${uuid7(d, 't', 'g', 0)}, ${str(sub.id)}, ${str(sub.accountId)}, key_id, fp, 'LIC_KEY', NULL, name, os,
    'C02' || ${d.hex('(n * 2654435761) % 4294967296', 8)}, '02:' || ${mac},
    '10.' || ((n / 65536) % 256) || '.' || ((n / 256) % 256) || '.' || (n % 256),
    CASE WHEN n % 10 < 6 THEN '20.1.0' WHEN n % 10 < 9 THEN '20.0.3' ELSE '19.4.2' END,
    status, end_reason, t, last_check_in_at, ended_at, NULL, NULL, ${int(sub.deliveredPolicyVersion)}
  FROM x`;
}

/** An ActivationState's JSON text (domain/audit-events.ts), keys in the order the app writes them. */
const state = (status: string, endReason: string) =>
  `'{"keyId":"' || key_id || '","keyName":' || key_name_json || ',"fingerprint":"' || fp || '","deviceName":"' || name || '","status":${status},"endReason":${endReason}}'`;

function insertCreatedEvents(d: SqlDialect, sub: SeedSubscription, cte: string): string {
  return `WITH RECURSIVE ${cte}
  INSERT INTO events (${EVENT_COLUMNS})
  SELECT ${uuid7(d, 't', 'g', 1)}, t, ${str(sub.accountId)}, ${str(sub.id)}, 'device', fp, NULL, 'activation.created', 'activation',
    ${uuid7(d, 't', 'g', 0)}, NULL, ${state(`"active"`, 'null')}, ${requestId(d, 'g', 1)}
  FROM x`;
}

function insertEndedEvents(d: SqlDialect, sub: SeedSubscription, cte: string): string {
  const admin = sub.administrator;
  return `WITH RECURSIVE ${cte}
  INSERT INTO events (${EVENT_COLUMNS})
  SELECT ${uuid7(d, 'ended_at', 'g', 2)}, ended_at, ${str(sub.accountId)}, ${str(sub.id)},
    CASE end_reason WHEN 'client' THEN 'device' WHEN 'administrator' THEN 'token' ELSE 'system' END,
    CASE end_reason WHEN 'client' THEN fp WHEN 'administrator' THEN ${str(admin.tokenId)} ELSE 'auto-release' END,
    CASE end_reason WHEN 'administrator' THEN ${str(admin.name)} END,
    CASE status WHEN 'released' THEN 'activation.released' ELSE 'activation.deactivated' END, 'activation',
    ${uuid7(d, 't', 'g', 0)}, ${state(`"active"`, 'null')}, ${state(`"' || status || '"`, `"' || end_reason || '"`)},
    CASE end_reason WHEN 'inactive' THEN NULL ELSE ${requestId(d, 'g', 2)} END
  FROM x WHERE ended_at IS NOT NULL`;
}

/** The seat counters of the subscription and its keys set to a recount of its active devices (no SSO seats, no reserved keys seeded). */
const RECOUNT = (subscriptionId: string) => [
  `UPDATE license_keys SET used = (SELECT count(*) FROM activations a WHERE a.key_id = license_keys.id AND a.status = 'active') WHERE subscription_id = ${str(subscriptionId)}`,
  `UPDATE subscriptions SET used = (SELECT count(*) FROM activations a WHERE a.subscription_id = subscriptions.id AND a.status = 'active'),
     reserved_used = (SELECT count(*) FROM activations a JOIN license_keys k ON k.id = a.key_id WHERE a.subscription_id = subscriptions.id AND a.status = 'active' AND k.type = 'reserved')
   WHERE id = ${str(subscriptionId)}`,
];

interface Runner {
  /** Runs statements in one transaction. */
  transaction(statements: string[]): Promise<void>;
  count(sql: string): Promise<number>;
  close(): Promise<void>;
}

async function runner(db: SeedDatabase): Promise<Runner> {
  if (db.dialect === 'sqlite') {
    const file = db.url.slice('sqlite:'.length);
    const sqlite = new Database(file);
    sqlite.pragma('busy_timeout = 10000');
    // Seeding only: a crash would lose the seed, nothing else. The app's own connection sets FULL again.
    sqlite.pragma('synchronous = OFF');
    sqlite.pragma('cache_size = -262144');
    sqlite.pragma('foreign_keys = ON');
    return {
      async transaction(statements) {
        sqlite.transaction(() => {
          for (const s of statements) sqlite.prepare(s).run();
        }).immediate();
      },
      async count(sql) {
        return Number(Object.values(sqlite.prepare(sql).get() as Record<string, unknown>)[0]);
      },
      async close() {
        sqlite.pragma('wal_checkpoint(TRUNCATE)');
        sqlite.close();
      },
    };
  }
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  return {
    async transaction(statements) {
      await client.query('BEGIN');
      try {
        for (const s of statements) await client.query(s);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    },
    async count(sql) {
      const { rows } = await client.query(sql);
      return Number(Object.values(rows[0] as Record<string, unknown>)[0]);
    },
    async close() {
      await client.end();
    },
  };
}

/** Adds `plan.activations` activations and their events to the subscription, then recounts its seats. */
export async function seedActivations(db: SeedDatabase, sub: SeedSubscription, plan: SeedPlan): Promise<SeedReport> {
  const total = sub.keys.reduce((a, k) => a + k.percent, 0);
  if (sub.keys.length === 0 || total !== 100 || sub.keys.some((k) => !Number.isInteger(k.percent) || k.percent <= 0))
    throw new Error('seed: the keys need whole, positive shares that add up to 100');
  if (plan.to <= plan.from) throw new Error('seed: plan.to must come after plan.from');
  const started = performance.now();
  const d = DIALECTS[db.dialect];
  const run = await runner(db);
  try {
    const eventsBefore = await run.count(`SELECT count(*) FROM events WHERE subscription_id = ${str(sub.id)}`);
    for (let first = 0; first < plan.activations; first += CHUNK_ROWS) {
      const last = Math.min(plan.activations, first + CHUNK_ROWS) - 1;
      const cte = rowsCte(d, sub, plan, first, last);
      await run.transaction([insertActivations(d, sub, cte), insertCreatedEvents(d, sub, cte), insertEndedEvents(d, sub, cte)]);
      plan.progress?.(last + 1);
    }
    await run.transaction(RECOUNT(sub.id));
    const active = await run.count(`SELECT used FROM subscriptions WHERE id = ${str(sub.id)}`);
    const events = (await run.count(`SELECT count(*) FROM events WHERE subscription_id = ${str(sub.id)}`)) - eventsBefore;
    return { activations: plan.activations, active, events, ms: Math.round(performance.now() - started) };
  } finally {
    await run.close();
  }
}

/**
 * Moves a subscription's beginning (and its key's and account's creation) back to `at`, as if
 * it had been sold then: the API makes it now, and devices cannot predate their subscription.
 */
export async function backdateSubscription(db: SeedDatabase, subscriptionId: string, at: number): Promise<void> {
  const run = await runner(db);
  try {
    const id = str(subscriptionId);
    await run.transaction([
      `UPDATE subscriptions SET starts_at = ${int(at)}, created_at = ${int(at)}, updated_at = ${int(at)} WHERE id = ${id}`,
      `UPDATE license_keys SET created_at = ${int(at)}, updated_at = ${int(at)} WHERE subscription_id = ${id}`,
      `UPDATE accounts SET created_at = ${int(at)} WHERE id = (SELECT account_id FROM subscriptions WHERE id = ${id})`,
    ]);
  } finally {
    await run.close();
  }
}

/** After a bulk load on PostgreSQL, what autovacuum would have done by the time anyone looked: statistics and the visibility map. */
export async function settleAfterSeeding(db: SeedDatabase): Promise<void> {
  if (db.dialect !== 'postgres') return;
  const client = new pg.Client({ connectionString: db.url });
  await client.connect();
  try {
    for (const table of ['activations', 'events', 'license_keys', 'subscriptions']) await client.query(`VACUUM ANALYZE ${table}`);
  } finally {
    await client.end();
  }
}
