import { AllotError, notFound } from '../domain/errors.ts';
import type { Actor } from './context.ts';
import type { ActivationRecord, InvitationRecord, KeyRecord, SubscriptionRecord, Tx } from './ports.ts';

/**
 * Tenant scoping. A caller that may not see a resource is told it does not exist:
 * another tenant never learns that an id is real.
 */
export const canSeeAccount = (actor: Actor, accountId: string): boolean =>
  actor.type === 'operator' || actor.type === 'system' || (actor.type === 'token' && actor.accountId === accountId);

export function requireOperator(actor: Actor): void {
  if (actor.type !== 'operator') throw new AllotError('FORBIDDEN', 'Only the operator may do this.');
}

export function requireAccountAccess(actor: Actor, accountId: string): void {
  if (!canSeeAccount(actor, accountId)) throw notFound('account');
}

/** The account a listing is limited to: a token's own; the operator's choice. */
export const accountScope = (actor: Actor, requested?: string): string | undefined =>
  actor.type === 'token' ? actor.accountId : requested;

export async function visibleSubscription(tx: Tx, actor: Actor, id: string, lock = false): Promise<SubscriptionRecord> {
  const sub = lock ? await tx.subscriptions.lock(id) : await tx.subscriptions.byId(id);
  if (!sub || !canSeeAccount(actor, sub.accountId)) throw notFound('subscription');
  return sub;
}

export async function visibleKey(tx: Tx, actor: Actor, id: string): Promise<KeyRecord> {
  const key = await tx.keys.byId(id);
  if (!key || key.deletedAt !== null || !canSeeAccount(actor, key.accountId)) throw notFound('key');
  return key;
}

export async function visibleActivation(tx: Tx, actor: Actor, id: string): Promise<ActivationRecord> {
  const a = await tx.activations.byId(id);
  if (!a || !canSeeAccount(actor, a.accountId)) throw notFound('activation');
  return a;
}

export async function visibleInvitation(tx: Tx, actor: Actor, id: string): Promise<InvitationRecord> {
  const i = await tx.invitations.byId(id);
  if (!i || !canSeeAccount(actor, i.accountId)) throw notFound('invitation');
  return i;
}
