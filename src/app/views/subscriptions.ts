import { Type, type Static } from '@sinclair/typebox';
import { summarize, type SeatSummary as DomainSeatSummary } from '../../domain/seats.ts';
import { subscriptionStatus, subscriptionValidUntil, SUBSCRIPTION_STATUSES } from '../../domain/validity.ts';
import type { ProductRecord, SubscriptionRecord } from '../../domain/records.ts';
import { DateTime, Id, iso, literals, Nullable, type Holds, type Same } from './common.ts';

export const SeatSummary = Type.Object(
  {
    total: Type.Integer(),
    used: Type.Integer(),
    unused: Type.Integer({ description: 'total − used = availableDynamic + availableReserved' }),
    availableDynamic: Type.Integer({ description: 'The main pool: total − used − reservedTotal + reservedUsed' }),
    availableReserved: Type.Integer({ description: 'reservedTotal − reservedUsed' }),
    reservedTotal: Type.Integer(),
    reservedUsed: Type.Integer(),
  },
  { description: 'The seat formulas of DOMAIN.md, to the seat.' },
);
/** domain/seats.ts declares the summary (summarize); this schema restates it for the API, and the compiler holds the two to one shape. */
type _SeatSummaryIsTheDomains = Holds<Same<Static<typeof SeatSummary>, DomainSeatSummary>>;

export const Subscription = Type.Object({
  id: Id,
  accountId: Id,
  product: Type.Object({ id: Id, code: Type.String(), name: Type.String() }),
  status: literals(SUBSCRIPTION_STATUSES),
  seats: SeatSummary,
  startsAt: DateTime,
  expiresAt: DateTime,
  gracePeriodDays: Type.Integer(),
  graceEndsAt: DateTime,
  autoRenew: Type.Boolean(),
  autoReleaseDays: Nullable(Type.Integer()),
  createdAt: DateTime,
  updatedAt: DateTime,
});
export type SubscriptionView = Static<typeof Subscription>;

export function subscriptionView(s: SubscriptionRecord, product: ProductRecord, now: number): SubscriptionView {
  return {
    id: s.id,
    accountId: s.accountId,
    product: { id: product.id, code: product.code, name: product.name },
    status: subscriptionStatus(s, now),
    seats: summarize(s),
    startsAt: iso(s.startsAt),
    expiresAt: iso(s.expiresAt),
    gracePeriodDays: s.gracePeriodDays,
    graceEndsAt: iso(subscriptionValidUntil(s)),
    autoRenew: s.autoRenew,
    autoReleaseDays: s.autoReleaseDays,
    createdAt: iso(s.createdAt),
    updatedAt: iso(s.updatedAt),
  };
}

export const CreatedSubscription = Type.Intersect([
  Subscription,
  Type.Object({ primaryKey: Type.Object({ id: Id, key: Type.String() }) }),
]);
export type CreatedSubscriptionView = Static<typeof CreatedSubscription>;

export const Usage = Type.Object({
  days: Type.Integer(),
  startedAt: Type.String({ format: 'date-time', description: 'When the subscription (or the key asked for) was created: the points begin on its UTC day.' }),
  points: Type.Array(Type.Object({ date: Type.String({ description: 'UTC day, YYYY-MM-DD' }), used: Type.Integer(), total: Type.Integer() }), {
    description: 'One per UTC day of the window since startedAt, oldest first, the last one today: fewer than `days` for a younger subscription.',
  }),
});
export type UsageView = Static<typeof Usage>;
