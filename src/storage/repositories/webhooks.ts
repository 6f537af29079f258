import { sql, type Kysely, type Selectable } from 'kysely';
import type { WebhookRepo } from '../../app/ports/repositories.ts';
import { inTableOrder, type WebhookAttemptRecord, type WebhookDeliveryRecord, type WebhookDeliveryStatus, type WebhookEndpointRecord, type WebhookEventType } from '../../domain/webhooks.ts';
import type { DialectCapabilities } from '../dialect.ts';
import type { Database, WebhookDeliveriesTable, WebhookEndpointsTable } from '../schema.ts';
import { inChunks } from './sql-helpers.ts';

const toEndpoint = (r: Selectable<WebhookEndpointsTable>, events: WebhookEventType[]): WebhookEndpointRecord => ({
  id: r.id,
  accountId: r.account_id,
  url: r.url,
  description: r.description,
  events,
  enabled: r.enabled === 1,
  secretCipher: r.secret_cipher,
  previousSecretCipher: r.previous_secret_cipher,
  previousSecretUntil: r.previous_secret_until === null ? null : Number(r.previous_secret_until),
  failureStreak: r.failure_streak,
  disabledAt: r.disabled_at === null ? null : Number(r.disabled_at),
  disabledReason: r.disabled_reason,
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

const toDelivery = (r: Selectable<WebhookDeliveriesTable>): WebhookDeliveryRecord => ({
  id: r.id,
  endpointId: r.endpoint_id,
  messageId: r.message_id,
  eventType: r.event_type as WebhookEventType,
  payload: r.payload,
  status: r.status as WebhookDeliveryStatus,
  attempts: r.attempts,
  lastStatusCode: r.last_status_code,
  lastError: r.last_error,
  lastResponse: r.last_response,
  nextAttemptAt: r.next_attempt_at === null ? null : Number(r.next_attempt_at),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
  deliveredAt: r.delivered_at === null ? null : Number(r.delivered_at),
});

const UNSENT = ['queued', 'retrying'] as const;
/** Delivery statuses that no attempt will change any more (a redelivery makes one pending again). */
const SETTLED: WebhookDeliveryStatus[] = ['delivered', 'failed', 'stopped'];

export function webhookRepo(db: Kysely<Database>, caps: DialectCapabilities): WebhookRepo {
  async function withEvents(rows: Selectable<WebhookEndpointsTable>[]): Promise<WebhookEndpointRecord[]> {
    if (rows.length === 0) return [];
    const types = await db
      .selectFrom('webhook_endpoint_events')
      .select(['endpoint_id', 'event_type'])
      .where('endpoint_id', 'in', rows.map((r) => r.id))
      .orderBy('event_type')
      .execute();
    const by = new Map<string, WebhookEventType[]>();
    for (const t of types) by.set(t.endpoint_id, [...(by.get(t.endpoint_id) ?? []), t.event_type as WebhookEventType]);
    return rows.map((r) => toEndpoint(r, inTableOrder(by.get(r.id) ?? [])));
  }

  async function writeEvents(id: string, accountId: string | null, events: readonly WebhookEventType[], enabled: boolean): Promise<void> {
    await db.deleteFrom('webhook_endpoint_events').where('endpoint_id', '=', id).execute();
    if (events.length)
      await db
        .insertInto('webhook_endpoint_events')
        .values(events.map((t) => ({ endpoint_id: id, event_type: t, account_id: accountId, enabled: enabled ? 1 : 0 })))
        .execute();
  }

  return {
    async insertEndpoint(e) {
      await db
        .insertInto('webhook_endpoints')
        .values({
          id: e.id,
          account_id: e.accountId,
          url: e.url,
          description: e.description,
          enabled: e.enabled ? 1 : 0,
          secret_cipher: e.secretCipher,
          previous_secret_cipher: e.previousSecretCipher,
          previous_secret_until: e.previousSecretUntil,
          failure_streak: e.failureStreak,
          disabled_at: e.disabledAt,
          disabled_reason: e.disabledReason,
          created_at: e.createdAt,
          updated_at: e.updatedAt,
        })
        .execute();
      await writeEvents(e.id, e.accountId, e.events, e.enabled);
    },
    async endpointById(id) {
      const row = await db.selectFrom('webhook_endpoints').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? (await withEvents([row]))[0] : undefined;
    },
    async endpointsOf(accountId, limit) {
      const rows = await db
        .selectFrom('webhook_endpoints')
        .selectAll()
        .$if(accountId === null, (q) => q.where('account_id', 'is', null))
        .$if(accountId !== null, (q) => q.where('account_id', '=', accountId!))
        .orderBy('id')
        .limit(limit)
        .execute();
      return withEvents(rows);
    },
    async countEndpoints(accountId) {
      const r = await db
        .selectFrom('webhook_endpoints')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .$if(accountId === null, (q) => q.where('account_id', 'is', null))
        .$if(accountId !== null, (q) => q.where('account_id', '=', accountId!))
        .executeTakeFirstOrThrow();
      return Number(r.n);
    },
    async updateEndpoint(id, p) {
      const set: Partial<Selectable<WebhookEndpointsTable>> = {};
      if (p.url !== undefined) set.url = p.url;
      if (p.description !== undefined) set.description = p.description;
      if (p.enabled !== undefined) set.enabled = p.enabled ? 1 : 0;
      if (p.secretCipher !== undefined) set.secret_cipher = p.secretCipher;
      if (p.previousSecretCipher !== undefined) set.previous_secret_cipher = p.previousSecretCipher;
      if (p.previousSecretUntil !== undefined) set.previous_secret_until = p.previousSecretUntil;
      if (p.failureStreak !== undefined) set.failure_streak = p.failureStreak;
      if (p.disabledAt !== undefined) set.disabled_at = p.disabledAt;
      if (p.disabledReason !== undefined) set.disabled_reason = p.disabledReason;
      if (p.updatedAt !== undefined) set.updated_at = p.updatedAt;
      if (Object.keys(set).length) await db.updateTable('webhook_endpoints').set(set).where('id', '=', id).execute();
      if (p.events !== undefined || p.enabled !== undefined) {
        const row = await db.selectFrom('webhook_endpoints').select(['account_id', 'enabled']).where('id', '=', id).executeTakeFirstOrThrow();
        if (p.events !== undefined) await writeEvents(id, row.account_id, p.events, row.enabled === 1);
        else await db.updateTable('webhook_endpoint_events').set({ enabled: row.enabled }).where('endpoint_id', '=', id).execute();
      }
    },
    async deleteEndpoint(id) {
      const deliveries = db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', id);
      await db.deleteFrom('outbox').where('kind', '=', 'webhook').where('ref_id', 'in', deliveries).execute();
      await db.deleteFrom('webhook_attempts').where('delivery_id', 'in', deliveries).execute();
      await db.deleteFrom('webhook_deliveries').where('endpoint_id', '=', id).execute();
      await db.deleteFrom('webhook_endpoint_events').where('endpoint_id', '=', id).execute();
      await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
    },
    async fanOut(events, at) {
      let queued = 0;
      // Four parameters a row; the chunk stays far under either dialect's limit. `at` is the
      // domain's time (the audit event's): the outbox message is due at once (0), whatever the
      // wall clock, which schedules retries, says.
      const chunkRows = Math.min(500, caps.maxRowsPerInsert(5));
      const accounts = [...new Set(events.flatMap((e) => (e.accountId === null ? [] : [e.accountId])))];
      if (events.length > chunkRows && accounts.length <= chunkRows) {
        // Many messages (a bulk ending's activation.ended): first which (type, account) any
        // endpoint wants, one statement, so that nobody listening costs no more than one.
        const types = [...new Set(events.map((e) => e.type))];
        const wanted = await db
          .selectFrom('webhook_endpoint_events')
          .select(['event_type', 'account_id'])
          .distinct()
          .where('enabled', '=', 1)
          .where('event_type', 'in', types)
          .where((eb) => (accounts.length ? eb.or([eb('account_id', 'is', null), eb('account_id', 'in', accounts)]) : eb('account_id', 'is', null)))
          .execute();
        const anyAccount = new Set(wanted.filter((w) => w.account_id === null).map((w) => w.event_type));
        const byAccount = new Set(wanted.filter((w) => w.account_id !== null).map((w) => `${w.event_type} ${w.account_id}`));
        events = events.filter((e) => anyAccount.has(e.type) || (e.accountId !== null && byAccount.has(`${e.type} ${e.accountId}`)));
      }
      for (const chunk of inChunks(events, chunkRows)) {
        const values = sql.join(chunk.map((e) => sql`(${e.id}, ${e.accountId}, ${e.type}, ${e.payload})`));
        const r = await sql`
          INSERT INTO webhook_deliveries (id, endpoint_id, message_id, event_type, payload, status, attempts, next_attempt_at, created_at, updated_at)
          SELECT v.column1 || '.' || w.endpoint_id, w.endpoint_id, v.column1, v.column3, v.column4, 'pending', 0, NULL, CAST(${at} AS bigint), CAST(${at} AS bigint)
          FROM (VALUES ${values}) AS v
          JOIN webhook_endpoint_events w ON w.event_type = v.column3 AND w.enabled = 1 AND (w.account_id IS NULL OR w.account_id = v.column2)`.execute(db);
        const n = Number(r.numAffectedRows ?? 0n);
        if (n === 0) continue;
        queued += n;
        await sql`
          INSERT INTO outbox (id, kind, ref_id, status, attempts, next_attempt_at, created_at, updated_at)
          SELECT d.id, 'webhook', d.id, 'queued', 0, 0, d.created_at, d.updated_at
          FROM webhook_deliveries d WHERE d.message_id IN (${sql.join(chunk.map((e) => e.id))}) AND d.attempts = 0 AND d.status = 'pending'
            AND NOT EXISTS (SELECT 1 FROM outbox o WHERE o.id = d.id)`.execute(db);
      }
      return queued;
    },
    async insertDelivery(d, outboxId) {
      await db
        .insertInto('webhook_deliveries')
        .values({
          id: d.id,
          endpoint_id: d.endpointId,
          message_id: d.messageId,
          event_type: d.eventType,
          payload: d.payload,
          status: d.status,
          attempts: d.attempts,
          last_status_code: d.lastStatusCode,
          last_error: d.lastError,
          last_response: d.lastResponse,
          next_attempt_at: d.nextAttemptAt,
          created_at: d.createdAt,
          updated_at: d.updatedAt,
          delivered_at: d.deliveredAt,
        })
        .execute();
      await db
        .insertInto('outbox')
        .values({ id: outboxId, kind: 'webhook', ref_id: d.id, status: 'queued', attempts: 0, next_attempt_at: d.createdAt, created_at: d.createdAt, updated_at: d.createdAt })
        .execute();
    },
    async deliveryById(id) {
      const row = await db.selectFrom('webhook_deliveries').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toDelivery(row);
    },
    async deliveriesOf(endpointId, limit, before) {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .selectAll()
        .where('endpoint_id', '=', endpointId)
        .$if(before !== null, (q) => q.where('id', '<', before!))
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toDelivery);
    },
    async updateDelivery(id, p) {
      await db
        .updateTable('webhook_deliveries')
        .set({
          ...(p.status !== undefined && { status: p.status }),
          ...(p.attempts !== undefined && { attempts: p.attempts }),
          ...(p.lastStatusCode !== undefined && { last_status_code: p.lastStatusCode }),
          ...(p.lastError !== undefined && { last_error: p.lastError }),
          ...(p.lastResponse !== undefined && { last_response: p.lastResponse }),
          ...(p.nextAttemptAt !== undefined && { next_attempt_at: p.nextAttemptAt }),
          ...(p.updatedAt !== undefined && { updated_at: p.updatedAt }),
          ...(p.deliveredAt !== undefined && { delivered_at: p.deliveredAt }),
        })
        .where('id', '=', id)
        .execute();
    },
    async insertAttempt(a) {
      await db
        .insertInto('webhook_attempts')
        .values({ id: a.id, delivery_id: a.deliveryId, at: a.at, status_code: a.statusCode, error: a.error, next_attempt_at: a.nextAttemptAt })
        .execute();
    },
    async attemptsOf(deliveryId, limit) {
      const rows = await db.selectFrom('webhook_attempts').selectAll().where('delivery_id', '=', deliveryId).orderBy('at').orderBy('id').limit(limit).execute();
      return rows.map(
        (r): WebhookAttemptRecord => ({
          id: r.id,
          deliveryId: r.delivery_id,
          at: Number(r.at),
          statusCode: r.status_code,
          error: r.error,
          nextAttemptAt: r.next_attempt_at === null ? null : Number(r.next_attempt_at),
        }),
      );
    },
    async deleteSettledBefore(before, limit) {
      // Through the index of updated_at (migration 2026-12-11): a batch reads the rows it drops.
      // The status is checked again by the DELETE itself, so a message redelivered meanwhile stays;
      // its attempts go with it (ON DELETE CASCADE).
      const oldest = db.selectFrom('webhook_deliveries').select('id').where('status', 'in', SETTLED).where('updated_at', '<', before).orderBy('updated_at').limit(limit);
      const gone = await db.deleteFrom('webhook_deliveries').where('id', 'in', oldest).where('status', 'in', SETTLED).returning('id').execute();
      for (const chunk of inChunks(gone, 500))
        await db
          .deleteFrom('outbox')
          .where('kind', '=', 'webhook')
          .where('ref_id', 'in', chunk.map((g) => g.id))
          .where('status', 'not in', UNSENT)
          .execute();
      return gone.length;
    },
    async stopPending(endpointId, now) {
      const deliveries = db.selectFrom('webhook_deliveries').select('id').where('endpoint_id', '=', endpointId);
      await db
        .updateTable('outbox')
        .set({ status: 'cancelled', updated_at: now, lease_owner: null, lease_until: null })
        .where('kind', '=', 'webhook')
        .where('ref_id', 'in', deliveries)
        .where('status', 'in', UNSENT)
        .execute();
      const r = await db
        .updateTable('webhook_deliveries')
        .set({ status: 'stopped', next_attempt_at: null, updated_at: now })
        .where('endpoint_id', '=', endpointId)
        .where('status', 'in', ['pending', 'retrying'])
        .executeTakeFirst();
      return Number(r.numUpdatedRows);
    },
    async bumpFailureStreak(id, now) {
      const row = await db
        .updateTable('webhook_endpoints')
        .set((eb) => ({ failure_streak: eb('failure_streak', '+', 1), updated_at: now }))
        .where('id', '=', id)
        .returning('failure_streak')
        .executeTakeFirst();
      return row?.failure_streak ?? 0;
    },
    async resetFailureStreak(id) {
      await db.updateTable('webhook_endpoints').set({ failure_streak: 0 }).where('id', '=', id).where('failure_streak', '>', 0).execute();
    },
    async disableIfEnabled(id, now, reason) {
      const r = await db
        .updateTable('webhook_endpoints')
        .set({ enabled: 0, disabled_at: now, disabled_reason: reason, updated_at: now })
        .where('id', '=', id)
        .where('enabled', '=', 1)
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) !== 1) return false;
      await db.updateTable('webhook_endpoint_events').set({ enabled: 0 }).where('endpoint_id', '=', id).execute();
      return true;
    },
    async subscriptionsExpiringBefore(until, limit, after) {
      const rows = await db
        .selectFrom('subscriptions')
        .select(['id', 'account_id', 'product_id', 'expires_at', 'grace_period_days'])
        .where('expired_at', 'is', null)
        .where('expires_at', '<', until)
        .$if(after !== null, (q) => q.where('id', '>', after!))
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => ({ id: r.id, accountId: r.account_id, productId: r.product_id, expiresAt: Number(r.expires_at), gracePeriodDays: r.grace_period_days }));
    },
    async noteOnce(subscriptionId, notice, expiresAt, now) {
      const r = await db
        .insertInto('subscription_notices')
        .values({ subscription_id: subscriptionId, notice, expires_at: expiresAt, created_at: now })
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
    },
  };
}
