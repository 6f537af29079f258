/**
 * `allot setup`: the first hour of a new installation in one step. An account, its first
 * Account Administrator (with a password, active at once) and an operator token, made in one
 * transaction by the steps that make each of them alone (app/account-steps.ts).
 */
import { AllotError } from '../../domain/errors.ts';
import { isEmailAddress, normalizeEmail } from '../../domain/invitations.ts';
import { requireOperator } from '../access.ts';
import { insertAccount, insertMember, insertToken, newApiToken } from '../account-steps.ts';
import type { AppDeps, Caller } from '../context.ts';
import { checkPassword } from '../credentials.ts';
import { invalid, text } from '../validate.ts';
import type { AccountView } from '../views/products-accounts.ts';
import type { MemberView } from '../views/members.ts';
import type { TokenView } from '../views/tokens.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'passwords' | 'signals' | 'config'>;

export interface SetupInput {
  accountName: string;
  email: string;
  /** The administrator's name; the part of the address before the @ when absent. */
  name?: string;
  password: string;
  /** Set up another account even though an Account Administrator exists already. */
  force?: boolean;
}

export type SetupResult =
  | { outcome: 'already_set_up' }
  | { outcome: 'set_up'; account: AccountView; administrator: MemberView; operatorToken: TokenView & { token: string } };

/** True while no account has an active Account Administrator: nobody can sign in to the console yet. */
export const setupNeeded = async (deps: Pick<AppDeps, 'store'>): Promise<boolean> => !(await deps.store.read((tx) => tx.members.anyActiveAdmin()));

export async function setUpAccount(deps: Deps, caller: Caller, input: SetupInput): Promise<SetupResult> {
  requireOperator(caller.actor);
  // Everything that can be refused is checked before anything is written (the password is
  // hashed outside the transaction); the three steps then commit together or not at all.
  const accountName = text(input.accountName, 'accountName');
  const email = normalizeEmail(input.email);
  if (!isEmailAddress(email)) throw invalid('email is not an email address.', 'email');
  const name = text(input.name ?? email.slice(0, email.indexOf('@')), 'name');
  const password = checkPassword(input.password);
  if (!input.force && !(await setupNeeded(deps))) return { outcome: 'already_set_up' };
  if (await deps.store.read((tx) => tx.members.byEmail(email)))
    throw new AllotError('MEMBER_EXISTS', 'A member with this email address exists (an address belongs to one account).');

  const passwordHash = await deps.passwords.hash(password);
  const now = deps.clock.now();
  const accountId = deps.ids.next();
  return deps.store.write(async (tx) => {
    const account = await insertAccount(tx, deps, caller, { id: accountId, name: accountName, createdAt: now });
    const administrator = await insertMember(
      tx,
      deps,
      caller,
      { id: deps.ids.next(), accountId, email, name, role: 'account_admin', status: 'active', passwordHash, createdAt: now, updatedAt: now, lastSignInAt: null },
      [],
    );
    const { token, rec } = newApiToken(deps, { accountId: null, name: 'allot setup', role: 'operator' }, now);
    const operatorToken = { ...(await insertToken(tx, deps, caller, rec, [])), token };
    return { outcome: 'set_up', account, administrator, operatorToken } as const;
  });
}
