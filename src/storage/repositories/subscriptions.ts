import { sql, type Kysely, type Selectable } from 'kysely';
import { DAY_MS } from '../../domain/time.ts';
import { EXPIRING_SOON_DAYS } from '../../domain/validity.ts';
import type { SubscriptionRecord } from '../../domain/records.ts';
import type { SubscriptionRepo } from '../../app/ports/repositories.ts';
import type { DialectCapabilities } from '../dialect.ts';
import { param, precompiled } from '../precompiled.ts';
import { onlyAmong } from './sql-helpers.ts';
import type { Database, SubscriptionsTable } from '../schema.ts';

export const subscriptionRecord = (r: Selectable<SubscriptionsTable>): SubscriptionRecord => ({
  id: r.id,
  accountId: r.account_id,
  productId: r.product_id,
  total: r.seats_total,
  used: r.used,
  reserved: r.reserved_total,
  reservedUsed: r.reserved_used,
  startsAt: r.starts_at,
  expiresAt: r.expires_at,
  gracePeriodDays: r.grace_period_days,
  autoRenew: r.auto_renew === 1,
  autoReleaseDays: r.auto_release_days,
  expiredAt: r.expired_at,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const graceEnd = sql<number>`expires_at + cast(grace_period_days as bigint) * ${DAY_MS}`;

const subscriptionById = precompiled<[string], Selectable<SubscriptionsTable>>((db) => db.selectFrom('subscriptions').selectAll().where('id', '=', param(0)));
const subscriptionForUpdate = precompiled<[string], Selectable<SubscriptionsTable>>((db) =>
  db.selectFrom('subscriptions').selectAll().where('id', '=', param(0)).forUpdate(),
);

export function subscriptionRepo(db: Kysely<Database>, caps: DialectCapabilities): SubscriptionRepo {
  return {
    async insert(s) {
      await db
        .insertInto('subscriptions')
        .values({
          id: s.id,
          account_id: s.accountId,
          product_id: s.productId,
          seats_total: s.total,
          used: s.used,
          reserved_total: s.reserved,
          reserved_used: s.reservedUsed,
          starts_at: s.startsAt,
          expires_at: s.expiresAt,
          grace_period_days: s.gracePeriodDays,
          auto_renew: s.autoRenew ? 1 : 0,
          auto_release_days: s.autoReleaseDays,
          expired_at: s.expiredAt,
          created_at: s.createdAt,
          updated_at: s.updatedAt,
        })
        .execute();
    },
    async byId(id) {
      const r = await subscriptionById.first(db, caps, [id]);
      return r && subscriptionRecord(r);
    },
    async lock(id) {
      const r = await (caps.supportsRowLocks ? subscriptionForUpdate : subscriptionById).first(db, caps, [id]);
      return r && subscriptionRecord(r);
    },
    async list(f) {
      let q = onlyAmong(db.selectFrom('subscriptions').selectAll().orderBy('id').limit(f.limit), 'id', f.ids);
      if (f.accountId) q = q.where('account_id', '=', f.accountId);
      if (f.after) q = q.where('id', '>', f.after);
      const soon = f.now + EXPIRING_SOON_DAYS * DAY_MS;
      switch (f.status) {
        case 'active':
          q = q.where('expires_at', '>', soon);
          break;
        case 'expiring':
          q = q.where('expires_at', '>', f.now).where('expires_at', '<=', soon);
          break;
        case 'grace':
          q = q.where('expires_at', '<=', f.now).where(graceEnd, '>', f.now);
          break;
        case 'expired':
          q = q.where(graceEnd, '<=', f.now);
          break;
      }
      return (await q.execute()).map(subscriptionRecord);
    },
    async update(id, p) {
      const values: Partial<SubscriptionsTable> = {};
      if (p.expiresAt !== undefined) values.expires_at = p.expiresAt;
      if (p.gracePeriodDays !== undefined) values.grace_period_days = p.gracePeriodDays;
      if (p.autoRenew !== undefined) values.auto_renew = p.autoRenew ? 1 : 0;
      if (p.autoReleaseDays !== undefined) values.auto_release_days = p.autoReleaseDays;
      if (p.expiredAt !== undefined) values.expired_at = p.expiredAt;
      if (p.updatedAt !== undefined) values.updated_at = p.updatedAt;
      if (Object.keys(values).length) await db.updateTable('subscriptions').set(values).where('id', '=', id).execute();
    },
    async dueForExpiry(now, limit) {
      const rows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('expired_at', 'is', null)
        .where(graceEnd, '<=', now)
        .orderBy('expires_at')
        .limit(limit)
        .execute();
      return rows.map(subscriptionRecord);
    },
    async ofAccountAndProduct(accountId, productId) {
      const rows = await db
        .selectFrom('subscriptions')
        .selectAll()
        .where('account_id', '=', accountId)
        .where('product_id', '=', productId)
        .orderBy('expires_at', 'desc')
        .orderBy('id')
        .limit(100)
        .execute();
      return rows.map(subscriptionRecord);
    },
    async withAutoRelease(limit, after) {
      let q = db.selectFrom('subscriptions').selectAll().where('auto_release_days', 'is not', null).orderBy('id').limit(limit);
      if (after) q = q.where('id', '>', after);
      return (await q.execute()).map(subscriptionRecord);
    },
    async seatsByProduct() {
      const rows = await db
        .selectFrom('subscriptions')
        .innerJoin('products', 'products.id', 'subscriptions.product_id')
        .select((eb) => ['products.code as code', eb.fn.sum<number>('subscriptions.seats_total').as('total'), eb.fn.sum<number>('subscriptions.used').as('used')])
        .where('subscriptions.expired_at', 'is', null)
        .groupBy('products.code')
        .execute();
      return rows.map((r) => ({ productCode: r.code, total: Number(r.total), used: Number(r.used) }));
    },
  };
}
