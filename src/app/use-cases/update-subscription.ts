import { AllotError, notFound } from '../../domain/errors.ts';
import { seatDeltas } from '../../domain/seats.ts';
import { subscriptionValidUntil } from '../../domain/validity.ts';
import { requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { SubscriptionPatch } from '../ports/repositories.ts';
import { instant, invalid, wholeNumber } from '../validate.ts';
import { openSubscription, writeSettled } from '../subscription-entry.ts';
import { subscriptionView, type SubscriptionView } from '../views/subscriptions.ts';
import { AUTO_RELEASE_MAX_DAYS, GRACE_PERIOD_MAX_DAYS, SUBSCRIPTION_MAX_SEATS } from '../../domain/limits.ts';

export interface UpdateSubscriptionInput {
  /** The new total; never below what is committed (used plus reserved). */
  seats?: number;
  /** Seats to add to the total as it is when the change runs (under the subscription's lock): two at once both count. Not with `seats`. */
  addSeats?: number;
  expiresAt?: string;
  gracePeriodDays?: number;
  autoRenew?: boolean;
  autoReleaseDays?: number | null;
}

export async function updateSubscription(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  id: string,
  input: UpdateSubscriptionInput,
): Promise<SubscriptionView> {
  requireOperator(caller.actor);
  const now = deps.clock.now();
  if (input.seats !== undefined && input.addSeats !== undefined) throw invalid('Send seats (the new total) or addSeats (to add), not both.', 'addSeats');
  const wanted = input.seats === undefined ? undefined : wholeNumber(input.seats, 'seats', 1, SUBSCRIPTION_MAX_SEATS);
  const addSeats = input.addSeats === undefined ? undefined : wholeNumber(input.addSeats, 'addSeats', 1, SUBSCRIPTION_MAX_SEATS);
  const patch: SubscriptionPatch = { updatedAt: now };
  if (input.expiresAt !== undefined) patch.expiresAt = instant(input.expiresAt, 'expiresAt');
  if (input.gracePeriodDays !== undefined)
    patch.gracePeriodDays = wholeNumber(input.gracePeriodDays, 'gracePeriodDays', 0, GRACE_PERIOD_MAX_DAYS);
  if (input.autoRenew !== undefined) patch.autoRenew = input.autoRenew;
  if (input.autoReleaseDays !== undefined)
    patch.autoReleaseDays =
      input.autoReleaseDays === null ? null : wholeNumber(input.autoReleaseDays, 'autoReleaseDays', 1, AUTO_RELEASE_MAX_DAYS);

  return writeSettled(deps, caller, now, async (scope) => {
    const { tx } = scope;
    // Expiry that fell due a moment ago gives its seats back first: they are not committed any more.
    const { sub: before } = await openSubscription(scope, id, { lock: true });
    const product = await tx.products.byId(before.productId);
    if (!product) throw notFound('product');
    let after = { ...before, ...patch };
    if (addSeats !== undefined && before.total + addSeats > SUBSCRIPTION_MAX_SEATS)
      throw invalid(`The total would be above ${SUBSCRIPTION_MAX_SEATS} seats.`, 'addSeats');
    // The subscription is locked: the total read here is the one the addition applies to.
    const seats = addSeats === undefined ? wanted : before.total + addSeats;
    if (seats !== undefined && seats !== before.total) {
      const outcome = await tx.seats.adjust(id, null, seatDeltas.addSeats(seats - before.total), now);
      if (!outcome.ok) {
        const committed = before.used + before.reserved - before.reservedUsed;
        throw new AllotError('SEATS_BELOW_COMMITTED', `Seats cannot go below the ${committed} committed (used plus reserved).`, {
          committed,
          requested: seats,
        });
      }
      after = { ...after, total: seats };
    }
    // A renewal after expiry: the subscription works again (its devices activate anew).
    if (after.expiredAt !== null && subscriptionValidUntil(after) > now) patch.expiredAt = after.expiredAt = null;
    await tx.subscriptions.update(id, patch);
    const view = subscriptionView(after, product, now);
    await record(tx, deps.ids, caller, now, {
      action: 'subscription.updated',
      target: { type: 'subscription', id },
      accountId: before.accountId,
      subscriptionId: id,
      before: subscriptionView(before, product, now),
      after: view,
    });
    return view;
  });
}
