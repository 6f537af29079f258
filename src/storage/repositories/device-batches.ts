import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ActivationRecord, DeviceInfo, EventRecord, KeyRecord } from '../../domain/records.ts';
import { deviceOn, type ActivationRunState, type CheckInRunState, type CheckInWrite, type DeviceBatchRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database } from '../schema.ts';
import { ACTIVATION_COLUMNS, activationRecord, activationRow } from './activations.ts';
import { EVENT_COLUMNS, eventRow } from './events.ts';
import { keyRecord } from './keys.ts';
import { productRecord } from './products.ts';
import { ssoUserRecord } from './sso.ts';
import { subscriptionRecord } from './subscriptions.ts';
import type { SubscriptionRecord } from '../../domain/records.ts';
import { inChunks } from './sql-helpers.ts';

/** Ids per IN list: far under either database's parameter limit. */
const IN_LIST_MAX = 500;

/** Rows read for `ids` in chunks, merged into one map by `keyOf`. */
async function byChunks<R, V>(ids: readonly string[], read: (chunk: string[]) => Promise<R[]>, keyOf: (r: R) => string, map: (r: R) => V): Promise<Map<string, V>> {
  const out = new Map<string, V>();
  for (const chunk of inChunks([...new Set(ids)], IN_LIST_MAX)) for (const r of await read(chunk)) out.set(keyOf(r), map(r));
  return out;
}

/** The device fields a check-in may change, and their columns. */
const DEVICE_COLUMNS: Record<keyof DeviceInfo, string> = { name: 'name', os: 'os', serial: 'serial', mac: 'mac', appVersion: 'app_version', ip: 'ip' };

/**
 * Check-ins with the same changed fields, as one `UPDATE … FROM (VALUES …)` per chunk: the
 * VALUES columns are SQLite's and PostgreSQL's default names (column1 …), the numbers cast so
 * that PostgreSQL types them without a table to infer from.
 */
function checkInStatement(fields: (keyof DeviceInfo)[], rows: readonly CheckInWrite[]): RawBuilder<unknown> {
  const values = rows.map(
    (r) => sql`(${sql.join([sql`${r.id}`, sql`cast(${r.at} as bigint)`, sql`cast(${r.deliveredPolicyVersion} as integer)`, ...fields.map((f) => sql`${r.changes[f] ?? null}`)])})`,
  );
  const sets = [
    sql`last_check_in_at = v.column2`,
    sql`delivered_policy_version = v.column3`,
    ...fields.map((f, i) => sql`${sql.raw(DEVICE_COLUMNS[f])} = ${sql.raw(`v.column${i + 4}`)}`),
  ];
  return sql`update activations set ${sql.join(sets)} from (values ${sql.join(values)}) as v where activations.id = v.column1`;
}

/** Locks the subscriptions of the keys these hashes name, in id order (the lock order). */
async function lockSubscriptionsOfKeys(db: Kysely<Database>, caps: DialectCapabilities, hashes: readonly string[]) {
  const out = new Map<string, SubscriptionRecord>();
  for (const chunk of inChunks([...new Set(hashes)], IN_LIST_MAX)) {
    const q = db
      .selectFrom('subscriptions')
      .selectAll()
      .where('id', 'in', (eb) => eb.selectFrom('license_keys').select('subscription_id').where('key_hash', 'in', chunk).where('deleted_at', 'is', null))
      .orderBy('id');
    for (const r of await (caps.supportsRowLocks ? q.forUpdate() : q).execute()) out.set(r.id, subscriptionRecord(r));
  }
  return out;
}

type Row = Record<string, unknown>;
const pairs = (rows: [string, string][]) => new Set(rows.map(([sub, fp]) => deviceOn(sub, fp)));

/**
 * PostgreSQL: everything an activation run decides from, after the lock, in one statement: each
 * table's rows as a JSON array (bigints come as numbers, as the pool's parser gives them).
 */
async function activationReadsAsJson(db: Kysely<Database>, hashes: string[], subIds: string[], fingerprints: string[]) {
  const active = sql`select * from activations where subscription_id = any(${subIds}) and fingerprint = any(${fingerprints}) and status = 'active'`;
  const { rows } = await sql<{ keys: Row[]; active: Row[]; held: Row[]; blacklisted: [string, string][]; expiries: [string, number][]; products: Row[] }>`
    select
      (select coalesce(json_agg(k), '[]') from license_keys k where k.key_hash = any(${hashes}) and k.deleted_at is null) as keys,
      (select coalesce(json_agg(a), '[]') from (${active}) a) as active,
      (select coalesce(json_agg(k), '[]') from license_keys k where k.id in (select key_id from (${active}) a)) as held,
      (select coalesce(json_agg(json_build_array(b.subscription_id, b.fingerprint)), '[]') from blacklist b
        where b.subscription_id = any(${subIds}) and b.fingerprint = any(${fingerprints})) as blacklisted,
      (select coalesce(json_agg(json_build_array(x.subscription_id, x.at)), '[]') from (
        select subscription_id, min(expires_at) as at from license_keys
        where subscription_id = any(${subIds}) and expired_at is null and deleted_at is null and expires_at is not null
        group by subscription_id) x) as expiries,
      (select coalesce(json_agg(p), '[]') from products p where p.id in (select product_id from subscriptions where id = any(${subIds}))) as products
  `.execute(db);
  return rows[0]!;
}

