import { AllotError } from '../../domain/errors.ts';
import { isEmailAddress, normalizeEmail } from '../../domain/invitations.ts';
import { OPERATOR_MEMBERS_MAX_COUNT } from '../../domain/limits.ts';
import { requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import { checkPassword } from '../credentials.ts';
import type { AppDeps, Caller } from '../context.ts';
import { invalid, text } from '../validate.ts';
import { operatorMemberView, type OperatorMemberView } from '../views/operators.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'passwords'>;

export interface NewOperator {
  email: string;
  name: string;
  password: string;
}

export async function listOperators(deps: Deps, caller: Caller): Promise<OperatorMemberView[]> {
  requireOperator(caller.actor);
  return (await deps.store.read((tx) => tx.operators.list(OPERATOR_MEMBERS_MAX_COUNT))).map(operatorMemberView);
}

/** Adds one of the vendor's people, with a password (the member rules). */
export async function createOperator(deps: Deps, caller: Caller, input: NewOperator): Promise<OperatorMemberView> {
  requireOperator(caller.actor);
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email)) throw invalid('The email address is not valid.', 'email');
  const name = text(input.name, 'name');
  const passwordHash = await deps.passwords.hash(checkPassword(input.password));
  const now = deps.clock.now();
  const operator = { id: deps.ids.next(), email, name, status: 'active' as const, passwordHash, createdAt: now, updatedAt: now, lastSignInAt: null };
  return deps.store.write(async (tx) => {
    if ((await tx.operators.list(OPERATOR_MEMBERS_MAX_COUNT)).length >= OPERATOR_MEMBERS_MAX_COUNT)
      throw invalid(`There are ${OPERATOR_MEMBERS_MAX_COUNT} operator members already: remove one first.`);
    if (!(await tx.operators.insert(operator))) throw new AllotError('OPERATOR_EXISTS', 'An operator member with this email address exists.');
    await record(tx, deps.ids, caller, now, { action: 'operator.created', target: { type: 'operator', id: operator.id }, accountId: null, after: { name, email } });
    return operatorMemberView(operator);
  });
}

/** Removes an operator member and ends their sessions; never the last active one. */
export async function removeOperator(deps: Deps, caller: Caller, id: string): Promise<void> {
  requireOperator(caller.actor);
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    // Held first: two removals at once are decided one after the other.
    const active = await tx.operators.lockActive();
    const target = await tx.operators.byId(id);
    if (!target) throw new AllotError('OPERATOR_NOT_FOUND', 'There is no such operator member.');
    if (target.status === 'active' && active.length <= 1) throw new AllotError('LAST_OPERATOR', 'This is the last active operator member: add another first.');
    await tx.operators.delete(id);
    await record(tx, deps.ids, caller, now, { action: 'operator.removed', target: { type: 'operator', id }, accountId: null, before: { name: target.name, email: target.email } });
  });
}
