import type { Kysely, Selectable } from 'kysely';
import type { OutboxKind, OutboxRecord, OutboxStatus } from '../../domain/records.ts';
import type { OutboxRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database, OutboxTable } from '../schema.ts';
import { inChunks } from './sql-helpers.ts';

const toRecord = (r: Selectable<OutboxTable>): OutboxRecord => ({
  id: r.id,
  kind: r.kind as OutboxKind,
  refId: r.ref_id,
  status: r.status as OutboxStatus,
  attempts: r.attempts,
  nextAttemptAt: r.next_attempt_at,
  leaseOwner: r.lease_owner,
  leaseUntil: r.lease_until,
  lastError: r.last_error,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  sentAt: r.sent_at,
});

const UNSENT = ['queued', 'retrying'] as const;

export function outboxRepo(db: Kysely<Database>, caps: DialectCapabilities): OutboxRepo {
  return {
    async insertMany(messages) {
      for (const chunk of inChunks(messages, caps.maxRowsPerInsert(12)))
        await db
          .insertInto('outbox')
          .values(
            chunk.map((m) => ({
              id: m.id,
              kind: m.kind,
              ref_id: m.refId,
              status: m.status,
              attempts: m.attempts,
              next_attempt_at: m.nextAttemptAt,
              lease_owner: m.leaseOwner,
              lease_until: m.leaseUntil,
              last_error: m.lastError,
              created_at: m.createdAt,
              updated_at: m.updatedAt,
              sent_at: m.sentAt,
            })),
          )
          .execute();
    },
    async byIds(ids) {
      const out: OutboxRecord[] = [];
      for (const chunk of inChunks(ids, 500)) out.push(...(await db.selectFrom('outbox').selectAll().where('id', 'in', chunk).execute()).map(toRecord));
      return out;
    },
    async claim(owner, now, leaseUntil, limit, kinds) {
      // The subquery picks due messages nobody holds; on PostgreSQL, rows another node is
      // claiming at this moment are skipped rather than waited for.
      const due = db
        .selectFrom('outbox')
        .select('id')
        .where('status', 'in', UNSENT)
        .where('kind', 'in', kinds)
        .where('next_attempt_at', '<=', now)
        .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
        .orderBy('next_attempt_at')
        .orderBy('id')
        .limit(limit)
        .$if(caps.supportsRowLocks, (q) => q.forUpdate().skipLocked());
      const rows = await db
        .updateTable('outbox')
        .set({ lease_owner: owner, lease_until: leaseUntil })
        .where('id', 'in', due)
        .returningAll()
        .execute();
      return rows.map(toRecord).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.id.localeCompare(b.id));
    },
    async settle(id, owner, o) {
      const r = await db
        .updateTable('outbox')
        .set({
          status: o.status,
          attempts: o.attempts,
          next_attempt_at: o.nextAttemptAt,
          last_error: o.lastError,
          sent_at: o.sentAt,
          updated_at: o.updatedAt,
          lease_owner: null,
          lease_until: null,
        })
        .where('id', '=', id)
        .where('lease_owner', '=', owner)
        .where('status', 'in', UNSENT)
        .executeTakeFirst();
      return Number(r.numUpdatedRows) === 1;
    },
    async cancel(refId, now) {
      await db
        .updateTable('outbox')
        .set({ status: 'cancelled', updated_at: now, lease_owner: null, lease_until: null })
        .where('ref_id', '=', refId)
        .where('status', 'in', UNSENT)
        .execute();
    },
    async backlog() {
      const rows = await db
        .selectFrom('outbox')
        .select((eb) => ['kind', eb.fn.countAll<number>().as('count'), eb.fn.min('created_at').as('oldest')])
        .where('status', 'in', UNSENT)
        .groupBy('kind')
        .execute();
      return rows.map((r) => ({ kind: r.kind, count: Number(r.count), oldestCreatedAt: Number(r.oldest) }));
    },
  };
}