/** PostgreSQL: everything a check-in run decides from, in one statement. */
async function checkInReadsAsJson(db: Kysely<Database>, activationIds: string[]) {
  const { rows } = await sql<{ activations: Row[]; keys: Row[]; subscriptions: Row[]; products: Row[]; users: Row[]; blacklisted: [string, string][] }>`
    with a as (select * from activations where id = any(${activationIds}))
    select
      (select coalesce(json_agg(a), '[]') from a) as activations,
      (select coalesce(json_agg(k), '[]') from license_keys k where k.id in (select key_id from a)) as keys,
      (select coalesce(json_agg(s), '[]') from subscriptions s where s.id in (select subscription_id from a)) as subscriptions,
      (select coalesce(json_agg(p), '[]') from products p where p.id in (select product_id from subscriptions where id in (select subscription_id from a))) as products,
      (select coalesce(json_agg(u), '[]') from sso_users u where u.id in (select sso_user_id from a)) as users,
      (select coalesce(json_agg(json_build_array(b.subscription_id, b.fingerprint)), '[]') from blacklist b
        where (b.subscription_id, b.fingerprint) in (select subscription_id, fingerprint from a)) as blacklisted
  `.execute(db);
  return rows[0]!;
}

const byId = <T>(rows: Row[], map: (r: never) => T) => new Map(rows.map((r) => [r.id as string, map(r as never)]));

