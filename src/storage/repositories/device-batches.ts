import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { ActivationRecord, DeviceInfo } from '../../domain/records.ts';
import { deviceOn, type CheckInWrite, type DeviceBatchRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database } from '../schema.ts';
import { ACTIVATION_COLUMNS, activationRecord, activationRow } from './activations.ts';
import { keyRecord } from './keys.ts';
import { productRecord } from './products.ts';
import { ssoUserRecord } from './sso.ts';
import { subscriptionRecord } from './subscriptions.ts';
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

export function deviceBatchRepo(db: Kysely<Database>, caps: DialectCapabilities): DeviceBatchRepo {
  return {
    keysByHashes: (hashes) =>
      byChunks(
        hashes,
        (chunk) => db.selectFrom('license_keys').selectAll().where('key_hash', 'in', chunk).where('deleted_at', 'is', null).execute(),
        (r) => r.key_hash,
        keyRecord,
      ),
    keysByIds: (ids) => byChunks(ids, (chunk) => db.selectFrom('license_keys').selectAll().where('id', 'in', chunk).execute(), (r) => r.id, keyRecord),
    lockSubscriptions: (ids) =>
      byChunks(
        [...ids].sort(),
        (chunk) => {
          const q = db.selectFrom('subscriptions').selectAll().where('id', 'in', chunk).orderBy('id');
          return (caps.supportsRowLocks ? q.forUpdate() : q).execute();
        },
        (r) => r.id,
        subscriptionRecord,
      ),
    subscriptionsByIds: (ids) => byChunks(ids, (chunk) => db.selectFrom('subscriptions').selectAll().where('id', 'in', chunk).execute(), (r) => r.id, subscriptionRecord),
    productsByIds: (ids) => byChunks(ids, (chunk) => db.selectFrom('products').selectAll().where('id', 'in', chunk).execute(), (r) => r.id, productRecord),
    async nextKeyExpiries(subscriptionIds) {
      const out = new Map<string, number>();
      for (const chunk of inChunks([...new Set(subscriptionIds)], IN_LIST_MAX)) {
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
    },
    async blacklisted(subscriptionIds, fingerprints) {
      const found = new Set<string>();
      for (const subs of inChunks([...new Set(subscriptionIds)], IN_LIST_MAX))
        for (const fps of inChunks([...new Set(fingerprints)], IN_LIST_MAX)) {
          const rows = await db.selectFrom('blacklist').select(['subscription_id', 'fingerprint']).where('subscription_id', 'in', subs).where('fingerprint', 'in', fps).execute();
          for (const r of rows) found.add(deviceOn(r.subscription_id, r.fingerprint));
        }
      return found;
    },
    async activeByFingerprints(subscriptionIds, fingerprints) {
      const found = new Map<string, ActivationRecord>();
      for (const subs of inChunks([...new Set(subscriptionIds)], IN_LIST_MAX))
        for (const fps of inChunks([...new Set(fingerprints)], IN_LIST_MAX)) {
          const rows = await db
            .selectFrom('activations')
            .selectAll()
            .where('subscription_id', 'in', subs)
            .where('fingerprint', 'in', fps)
            // A literal, so that SQLite may use the partial unique index (… WHERE status = 'active').
            .where('status', '=', sql.lit('active'))
            .execute();
          for (const r of rows) found.set(deviceOn(r.subscription_id, r.fingerprint), activationRecord(r));
        }
      return found;
    },
    activationsByIds: (ids) => byChunks(ids, (chunk) => db.selectFrom('activations').selectAll().where('id', 'in', chunk).execute(), (r) => r.id, activationRecord),
    ssoUsersByIds: (ids) => byChunks(ids, (chunk) => db.selectFrom('sso_users').selectAll().where('id', 'in', chunk).execute(), (r) => r.id, ssoUserRecord),
    async insertActivations(list: readonly ActivationRecord[]) {
      let inserted = 0;
      for (const chunk of inChunks(list, caps.maxRowsPerInsert(ACTIVATION_COLUMNS.length))) {
        const result = await db
          .insertInto('activations')
          .values(chunk.map(activationRow))
          .onConflict((oc) => oc.columns(['subscription_id', 'fingerprint']).where(sql<boolean>`status = 'active'`).doNothing())
          .executeTakeFirst();
        inserted += Number(result.numInsertedOrUpdatedRows ?? 0);
      }
      return inserted;
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
