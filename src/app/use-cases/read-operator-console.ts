import { parseDomain } from '../../domain/domains.ts';
import { notFound } from '../../domain/errors.ts';
import { keyPrefixQuery } from '../../domain/key-format.ts';
import { DAY_MS } from '../../domain/time.ts';
import {
  ACCOUNT_SUBSCRIPTIONS_MAX_ROWS,
  OPERATOR_EXPIRING_SOON_DAYS,
  OPERATOR_FINGERPRINT_MIN_CHARS,
  OPERATOR_LIST_MAX_ROWS,
  OPERATOR_SEARCH_MAX_CHARS,
  OPERATOR_SEARCH_MAX_ROWS,
  OPERATOR_SEARCH_MIN_CHARS,
} from '../../domain/limits.ts';
import { requireOperator } from '../access.ts';
import { record } from '../audit.ts';
import type { AppDeps, Caller } from '../context.ts';
import type { SearchHit } from '../ports/operators.ts';
import { openSubscription, readSettled } from '../subscription-entry.ts';
import { invalid, wholeNumber } from '../validate.ts';
import {
  atLimitView,
  expiringView,
  type AccountSearchResultView,
  type OperatorAccountView,
  type OperatorOverviewView,
} from '../views/operators.ts';
import { accountView } from '../views/products-accounts.ts';
import { subscriptionView } from '../views/subscriptions.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids'>;

/** How many matches an account's search result lists at most. */
const MATCHES_PER_ACCOUNT = 10;

/** The fleet at a glance, from the counters kept on the subscriptions (no scan of the devices). */
export async function readOverview(deps: Deps, caller: Caller): Promise<OperatorOverviewView> {
  requireOperator(caller.actor);
  const now = deps.clock.now();
  const fleet = await deps.store.read((tx) => tx.operatorReads.fleet(now, now + OPERATOR_EXPIRING_SOON_DAYS * DAY_MS, OPERATOR_LIST_MAX_ROWS));
  return { figures: fleet.figures, expiringSoon: fleet.expiringSoon.map(expiringView), atLimit: fleet.atLimit.map(atLimitView) };
}

/**
 * Accounts by what a support request mentions: a name, a domain, a member's address, the start
 * of a license key, a device's fingerprint. Each field reads an index and at most `limit` rows;
 * a key shows nothing past its first group.
 */
export async function searchAccounts(deps: Deps, caller: Caller, query: { q: string; limit?: number }): Promise<AccountSearchResultView> {
  requireOperator(caller.actor);
  const q = query.q.trim();
  if (q.length < OPERATOR_SEARCH_MIN_CHARS || q.length > OPERATOR_SEARCH_MAX_CHARS)
    throw invalid(`q must have from ${OPERATOR_SEARCH_MIN_CHARS} to ${OPERATOR_SEARCH_MAX_CHARS} characters.`, 'q');
  const limit = wholeNumber(query.limit ?? 20, 'limit', 1, OPERATOR_SEARCH_MAX_ROWS);
  return deps.store.read(async (tx) => {
    const reads = tx.operatorReads;
    const hits: SearchHit[] = [...(await reads.searchNames(q, limit))];
    const domain = parseDomain(q.replace(/^@/, ''));
    if (domain.ok) hits.push(...(await reads.searchDomains(domain.domain, limit)));
    hits.push(...(await reads.searchMemberEmails(q.toLowerCase(), limit)));
    const keyPrefix = keyPrefixQuery(q);
    if (keyPrefix) hits.push(...(await reads.searchKeyPrefixes(keyPrefix, limit)));
    if (q.length >= OPERATOR_FINGERPRINT_MIN_CHARS) hits.push(...(await reads.searchFingerprints(q, limit)));

    const byAccount = new Map<string, Map<string, { field: SearchHit['field']; value: string }>>();
    for (const hit of hits) {
      let matches = byAccount.get(hit.accountId);
      if (!matches) {
        if (byAccount.size >= limit) continue;
        byAccount.set(hit.accountId, (matches = new Map()));
      }
      if (matches.size < MATCHES_PER_ACCOUNT) matches.set(`${hit.field}:${hit.value}`, { field: hit.field, value: hit.value });
    }
    const items: AccountSearchResultView['items'] = [];
    for (const [accountId, matches] of byAccount) {
      const account = await tx.accounts.byId(accountId);
      if (account) items.push({ account: accountView(account), matches: [...matches.values()] });
    }
    return { items };
  });
}

/** One account as support sees it: its subscriptions, members, domains, SSO, devices in use. */
export async function readOperatorAccount(deps: Deps, caller: Caller, id: string): Promise<OperatorAccountView> {
  requireOperator(caller.actor);
  return readSettled(deps, caller, async (scope) => {
    const { tx, now } = scope;
    const account = await tx.accounts.byId(id);
    if (!account) throw notFound('account');
    const products = new Map((await tx.products.list()).map((p) => [p.id, p]));
    const subscriptions = [];
    for (const s of await tx.subscriptions.list({ accountId: id, now, limit: ACCOUNT_SUBSCRIPTIONS_MAX_ROWS })) {
      const { sub } = await openSubscription(scope, s.id);
      subscriptions.push(subscriptionView(sub, products.get(sub.productId)!, now));
    }
    const members = (await tx.members.list(id)).map((m) => ({
      id: m.id,
      name: m.name,
      email: m.email,
      role: m.role,
      status: m.status,
      lastSignInAt: m.lastSignInAt === null ? null : new Date(m.lastSignInAt).toISOString(),
    }));
    const domains = (await tx.domains.listByAccount(id)).map((d) => ({ id: d.id, domain: d.domain, status: d.status }));
    const connection = await tx.ssoConnections.get(id);
    const counts = await tx.operatorReads.ssoCounts(id);
    return {
      account: accountView(account),
      subscriptions,
      members,
      domains,
      sso: { protocol: connection?.protocol ?? null, enforce: connection?.enforce ?? false, ...counts },
      activeDevices: subscriptions.reduce((n, s) => n + s.seats.used, 0),
    };
  });
}

/** Notes in the account's audit log that an operator opened its support view. */
export async function recordSupportView(deps: Deps, caller: Caller, id: string): Promise<void> {
  requireOperator(caller.actor);
  const now = deps.clock.now();
  await deps.store.write(async (tx) => {
    if (!(await tx.accounts.byId(id))) throw notFound('account');
    await record(tx, deps.ids, caller, now, { action: 'account.support_viewed', target: { type: 'account', id }, accountId: id });
  });
}
