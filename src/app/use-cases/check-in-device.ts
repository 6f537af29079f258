import { firstRefusal, refusal, warningsFor } from '../../domain/decisions.ts';
import { deliveryFor, issueCertificate, type CertificateSubject } from '../certificates.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { SigningKeyring } from '../signing-keyring.ts';
import { openTrusted, termsForCheckIn } from '../subscription-entry.ts';
import { placeSeat } from '../sso-seat.ts';
import { keyForGroups } from '../../domain/sso.ts';
import { counted, refused, type CheckInInput, type ClientDecision, type GrantedCertificate } from '../client-types.ts';
import type { Batchable, Tx } from '../ports/store.ts';
import { checkInChanges, checkInMany, type CheckInItem } from '../batched-check-ins.ts';

export type { CheckInInput } from '../client-types.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'vault' | 'signer' | 'config' | 'ids' | 'metrics'>;

type Outcome = ClientDecision<CertificateSubject & { policyChanged: boolean }>;

/** Check-ins decided together when they share a transaction (app/batched-check-ins.ts), or alone. */
const checkIns: Batchable<CheckInItem, Outcome> = {
  many: checkInMany,
  one: (tx, { deps, input, now }) => checkInInTx(tx, deps, input, now),
};

/** A device reports in and gets a fresh certificate, or learns why it no longer may run. */
export async function checkInDevice(
  deps: Deps,
  keyring: SigningKeyring,
  input: CheckInInput,
): Promise<ClientDecision<GrantedCertificate>> {
  const now = deps.clock.now();
  const outcome = counted(deps.metrics, 'check_in', await deps.store.writeBatched(checkIns, { deps, input, now }, input.activationId));
  if (!outcome.granted) return outcome;
  const signed = await issueCertificate(deps, keyring, outcome.value, now);
  const { subscription, policyChanged } = outcome.value;
  return { granted: true, value: { ...signed, policyChanged, warnings: warningsFor({ now, subscription }) } };
}

/** One check-in, alone in its savepoint: the reference that `checkInMany` agrees with. */
async function checkInInTx(tx: Tx, deps: Deps, input: CheckInInput, now: number): Promise<Outcome> {
  const activation = await tx.activations.byId(input.activationId);
  if (!activation) return refused(refusal('ACTIVATION_NOT_FOUND'));
  let key = (await tx.keys.byId(activation.keyId))!;
  let subscription = (await termsForCheckIn(tx, activation.subscriptionId))!;
  const user = activation.ssoUserId === null ? undefined : await tx.ssoUsers.byId(activation.ssoUserId);
  const facts = {
    now,
    blacklisted: (await tx.blacklist.find(subscription.id, activation.fingerprint)) !== undefined,
    activationActive: activation.status === 'active',
    fingerprintMatches: deps.vault.same(activation.fingerprint, input.fingerprint),
    userDeactivated: user?.status === 'deactivated',
  };
  const refusedBy = firstRefusal({ ...facts, subscription, key });
  if (refusedBy) return refused(refusedBy);
  if (user && keyForGroups(await tx.keys.listBySubscription(subscription.id), user.groups)?.id !== key.id) {
    // The person's groups now map elsewhere: their seat moves, under the subscription's lock.
    const caller: Caller = { actor: { type: 'device', id: input.fingerprint }, requestId: null };
    const scope = { tx, deps, caller, now };
    subscription = (await openTrusted(scope, subscription.id, { lock: true }))!;
    // Expiry settled on entering may have ended it meanwhile.
    if ((await tx.activations.byId(activation.id))?.status !== 'active') return refused(refusal('ACTIVATION_NOT_FOUND', { reason: 'ended' }));
    // Read again under the lock: a SCIM write (which locks the subscription first) may have
    // deactivated the person or changed their groups while this waited.
    const person = (await tx.ssoUsers.byId(user.id))!;
    facts.userDeactivated = person.status === 'deactivated';
    if (facts.userDeactivated) return refused(refusal('SSO_USER_DEACTIVATED'));
    key = (await placeSeat(scope, subscription, person)).key!;
    const again = firstRefusal({ ...facts, subscription, key });
    if (again) return refused(again);
  }
  const changes = checkInChanges(input);
  const delivery = await deliveryFor(tx, key);
  await tx.activations.checkIn(activation.id, now, changes, delivery.policy.version);
  const product = (await tx.products.byId(subscription.productId))!;
  const person = user && { email: user.email, name: user.name };
  const policyChanged = activation.deliveredPolicyVersion !== delivery.policy.version;
  const value = { activation: { ...activation, keyId: key.id, lastCheckInAt: now }, key, subscription, product, delivery, policyChanged, ...(person && { user: person }) };
  return { granted: true, value };
}
