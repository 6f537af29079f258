import { sql, type Expression, type ExpressionBuilder, type Kysely, type Selectable, type SqlBool } from 'kysely';
import type { ActivationType } from '../../domain/certificate.ts';
import type { ActivationRecord, ActivationStatus, EndReason } from '../../domain/records.ts';
import type { ActivationRepo } from '../../app/ports/repositories.ts';
import type { ActivationSort } from '../../app/ports/listing.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { ActivationsTable, Database } from '../schema.ts';
import { param, precompiled } from '../precompiled.ts';
import { containing, inChunks, onlyAmong } from './sql-helpers.ts';
import { DAY_MS } from '../../domain/time.ts';

const toRecord = (r: Selectable<ActivationsTable>): ActivationRecord => ({
  id: r.id,
  subscriptionId: r.subscription_id,
  accountId: r.account_id,
  keyId: r.key_id,
  fingerprint: r.fingerprint,
  activationType: r.activation_type as ActivationType,
  userEmail: r.user_email,
  invitationId: r.invitation_id,
  ssoUserId: r.sso_user_id,
  name: r.name,
  os: r.os,
  serial: r.serial,
  mac: r.mac,
  ip: r.ip,
  appVersion: r.app_version,
  status: r.status as ActivationStatus,
  endReason: r.end_reason as EndReason | null,
  activatedAt: r.activated_at,
  lastCheckInAt: r.last_check_in_at,
  endedAt: r.ended_at,
  deliveredPolicyVersion: r.delivered_policy_version,
});

const SORT_COLUMNS: Record<ActivationSort, keyof ActivationsTable> = {
  activatedAt: 'activated_at',
  lastCheckInAt: 'last_check_in_at',
  name: 'name',
  os: 'os',
  appVersion: 'app_version',
  ip: 'ip',
  serial: 'serial',
  mac: 'mac',
};
/** What a search reads: every one of these for a substring; the indexed ones for a prefix (migration 2026-12-08). */
const SEARCH_COLUMNS = ['name', 'serial', 'mac', 'ip', 'os', 'app_version', 'fingerprint', 'user_email'] as const;
const PREFIX_COLUMNS = ['name', 'fingerprint', 'user_email'] as const;
/** Rows a substring search reads in sort order before it falls back to a scan and a sort. */
const SEARCH_PROBE_ROWS = 5000;

const toRow = (a: ActivationRecord): ActivationsTable => ({
  id: a.id,
  subscription_id: a.subscriptionId,
  account_id: a.accountId,
  key_id: a.keyId,
  fingerprint: a.fingerprint,
  activation_type: a.activationType,
  user_email: a.userEmail,
  invitation_id: a.invitationId,
  sso_user_id: a.ssoUserId,
  name: a.name,
  os: a.os,
  serial: a.serial,
  mac: a.mac,
  ip: a.ip,
  app_version: a.appVersion,
  status: a.status,
  end_reason: a.endReason,
  activated_at: a.activatedAt,
  last_check_in_at: a.lastCheckInAt,
  ended_at: a.endedAt,
  delivered_policy_version: a.deliveredPolicyVersion,
});
const ROW_COLUMNS = Object.keys(toRow({} as ActivationRecord)) as (keyof ActivationsTable)[];

/** Inserts unless the device already holds an active activation on the subscription (the partial unique index). */
const insertActivation = precompiled<unknown[], never>((db) =>
  db
    .insertInto('activations')
    .values(Object.fromEntries(ROW_COLUMNS.map((c, i) => [c, param(i)])) as never)
    .onConflict((oc) => oc.columns(['subscription_id', 'fingerprint']).where(sql<boolean>`status = 'active'`).doNothing()),
);
const activationById = precompiled<[string], Selectable<ActivationsTable>>((db) => db.selectFrom('activations').selectAll().where('id', '=', param(0)));
/** `status` is a literal so that SQLite may use the partial unique index (… WHERE status = 'active'): 4× faster. */
const activeOfDevice = precompiled<[string, string], Selectable<ActivationsTable>>((db) =>
  db
    .selectFrom('activations')
    .selectAll()
    .where('subscription_id', '=', param(0))
    .where('fingerprint', '=', param(1))
    .where('status', '=', sql.lit('active')),
);
/** Arguments: the time, the address it came from, the policy version delivered, the activation id. */
const touchActivation = precompiled<[number, string | null, number, string], never>((db) =>
  db.updateTable('activations').set({ last_check_in_at: param(0), ip: param(1), delivered_policy_version: param(2) }).where('id', '=', param(3)),
);

