/**
 * A key's policy (issue 14, domain/policy.ts): read by whoever may see the key, set or removed
 * by Account Administrators (and the operator). The primary key's policy is the account
 * default; a sublicense key inherits it until it sets its own. Every change bumps the version
 * its devices see at their next check-in, and is an audit event with before and after.
 * Changes run under the subscription's lock, so that two of them bump one after the other.
 */
import { AllotError } from '../../domain/errors.ts';
import { accountDefault, checkPolicySettings, effectivePolicy, inheritOffset, ownPolicyVersion, sameSettings, type Policy } from '../../domain/policy.ts';
import type { KeyRecord } from '../../domain/records.ts';
import { requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import { openKey, readSettled, writeSettled, type Scope } from '../subscription-entry.ts';
import { invalid } from '../validate.ts';
import { isoOrNull } from '../views/common.ts';
import type { KeyPolicyView } from '../views/policies.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

const NO_POLICY = { type: 'primary' as const, policy: null, policyVersion: 0 };

/** The key's policy, the account default, and the primary key they come from. */
async function policiesOf(tx: Tx, key: KeyRecord): Promise<{ policy: Policy; accountDefault: Policy }> {
  const primary = key.type === 'primary' ? key : await tx.keys.primaryOf(key.subscriptionId);
  return { policy: effectivePolicy(key, primary), accountDefault: accountDefault(primary ?? NO_POLICY) };
}

async function viewOf(tx: Tx, key: KeyRecord): Promise<KeyPolicyView> {
  return { keyId: key.id, ...(await policiesOf(tx, key)), updatedAt: isoOrNull(key.policyUpdatedAt) };
}

export async function getKeyPolicy(deps: Deps, caller: Caller, keyId: string): Promise<KeyPolicyView> {
  return readSettled(deps, caller, async (scope) => {
    const { key } = await openKey(scope, keyId);
    return viewOf(scope.tx, key);
  });
}

async function changePolicy(scope: Scope, deps: Deps, key: KeyRecord, before: Policy, patch: Pick<KeyRecord, 'policy' | 'policyVersion'>): Promise<KeyPolicyView> {
  const { tx, now, caller } = scope;
  await tx.keys.update(key.id, { ...patch, policyUpdatedAt: now, updatedAt: now });
  const after = (await tx.keys.byId(key.id))!;
  const view = await viewOf(tx, after);
  await record(tx, deps.ids, caller, now, {
    action: 'key.policy_changed',
    target: { type: 'key', id: key.id },
    accountId: key.accountId,
    subscriptionId: key.subscriptionId,
    before: { name: key.name, ...before },
    after: { name: key.name, ...view.policy },
  });
  return view;
}

/** Sets the key's own policy (on the primary key: the account default). Sending what it has already changes nothing. */
export async function putKeyPolicy(deps: Deps, caller: Caller, keyId: string, input: unknown): Promise<KeyPolicyView> {
  const checked = checkPolicySettings(input);
  if (!checked.ok) throw invalid(`${checked.field} ${checked.problem}.`, checked.field);
  const settings = checked.value;
  return writeSettled(deps, caller, deps.clock.now(), async (scope) => {
    const { key } = await openKey(scope, keyId, { lock: true });
    requireAccountAdmin(caller.actor);
    const { policy: before } = await policiesOf(scope.tx, key);
    const hasOwn = key.type === 'primary' || key.policy !== null;
    if (hasOwn && sameSettings(before, settings)) return viewOf(scope.tx, key);
    return changePolicy(scope, deps, key, before, { policy: settings, policyVersion: ownPolicyVersion(before) });
  });
}

/** A sublicense key goes back to the account default; the primary key's policy is the default and stays. */
export async function deleteKeyPolicy(deps: Deps, caller: Caller, keyId: string): Promise<KeyPolicyView> {
  return writeSettled(deps, caller, deps.clock.now(), async (scope) => {
    const { key } = await openKey(scope, keyId, { lock: true });
    requireAccountAdmin(caller.actor);
    if (key.type === 'primary')
      throw new AllotError('PRIMARY_KEY_IMMUTABLE', "The primary key's policy is the account default: it cannot be removed, only changed (PUT).");
    if (key.policy === null) return viewOf(scope.tx, key);
    const { policy: before, accountDefault: fallback } = await policiesOf(scope.tx, key);
    return changePolicy(scope, deps, key, before, { policy: null, policyVersion: inheritOffset(before, fallback) });
  });
}
