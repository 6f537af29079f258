import { notFound } from '../../domain/errors.ts';
import { insertAccount } from '../account-steps.ts';
import { canSeeAccount, requireOperator } from '../access.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { Page } from '../ports/listing.ts';
import { text } from '../validate.ts';
import { accountView, type AccountView } from '../views/products-accounts.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

export async function createAccount(deps: Deps, caller: Caller, input: { name: string }): Promise<AccountView> {
  requireOperator(caller.actor);
  const now = deps.clock.now();
  const account = { id: deps.ids.next(), name: text(input.name, 'name'), createdAt: now };
  return deps.store.write((tx) => insertAccount(tx, deps, caller, account));
}

export async function getAccount(deps: Deps, caller: Caller, id: string): Promise<AccountView> {
  const account = await deps.store.read((tx) => tx.accounts.byId(id));
  if (!account || !canSeeAccount(caller.actor, account.id)) throw notFound('account');
  return accountView(account);
}

export async function listAccounts(deps: Deps, caller: Caller, page: { limit: number; after?: string }): Promise<Page<AccountView>> {
  if (caller.actor.type === 'token' || caller.actor.type === 'member') {
    const own = await getAccount(deps, caller, caller.actor.accountId);
    return { data: [own] };
  }
  requireOperator(caller.actor);
  const rows = await deps.store.read((tx) => tx.accounts.list(page.limit + 1, page.after));
  const data = rows.slice(0, page.limit).map(accountView);
  return rows.length > page.limit ? { data, nextCursor: data[data.length - 1]!.id } : { data };
}
