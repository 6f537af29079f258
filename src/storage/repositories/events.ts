import { sql, type Kysely, type Selectable } from 'kysely';
import type { ActorType, EventRecord } from '../../domain/records.ts';
import type { EventRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database, EventsTable } from '../schema.ts';
import { param, precompiled } from '../precompiled.ts';
import { inChunks } from './sql-helpers.ts';

const parse = (text: string | null): unknown => (text === null ? null : JSON.parse(text));

const toRecord = (r: Selectable<EventsTable>): EventRecord => ({
  id: r.id,
  at: r.at,
  accountId: r.account_id,
  subscriptionId: r.subscription_id,
  actorType: r.actor_type as ActorType,
  actorId: r.actor_id,
  actorName: r.actor_name,
  action: r.action,
  targetType: r.target_type,
  targetId: r.target_id,
  before: parse(r.before),
  after: parse(r.after),
  requestId: r.request_id,
});

const json = (v: unknown): string | null => (v === null || v === undefined ? null : JSON.stringify(v));

const toRow = (e: EventRecord): EventsTable => ({
  id: e.id,
  at: e.at,
  account_id: e.accountId,
  subscription_id: e.subscriptionId,
  actor_type: e.actorType,
  actor_id: e.actorId,
  actor_name: e.actorName,
  action: e.action,
  target_type: e.targetType,
  target_id: e.targetId,
  before: json(e.before),
  after: json(e.after),
  request_id: e.requestId,
});

const EVENT_COLUMNS = Object.keys(toRow({} as EventRecord)) as (keyof EventsTable)[];
/** Every state change appends one: precompiled. */
const insertEvent = precompiled<unknown[], never>((db) =>
  db.insertInto('events').values(Object.fromEntries(EVENT_COLUMNS.map((c, i) => [c, param(i)])) as never),
);

export function eventRepo(db: Kysely<Database>, caps: DialectCapabilities): EventRepo {
  return {
    async append(e) {
      const row = toRow(e);
      await insertEvent.run(db, caps, EVENT_COLUMNS.map((c) => row[c]));
    },
    async appendMany(events) {
      for (const chunk of inChunks(events, caps.maxRowsPerInsert(12))) await db.insertInto('events').values(chunk.map(toRow)).execute();
    },
    async list(f) {
      let q = db.selectFrom('events').selectAll().orderBy('id', 'desc').limit(f.limit);
      if (f.accountId) q = q.where('account_id', '=', f.accountId);
      if (f.subscriptionId) q = q.where('subscription_id', '=', f.subscriptionId);
      if (f.action) {
        // A prefix is matched literally (no LIKE wildcards) and case-sensitively, as an exact action is.
        const prefix = f.action.endsWith('.*') ? f.action.slice(0, -1) : null;
        q = prefix === null ? q.where('action', '=', f.action) : q.where(sql`substr(action, 1, ${prefix.length})`, '=', prefix);
      }
      if (f.actorType) q = q.where('actor_type', '=', f.actorType);
      if (f.targetId) q = q.where('target_id', '=', f.targetId);
      if (f.since !== undefined) q = q.where('at', '>=', f.since);
      if (f.until !== undefined) q = q.where('at', '<', f.until);
      if (f.before) q = q.where('id', '<', f.before);
      return (await q.execute()).map(toRecord);
    },
    async deleteOlderThan(before, limit) {
      // Through the index of `at` (migration 2026-12-08): a batch reads the rows it drops, nothing else.
      const oldest = db.selectFrom('events').select('id').where('at', '<', before).orderBy('at').limit(limit);
      const r = await db.deleteFrom('events').where('id', 'in', oldest).executeTakeFirst();
      return Number(r.numDeletedRows);
    },
  };
}

export { toRow as eventRow, EVENT_COLUMNS };
