import { SSO_PRIORITY_DEFAULT } from '../../domain/sso.ts';
import { AllotError, notFound } from '../../domain/errors.ts';
import { DEFAULT_GRACE_PERIOD_DAYS } from '../../domain/validity.ts';
import { requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import { newKeyMaterial } from '../key-material.ts';
import type { KeyRecord, SubscriptionRecord } from '../../domain/records.ts';
import { instant, wholeNumber } from '../validate.ts';
import { keyAuditState } from '../views/keys.ts';
import { subscriptionView, type CreatedSubscriptionView } from '../views/subscriptions.ts';
import { AUTO_RELEASE_MAX_DAYS, GRACE_PERIOD_MAX_DAYS, SUBSCRIPTION_MAX_SEATS } from '../../domain/limits.ts';

export interface CreateSubscriptionInput {
  accountId: string;
  /** A product code. */
  product: string;
  seats: number;
  expiresAt: string;
  gracePeriodDays?: number;
  autoRenew?: boolean;
  autoReleaseDays?: number | null;
}

export async function createSubscription(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault'>,
  caller: Caller,
  input: CreateSubscriptionInput,
): Promise<CreatedSubscriptionView> {
  requireOperator(caller.actor);
  const now = deps.clock.now();
  const seats = wholeNumber(input.seats, 'seats', 1, SUBSCRIPTION_MAX_SEATS);
  const expiresAt = instant(input.expiresAt, 'expiresAt');
  if (expiresAt <= now) throw new AllotError('INVALID_REQUEST', 'expiresAt must be in the future.', [{ field: 'expiresAt', problem: 'must be in the future' }]);
  const gracePeriodDays =
    input.gracePeriodDays === undefined
      ? DEFAULT_GRACE_PERIOD_DAYS
      : wholeNumber(input.gracePeriodDays, 'gracePeriodDays', 0, GRACE_PERIOD_MAX_DAYS);
  const autoReleaseDays =
    input.autoReleaseDays == null ? null : wholeNumber(input.autoReleaseDays, 'autoReleaseDays', 1, AUTO_RELEASE_MAX_DAYS);
  const material = newKeyMaterial(deps.vault);

  return deps.store.write(async (tx) => {
    const account = await tx.accounts.byId(input.accountId);
    if (!account) throw notFound('account');
    const product = await tx.products.byCode(input.product);
    if (!product) throw notFound('product');
    const sub: SubscriptionRecord = {
      id: deps.ids.next(),
      accountId: account.id,
      productId: product.id,
      total: seats,
      used: 0,
      reserved: 0,
      reservedUsed: 0,
      startsAt: now,
      expiresAt,
      gracePeriodDays,
      autoRenew: input.autoRenew ?? false,
      autoReleaseDays,
      expiredAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await tx.subscriptions.insert(sub);
    const primary: KeyRecord = {
      id: deps.ids.next(),
      subscriptionId: sub.id,
      accountId: account.id,
      type: 'primary',
      name: 'Primary key',
      maxSeats: null,
      used: 0,
      blocked: false,
      expiresAt: null,
      expiredAt: null,
      deletedAt: null,
      keyCipher: material.keyCipher,
      ssoGroups: [],
      ssoPriority: SSO_PRIORITY_DEFAULT,
      createdAt: now,
      updatedAt: now,
      policy: null,
      policyVersion: 0,
      policyUpdatedAt: null,
      goldenImageId: null,
    };
    await tx.keys.insert(primary, material.keyHash, material.keyPrefix);
    const view = subscriptionView(sub, product, now);
    await record(tx, deps.ids, caller, now, {
      action: 'subscription.created',
      target: { type: 'subscription', id: sub.id },
      accountId: account.id,
      subscriptionId: sub.id,
      after: view,
    });
    await record(tx, deps.ids, caller, now, {
      action: 'key.created',
      target: { type: 'key', id: primary.id },
      accountId: account.id,
      subscriptionId: sub.id,
      after: keyAuditState(primary),
    });
    return { ...view, primaryKey: { id: primary.id, key: material.key } };
  });
}
