/**
 * The one way into a subscription. Every use-case that reads or changes a subscription, its
 * keys or its devices enters here, inside its own transaction: the entry checks that the caller
 * may see it ("not found" for another tenant, or for a License Administrator looking past their
 * keys), settles whatever expiry is due (app/expiry.ts), so that every answer is exact at the
 * instant it is given, and, when asked, takes the subscription's lock and loads its keys.
 *
 * A read runs in `readSettled`: one read transaction when nothing is due (the usual case, and
 * no write lock on SQLite's one writer). When the entry finds expiry due there, it cannot write
 * it, so the read is dropped and runs again as one write transaction that settles first and
 * reads after, under the same `now`.
 */
import type { ActivationRecord, InvitationRecord, KeyRecord, SubscriptionRecord } from '../domain/records.ts';
import { subscriptionValidUntil } from '../domain/validity.ts';
import { visibleActivation, visibleInvitation, visibleKey, visibleSubscription } from './access.ts';
import type { AppDeps, Caller } from './context.ts';
import { asExpiry, settleExpiries } from './expiry.ts';
import type { Tx } from './ports/store.ts';

type Deps = Pick<AppDeps, 'ids'>;

/** Where an entry happens: the transaction, who asks, and the instant the answer is exact at. */
export interface Scope {
  tx: Tx;
  deps: Deps;
  caller: Caller;
  now: number;
  /** Set by `readSettled`: due expiry cannot be written here, so the read starts over as a write. */
  readOnly?: boolean;
}

export interface OpenOptions {
  /** Take the subscription's lock for the rest of the transaction (whatever changes seats does). */
  lock?: boolean;
  /** Load its keys too: the live ones, or with `'withDeleted'` the deleted ones as well. */
  keys?: true | 'withDeleted';
}

export type Opened<O extends OpenOptions> = O extends { keys: true | 'withDeleted' } ? { sub: SubscriptionRecord; keys: KeyRecord[] } : { sub: SubscriptionRecord };

/** Thrown inside a read transaction that found expiry due; `readSettled` reruns the read as a write. */
class ExpiryDue extends Error {}

async function expiryDue(tx: Tx, sub: SubscriptionRecord, now: number): Promise<boolean> {
  if (sub.expiredAt === null && now >= subscriptionValidUntil(sub)) return true;
  return (await tx.keys.dueForExpiry(now, 1, sub.id)).length > 0;
}

/** Settles due expiry of `sub` (read under the caller's lock, or just read); the subscription as it is after. */
async function settled(scope: Scope, sub: SubscriptionRecord): Promise<SubscriptionRecord> {
  const { tx, deps, caller, now } = scope;
  if (scope.readOnly) {
    if (await expiryDue(tx, sub, now)) throw new ExpiryDue();
    return sub;
  }
  if (!(await settleExpiries(tx, deps, asExpiry(caller), sub.id, now, sub))) return sub;
  return (await tx.subscriptions.byId(sub.id))!;
}

async function withKeys<O extends OpenOptions>(tx: Tx, sub: SubscriptionRecord, options: O): Promise<Opened<O>> {
  if (!options.keys) return { sub } as Opened<O>;
  const keys = await tx.keys.listBySubscription(sub.id, options.keys === 'withDeleted' ? { includeDeleted: true } : undefined);
  return { sub, keys } as Opened<O>;
}

/** The subscription, for the caller: visible to them, its due expiry settled, locked and with its keys when asked. */
export async function openSubscription<O extends OpenOptions = OpenOptions>(scope: Scope, id: string, options: O = {} as O): Promise<Opened<O>> {
  // PostgreSQL refuses FOR UPDATE in a read-only transaction, SQLite would ignore it: fail alike on both.
  if (scope.readOnly && options.lock) throw new Error('A read takes no lock: enter through writeSettled to change a subscription.');
  const sub = await visibleSubscription(scope.tx, scope.caller.actor, id, options.lock ?? false);
  return withKeys(scope.tx, await settled(scope, sub), options);
}

/**
 * The same for a caller whose right was proven otherwise (a device by its key or activation, a
 * system job): no tenancy check, and undefined when there is no such subscription. The device
 * hot path enters here with no query beyond the ones it always made.
 */
export async function openTrusted(scope: Scope, id: string, options: { lock?: boolean } = {}): Promise<SubscriptionRecord | undefined> {
  const sub = options.lock ? await scope.tx.subscriptions.lock(id) : await scope.tx.subscriptions.byId(id);
  return sub && settled(scope, sub);
}

/**
 * A subscription's terms for a device's check-in, as they are, with nothing settled: the
 * check-in decides from the terms (KEY_EXPIRED, SUBSCRIPTION_EXPIRED come from the times) and
 * reads no seats, so settling would only add a query to the hottest path. The next entry of any
 * other kind (or the sweep) settles what is due.
 */
export const termsForCheckIn = (tx: Tx, id: string): Promise<SubscriptionRecord | undefined> => tx.subscriptions.byId(id);

/** A key the caller may see, entering its subscription; the key is read again once its expiry is settled. */
export async function openKey<O extends OpenOptions = OpenOptions>(scope: Scope, keyId: string, options: O = {} as O): Promise<Opened<O> & { key: KeyRecord }> {
  const { subscriptionId } = await visibleKey(scope.tx, scope.caller.actor, keyId);
  const opened = await openSubscription(scope, subscriptionId, options);
  return { ...opened, key: await visibleKey(scope.tx, scope.caller.actor, keyId) };
}

/** An activation the caller may see, entering its subscription; the activation is read again after. */
export async function openActivation<O extends OpenOptions = OpenOptions>(scope: Scope, activationId: string, options: O = {} as O): Promise<Opened<O> & { activation: ActivationRecord }> {
  const { subscriptionId } = await visibleActivation(scope.tx, scope.caller.actor, activationId);
  const opened = await openSubscription(scope, subscriptionId, options);
  return { ...opened, activation: (await scope.tx.activations.byId(activationId))! };
}

/** An invitation the caller may see, entering its subscription. */
export async function openInvitation<O extends OpenOptions = OpenOptions>(scope: Scope, invitationId: string, options: O = {} as O): Promise<Opened<O> & { invitation: InvitationRecord }> {
  const { subscriptionId } = await visibleInvitation(scope.tx, scope.caller.actor, invitationId);
  const opened = await openSubscription(scope, subscriptionId, options);
  return { ...opened, invitation: (await scope.tx.invitations.byId(invitationId))! };
}

/** A read of subscriptions in one transaction: a read one, or a write one when expiry is due (see above). */
export async function readSettled<T>(deps: Deps & Pick<AppDeps, 'store' | 'clock'>, caller: Caller, fn: (scope: Scope) => Promise<T>): Promise<T> {
  const now = deps.clock.now();
  try {
    return await deps.store.read((tx) => fn({ tx, deps, caller, now, readOnly: true }));
  } catch (error) {
    if (!(error instanceof ExpiryDue)) throw error;
  }
  return deps.store.write((tx) => fn({ tx, deps, caller, now }));
}

/** A change in one write transaction, entering subscriptions through `scope`. */
export function writeSettled<T>(deps: Deps & Pick<AppDeps, 'store'>, caller: Caller, now: number, fn: (scope: Scope) => Promise<T>): Promise<T> {
  return deps.store.write((tx) => fn({ tx, deps, caller, now }));
}