export function activationRepo(db: Kysely<Database>, caps: DialectCapabilities): ActivationRepo {
  return {
    async insertIfAbsent(a) {
      const row = toRow(a);
      return (await insertActivation.run(db, caps, ROW_COLUMNS.map((c) => row[c]))) === 1;
    },
    async byId(id) {
      const r = await activationById.first(db, caps, [id]);
      return r && toRecord(r);
    },
    async deviceNames(ids) {
      const out = new Map<string, string>();
      for (const chunk of inChunks([...new Set(ids)], 500)) {
        const rows = await db.selectFrom('activations').select(['id', 'name']).where('id', 'in', chunk).execute();
        for (const r of rows) out.set(r.id, r.name);
      }
      return out;
    },
    async activeByFingerprint(subscriptionId, fingerprint) {
      const r = await activeOfDevice.first(db, caps, [subscriptionId, fingerprint]);
      return r && toRecord(r);
    },
    async list(f, countCap) {
      let q = onlyAmong(db.selectFrom('activations').where('subscription_id', '=', f.subscriptionId), 'key_id', f.keyIds);
      if (f.keyId) q = q.where('key_id', '=', f.keyId);
      if (f.status !== 'all') q = q.where('status', '=', f.status ?? 'active');
      const unsearched = q;
      let matches: ((eb: ExpressionBuilder<Database, 'activations'>) => Expression<SqlBool>) | undefined;
      if (f.search) {
        const search = f.search;
        if (f.match === 'prefix') matches = (eb) => eb.or(PREFIX_COLUMNS.map((c) => caps.startsWith(c, search)));
        else {
          const pattern = containing(search);
          const like = (col: keyof ActivationsTable) => sql<boolean>`${sql.ref(col)} ${sql.raw(caps.ilike)} ${pattern} escape '\\'`;
          matches = (eb) => eb.or(SEARCH_COLUMNS.map((c) => like(c)));
        }
        q = q.where(matches);
      }
      const column = SORT_COLUMNS[f.sort];
      const direction = f.descending ? 'desc' : 'asc';
      // (subscription, column, id) indexes serve this order (migration 2026-12-08): a page reads its
      // own rows only. A search first looks at the next SEARCH_PROBE_ROWS rows in that order (a
      // common match fills the page there); when they hold too few matches, it finds its matches
      // without the sort index and sorts them: a prefix through its prefix indexes, a substring in
      // one pass over the subscription's rows (rather than a random read of every row in sort order).
      const scan = matches !== undefined;
      const sortKey = scan ? caps.withoutIndex(column) : sql.ref(column);
      const sorted = (qb: typeof q, byColumn = true) => (byColumn ? qb.orderBy(sortKey, direction) : qb).orderBy('id', direction).selectAll().limit(f.limit);
      const probed = async (from: (qb: typeof q) => typeof q, offset: number): Promise<Selectable<ActivationsTable>[] | null> => {
        if (!scan || !matches) return null;
        const window = from(unsearched).selectAll().orderBy(column, direction).orderBy('id', direction).limit(SEARCH_PROBE_ROWS).as('w');
        const found = (await db
          .selectFrom(window)
          .selectAll()
          .where(matches as never)
          .orderBy(sql.ref(column), direction)
          .orderBy('id', direction)
          .limit(f.limit)
          .offset(offset)
          .execute()) as Selectable<ActivationsTable>[];
        return found.length === f.limit ? found : null;
      };
      // The rows to page through, with `extra` conditions (a keyset seek) where indexes see them. A
      // prefix search is a UNION of one query per column: each reads its own prefix index (an OR
      // of them, SQLite reads through one index of the subscription instead).
      type Rows = typeof q;
      const prefix = matches !== undefined && f.match === 'prefix' ? f.search! : null;
      const source = (extra: (qb: Rows) => Rows): Rows => {
        if (prefix === null) return extra(q);
        const [first, ...rest] = PREFIX_COLUMNS.map((c) => extra(unsearched.where(caps.startsWith(c, prefix))).selectAll());
        const union = rest.reduce((all, branch) => all.union(branch), first!);
        return db.selectFrom(union.as('activations')) as unknown as Rows;
      };
      const same = (qb: Rows) => qb;
      let rows: Selectable<ActivationsTable>[];
      if (!f.after) rows = (await probed(same, f.offset)) ?? (await sorted(source(same)).offset(f.offset).execute());
      else {
        // A keyset page: seek past the cursor's row. NULLs sort at one end (SQLite low, PostgreSQL
        // high), and a row value with a NULL compares to nothing, so they are read apart.
        const after = f.after;
        const nullsFirst = caps.nullsSortLow !== f.descending;
        const past = f.descending ? '<' : '>';
        const seek = (key: unknown) => (qb: Rows) => qb.where(sql<boolean>`(${key}, id) ${sql.raw(past)} (${after.value}, ${after.id})`);
        const nulls = (qb: Rows) => qb.where(column, 'is', null);
        if (after.value === null) {
          rows = await sorted(source((qb) => nulls(qb).where('id', past, after.id)), false).execute();
          if (nullsFirst && rows.length < f.limit)
            rows.push(...(await sorted(source((qb) => qb.where(column, 'is not', null))).limit(f.limit - rows.length).execute()));
        } else {
          rows = (await probed(seek(sql.ref(column)), 0)) ?? (await sorted(source(seek(sortKey))).execute());
          if (!nullsFirst && rows.length < f.limit) rows.push(...(await sorted(source(nulls), false).limit(f.limit - rows.length).execute()));
        }
      }
      let total: number | undefined;
      const counted = source(same);
      if ((f.count ?? 'exact') === 'exact') total = Number((await counted.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      else if (f.count === 'capped') {
        const capped = counted.select(sql.lit(1).as('one')).limit(countCap + 1).as('capped');
        total = Number((await db.selectFrom(capped).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
      }
      return { rows: rows.map(toRecord), total };
    },
    async end(id, status, reason, at) {
      const r = await db
        .updateTable('activations')
        .set({ status, end_reason: reason, ended_at: at })
        .where('id', '=', id)
        .where('status', '=', 'active')
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async endAll(scope, status, reason, at) {
      let q = db.updateTable('activations').set({ status, end_reason: reason, ended_at: at }).where('status', '=', 'active');
      if ('keyId' in scope) q = q.where('key_id', '=', scope.keyId);
      else q = q.where('subscription_id', '=', scope.subscriptionId);
      const rows = await q.returning(['id', 'key_id', 'fingerprint', 'name', 'user_email', 'sso_user_id', 'status', 'end_reason']).execute();
      // A person's devices share one seat: they count once per key.
      const perKey = new Map<string, { devices: number; seats: number }>();
      const people = new Set<string>();
      for (const r of rows) {
        const ended = perKey.get(r.key_id) ?? { devices: 0, seats: 0 };
        ended.devices++;
        const person = r.sso_user_id === null ? null : `${r.key_id}/${r.sso_user_id}`;
        if (person === null || !people.has(person)) ended.seats++;
        if (person !== null) people.add(person);
        perKey.set(r.key_id, ended);
      }
      const ended = rows.map((r) => ({
        id: r.id,
        keyId: r.key_id,
        fingerprint: r.fingerprint,
        name: r.name,
        userEmail: r.user_email,
        ssoUserId: r.sso_user_id,
        status: r.status as ActivationStatus,
        endReason: r.end_reason as EndReason | null,
      }));
      return { perKey, ended };
    },
    async seatChanges(subscriptionId, keyId, since, limit) {
      const day = sql<number>`${sql.ref('activated_at')} / ${sql.lit(DAY_MS)}`;
      const endDay = sql<number>`${sql.ref('ended_at')} / ${sql.lit(DAY_MS)}`;
      const base = () =>
        db
          .selectFrom('activations')
          .where('subscription_id', '=', subscriptionId)
          .$if(keyId !== undefined, (q) => q.where('key_id', '=', keyId!));
      // Devices without SSO: one seat each, counted per day in the database (indexes of activated_at and ended_at).
      const taken = await base()
        .select([day.as('day'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('activated_at', '>=', since)
        .where('sso_user_id', 'is', null)
        .groupBy(day)
        .execute();
      const given = await base()
        .select([endDay.as('day'), (eb) => eb.fn.countAll<number>().as('n')])
        .where('ended_at', '>=', since)
        .where('sso_user_id', 'is', null)
        .groupBy(endDay)
        .execute();
      const changes = [
        ...taken.map((r) => ({ at: Number(r.day) * DAY_MS, delta: Number(r.n) })),
        ...given.map((r) => ({ at: Number(r.day) * DAY_MS, delta: -Number(r.n) })),
      ];
      // People: a seat per key however many devices; only those whose devices came or went in the window.
      const people = await base()
        .select(['key_id', 'sso_user_id'])
        .distinct()
        .where('sso_user_id', 'is not', null)
        .where((eb) => eb.or([eb('activated_at', '>=', since), eb('ended_at', '>=', since)]))
        .limit(limit)
        .execute();
      const devices = new Map<string, { from: number; to: number | null }[]>();
      for (const chunk of inChunks([...new Set(people.map((p) => p.sso_user_id!))], 500)) {
        const rows = await base()
          .select(['key_id', 'sso_user_id', 'activated_at', 'ended_at'])
          .where('sso_user_id', 'in', chunk)
          .where((eb) => eb.or([eb('ended_at', 'is', null), eb('ended_at', '>=', since)]))
          .limit(limit)
          .execute();
        for (const r of rows) {
          const person = `${r.key_id}/${r.sso_user_id}`;
          devices.set(person, [...(devices.get(person) ?? []), { from: r.activated_at, to: r.ended_at }]);
        }
      }
      for (const intervals of devices.values())
        for (const seat of mergedIntervals(intervals)) {
          if (seat.from >= since) changes.push({ at: seat.from, delta: 1 });
          if (seat.to !== null && seat.to >= since) changes.push({ at: seat.to, delta: -1 });
        }
      return changes;
    },
    async staleActive(subscriptionId, before, limit) {
      const rows = await db
        .selectFrom('activations')
        .selectAll()
        .where('subscription_id', '=', subscriptionId)
        .where('status', '=', 'active')
        .where('last_check_in_at', '<', before)
        .orderBy('last_check_in_at')
        .limit(limit)
        .execute();
      return rows.map(toRecord);
    },
    async checkIn(id, at, device, deliveredPolicyVersion) {
      // Most check-ins change nothing but the time and the address: that one is precompiled.
      const changes = Object.entries(device).filter(([k, v]) => k !== 'ip' && v !== undefined);
      if (changes.length === 0) {
        await touchActivation.run(db, caps, [at, device.ip ?? null, deliveredPolicyVersion, id]);
        return;
      }
      const values: Partial<ActivationsTable> = { last_check_in_at: at, delivered_policy_version: deliveredPolicyVersion };
      if (device.name !== undefined) values.name = device.name;
      if (device.os !== undefined) values.os = device.os;
      if (device.serial !== undefined) values.serial = device.serial;
      if (device.mac !== undefined) values.mac = device.mac;
      if (device.appVersion !== undefined) values.app_version = device.appVersion;
      if (device.ip !== undefined) values.ip = device.ip;
      await db.updateTable('activations').set(values).where('id', '=', id).execute();
    },
    async activeOfUser(subscriptionId, ssoUserId) {
      const rows = await db
        .selectFrom('activations')
        .selectAll()
        .where('sso_user_id', '=', ssoUserId)
        .where('subscription_id', '=', subscriptionId)
        .where('status', '=', 'active')
        .orderBy('activated_at')
        .orderBy('id')
        .execute();
      return rows.map(toRecord);
    },
    async subscriptionsOfUser(ssoUserId) {
      const rows = await db
        .selectFrom('activations')
        .select('subscription_id')
        .distinct()
        .where('sso_user_id', '=', ssoUserId)
        .where('status', '=', 'active')
        .execute();
      return rows.map((r) => r.subscription_id).sort();
    },
    async seatsOfUsers(ssoUserIds) {
      const out = new Map<string, { subscriptionId: string; keyId: string; devices: number }[]>();
      for (const chunk of inChunks([...new Set(ssoUserIds)], 500)) {
        const rows = await db
          .selectFrom('activations')
          .select(['sso_user_id', 'subscription_id', 'key_id', (eb) => eb.fn.countAll<number>().as('n')])
          .where('sso_user_id', 'in', chunk)
          .where('status', '=', 'active')
          .groupBy(['sso_user_id', 'subscription_id', 'key_id'])
          .orderBy('subscription_id')
          .execute();
        for (const r of rows) {
          const list = out.get(r.sso_user_id!) ?? [];
          list.push({ subscriptionId: r.subscription_id, keyId: r.key_id, devices: Number(r.n) });
          out.set(r.sso_user_id!, list);
        }
      }
      return out;
    },
    async moveUserToKey(subscriptionId, ssoUserId, keyId) {
      await db
        .updateTable('activations')
        .set({ key_id: keyId })
        .where('sso_user_id', '=', ssoUserId)
        .where('subscription_id', '=', subscriptionId)
        .where('status', '=', 'active')
        .execute();
    },
    async moveToKey(id, keyId) {
      await db.updateTable('activations').set({ key_id: keyId }).where('id', '=', id).execute();
    },
  };
}

/** Overlapping or touching intervals as one (an open end, null, reaches to now). */
function mergedIntervals(intervals: { from: number; to: number | null }[]): { from: number; to: number | null }[] {
  const sorted = [...intervals].sort((a, b) => a.from - b.from);
  const out: { from: number; to: number | null }[] = [];
  for (const i of sorted) {
    const last = out[out.length - 1];
    if (last && (last.to === null || i.from <= last.to)) last.to = last.to === null || i.to === null ? null : Math.max(last.to, i.to);
    else out.push({ ...i });
  }
  return out;
}

export { toRecord as activationRecord, toRow as activationRow, ROW_COLUMNS as ACTIVATION_COLUMNS };