export function deviceBatchRepo(db: Kysely<Database>, caps: DialectCapabilities): DeviceBatchRepo {
  const keysBy = (column: 'key_hash' | 'id', values: readonly string[], liveOnly: boolean) =>
    byChunks(
      values,
      (chunk) => db.selectFrom('license_keys').selectAll().where(column, 'in', chunk).$if(liveOnly, (q) => q.where('deleted_at', 'is', null)).execute(),
      (r) => r[column],
      keyRecord,
    );
  const rowsOf = <T>(table: 'subscriptions' | 'products' | 'activations' | 'sso_users', ids: readonly string[], map: (r: never) => T) =>
    byChunks(ids, (chunk) => db.selectFrom(table).selectAll().where('id', 'in', chunk).execute() as Promise<{ id: string }[]>, (r) => r.id, map as (r: unknown) => T);

  /** Each (subscription, fingerprint) pair among these ids and these fingerprints, chunk by chunk. */
  async function eachPair(subIds: string[], fingerprints: string[], read: (subs: string[], fps: string[]) => Promise<void>) {
    for (const subs of inChunks(subIds, IN_LIST_MAX)) for (const fps of inChunks([...new Set(fingerprints)], IN_LIST_MAX)) await read(subs, fps);
  }

  async function blacklistedOn(subIds: string[], fingerprints: string[]) {
    const found = new Set<string>();
    await eachPair(subIds, fingerprints, async (subs, fps) => {
      const rows = await db.selectFrom('blacklist').select(['subscription_id', 'fingerprint']).where('subscription_id', 'in', subs).where('fingerprint', 'in', fps).execute();
      for (const r of rows) found.add(deviceOn(r.subscription_id, r.fingerprint));
    });
    return found;
  }

  async function activeOn(subIds: string[], fingerprints: string[]) {
    const found = new Map<string, ActivationRecord>();
    await eachPair(subIds, fingerprints, async (subs, fps) => {
      const rows = await db
        .selectFrom('activations')
        .selectAll()
        .where('subscription_id', 'in', subs)
        .where('fingerprint', 'in', fps)
        // A literal, so that SQLite may use the partial unique index (… WHERE status = 'active').
        .where('status', '=', sql.lit('active'))
        .execute();
      for (const r of rows) found.set(deviceOn(r.subscription_id, r.fingerprint), activationRecord(r));
    });
    return found;
  }

  async function nextKeyExpiries(subIds: string[]) {
    const out = new Map<string, number>();
    for (const chunk of inChunks(subIds, IN_LIST_MAX)) {
      const rows = await db
        .selectFrom('license_keys')
        .select((eb) => ['subscription_id', eb.fn.min('expires_at').as('at')])
        .where('subscription_id', 'in', chunk)
        .where('expired_at', 'is', null)
        .where('deleted_at', 'is', null)
        .where('expires_at', 'is not', null)
        .groupBy('subscription_id')
        .execute();
      for (const r of rows) if (r.at !== null) out.set(r.subscription_id, Number(r.at));
    }
    return out;
  }

  return {
    async lockForActivations(hashes, fingerprints): Promise<ActivationRunState> {
      const subscriptions = await lockSubscriptionsOfKeys(db, caps, hashes);
      const subIds = [...subscriptions.keys()];
      const productIds = [...subscriptions.values()].map((s) => s.productId);
      if (caps.jsonRowSets) {
        const r = await activationReadsAsJson(db, [...new Set(hashes)], subIds, [...new Set(fingerprints)]);
        const keysByHash = new Map(r.keys.map((k) => [k.key_hash as string, keyRecord(k as never)]));
        const keys = byId<KeyRecord>([...r.held, ...r.keys], keyRecord);
        const active = new Map(r.active.map((a) => [deviceOn(a.subscription_id as string, a.fingerprint as string), activationRecord(a as never)]));
        const nextKeyExpiry = new Map(r.expiries.map(([id, at]) => [id, Number(at)]));
        return { keysByHash, keys, subscriptions, products: byId(r.products, productRecord), active, blacklisted: pairs(r.blacklisted), nextKeyExpiry };
      }
      const keysByHash = await keysBy('key_hash', hashes, true);
      const active = await activeOn(subIds, [...fingerprints]);
      const blacklisted = await blacklistedOn(subIds, [...fingerprints]);
      const keys = new Map([...keysByHash.values()].map((k) => [k.id, k]));
      const held = [...active.values()].map((a) => a.keyId).filter((id) => !keys.has(id));
      for (const [id, k] of await keysBy('id', held, false)) keys.set(id, k);
      return { keysByHash, keys, subscriptions, products: await rowsOf('products', productIds, productRecord), active, blacklisted, nextKeyExpiry: await nextKeyExpiries(subIds) };
    },

    async readForCheckIns(activationIds): Promise<CheckInRunState> {
      if (caps.jsonRowSets) {
        const r = await checkInReadsAsJson(db, [...new Set(activationIds)]);
        return {
          activations: byId(r.activations, activationRecord),
          keys: byId(r.keys, keyRecord),
          subscriptions: byId(r.subscriptions, subscriptionRecord),
          products: byId(r.products, productRecord),
          users: byId(r.users, ssoUserRecord),
          blacklisted: pairs(r.blacklisted),
        };
      }
      const activations = await rowsOf('activations', activationIds, activationRecord);
      const held = [...activations.values()];
      const keys = await keysBy('id', held.map((a) => a.keyId), false);
      const subscriptions = await rowsOf('subscriptions', held.map((a) => a.subscriptionId), subscriptionRecord);
      const products = await rowsOf('products', [...subscriptions.values()].map((s) => s.productId), productRecord);
      const people = held.flatMap((a) => (a.ssoUserId === null ? [] : [a.ssoUserId]));
      const users = people.length ? await rowsOf('sso_users', people, ssoUserRecord) : new Map();
      const blacklisted = await blacklistedOn([...subscriptions.keys()], held.map((a) => a.fingerprint));
      return { activations, keys, subscriptions, products, users, blacklisted };
    },

    async insertActivations(activations: readonly ActivationRecord[], events: readonly EventRecord[]) {
      if (caps.jsonRowSets) {
        // One statement: the activations (none may conflict) and their events, from JSON rows.
        const { rows } = await sql<{ inserted: number }>`
          with a as (
            insert into activations select * from json_populate_recordset(null::activations, ${JSON.stringify(activations.map(activationRow))}::json)
            on conflict (subscription_id, fingerprint) where status = 'active' do nothing returning 1),
          e as (insert into events select * from json_populate_recordset(null::events, ${JSON.stringify(events.map(eventRow))}::json) returning 1)
          select (select count(*) from a)::int as inserted, (select count(*) from e)::int as events`.execute(db);
        return rows[0]!.inserted === activations.length;
      }
      let inserted = 0;
      for (const chunk of inChunks(activations, caps.maxRowsPerInsert(ACTIVATION_COLUMNS.length))) {
        const result = await db
          .insertInto('activations')
          .values(chunk.map(activationRow))
          .onConflict((oc) => oc.columns(['subscription_id', 'fingerprint']).where(sql<boolean>`status = 'active'`).doNothing())
          .executeTakeFirst();
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      for (const chunk of inChunks(events, caps.maxRowsPerInsert(EVENT_COLUMNS.length))) await db.insertInto('events').values(chunk.map(eventRow)).execute();
      return inserted === activations.length;
    },

    async checkIns(list) {
      // One row per activation, its changes merged in order (a later one wins), then grouped by shape.
      const merged = new Map<string, CheckInWrite>();
      for (const w of list) {
        const before = merged.get(w.id);
        merged.set(w.id, before ? { ...w, changes: { ...before.changes, ...w.changes } } : w);
      }
      const shapes = new Map<string, { fields: (keyof DeviceInfo)[]; rows: CheckInWrite[] }>();
      for (const w of merged.values()) {
        const fields = (Object.keys(DEVICE_COLUMNS) as (keyof DeviceInfo)[]).filter((f) => w.changes[f] !== undefined);
        const shape = fields.join(',');
        const group = shapes.get(shape) ?? { fields, rows: [] };
        group.rows.push(w);
        shapes.set(shape, group);
      }
      for (const { fields, rows } of shapes.values())
        for (const chunk of inChunks(rows, caps.maxRowsPerInsert(fields.length + 3))) await checkInStatement(fields, chunk).execute(db);
    },
  };
}
