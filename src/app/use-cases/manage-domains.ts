/**
 * Verified domains (docs/sso.md, "Verified domains"): an Account Administrator (or the
 * operator) adds a domain, publishes the TXT record it is given, and asks for it to be
 * verified. A domain is verified by one account at most. A verified domain stays verified when
 * its record is later removed (as Entra ID and Google allow): a check then records what it
 * found and changes nothing else.
 */
import { AllotError, notFound } from '../../domain/errors.ts';
import { keptValues, parseDomain, proves, verificationRecord, verificationToken } from '../../domain/domains.ts';
import type { DomainCheck, DomainRecord } from '../../domain/records.ts';
import { DOMAIN_TOKEN_BYTES, DOMAINS_PER_ACCOUNT_MAX_COUNT } from '../../domain/limits.ts';
import { canSeeAccount, requireAccountAccess, requireAccountAdmin } from '../access.ts';
import { record } from '../audit.ts';
import type { Actor, AppDeps, Caller } from '../context.ts';
import type { Tx } from '../ports/store.ts';
import { invalid } from '../validate.ts';
import { domainAuditState, domainView, type DomainView } from '../views/domains.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'ids' | 'vault' | 'dns'>;

/** A domain of an account the caller administers (another account's is "not found"). */
async function administeredDomain(tx: Tx, actor: Actor, id: string): Promise<DomainRecord> {
  const d = await tx.domains.byId(id);
  if (!d || !canSeeAccount(actor, d.accountId)) throw notFound('domain');
  requireAccountAdmin(actor);
  return d;
}

const taken = (domain: string): AllotError =>
  new AllotError('DOMAIN_TAKEN', `Another account has verified ${domain}: a domain belongs to one account only.`, { domain });

export async function addDomain(deps: Deps, caller: Caller, accountId: string, input: { domain: string }): Promise<DomainView> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  const token = verificationToken(deps.vault.randomBytes(DOMAIN_TOKEN_BYTES));
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    // An unknown account first: the operator learns nothing else about an id that is no account's.
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    const parsed = parseDomain(input.domain);
    if (!parsed.ok) throw invalid(`domain ${parsed.problem}.`, 'domain');
    const { domain } = parsed;
    const existing = await tx.domains.listByAccount(accountId);
    const exists = () => new AllotError('DOMAIN_EXISTS', `The account already has ${domain}.`, { domain });
    if (existing.some((d) => d.domain === domain)) throw exists();
    const owner = await tx.domains.verifiedOwner(domain);
    if (owner && owner.accountId !== accountId) throw taken(domain);
    if (existing.length >= DOMAINS_PER_ACCOUNT_MAX_COUNT) throw invalid(`An account has at most ${DOMAINS_PER_ACCOUNT_MAX_COUNT} domains: remove one first.`, 'domain');
    const rec: DomainRecord = { id: deps.ids.next(), accountId, domain, status: 'pending', token, createdAt: now, verifiedAt: null, lastCheckedAt: null, lastCheck: null };
    // The same name added twice at once: the second insert finds the first.
    if (!(await tx.domains.insert(rec))) throw exists();
    await record(tx, deps.ids, caller, now, { action: 'domain.added', target: { type: 'domain', id: rec.id }, accountId, after: domainAuditState(rec) });
    return domainView(rec);
  });
}

export async function listDomains(deps: Deps, caller: Caller, accountId: string): Promise<DomainView[]> {
  requireAccountAccess(caller.actor, accountId);
  requireAccountAdmin(caller.actor);
  return deps.store.read(async (tx) => {
    if (!(await tx.accounts.byId(accountId))) throw notFound('account');
    return (await tx.domains.listByAccount(accountId)).map(domainView);
  });
}

type CheckOutcome = { domain: DomainRecord; failure: null | 'not_found' | 'taken' };

/**
 * Looks the TXT record up (outside any transaction: DNS may take seconds), then records what
 * was found and, when it proves the domain, marks it verified. The check is committed whatever
 * its outcome; a failure is answered after the commit.
 */
export async function verifyDomain(deps: Deps, caller: Caller, id: string): Promise<DomainView> {
  const first = await deps.store.read((tx) => administeredDomain(tx, caller.actor, id));
  const expected = verificationRecord(first.domain, first.token);
  const answer = await deps.dns.resolveTxt(expected.name);
  const found = Array.isArray(answer) ? answer : [];
  const check: DomainCheck = { found: keptValues(found), error: Array.isArray(answer) ? null : answer.error };
  const now = deps.clock.now();
  const outcome = await deps.store.write(async (tx): Promise<CheckOutcome> => {
    const d = await administeredDomain(tx, caller.actor, id);
    await tx.domains.update(id, { lastCheckedAt: now, lastCheck: check });
    const checked: DomainRecord = { ...d, lastCheckedAt: now, lastCheck: check };
    if (d.status === 'verified') return { domain: checked, failure: null };
    const target = { type: 'domain' as const, id };
    const failed = async (reason: 'not_found' | 'taken'): Promise<CheckOutcome> => {
      await record(tx, deps.ids, caller, now, { action: 'domain.verification_failed', target, accountId: d.accountId, after: { ...domainAuditState(d), ...check, reason } });
      return { domain: checked, failure: reason };
    };
    if (!proves(found, expected)) return failed('not_found');
    if (!(await tx.domains.markVerified(id, now))) return failed('taken');
    const verified: DomainRecord = { ...checked, status: 'verified', verifiedAt: now };
    await record(tx, deps.ids, caller, now, { action: 'domain.verified', target, accountId: d.accountId, before: domainAuditState(d), after: { ...domainAuditState(verified), ...check } });
    return { domain: verified, failure: null };
  });
  if (outcome.failure === 'taken') throw taken(first.domain);
  if (outcome.failure === 'not_found')
    throw new AllotError(
      'DOMAIN_NOT_VERIFIED',
      check.error === null
        ? `The TXT record ${expected.name} does not hold ${expected.value} yet. DNS changes can take a while to reach everyone: verify again later.`
        : `DNS did not answer for ${expected.name} (${check.error}): verify again later.`,
      { name: expected.name, expected: expected.value, found: check.found, error: check.error },
    );
  return domainView(outcome.domain);
}

export async function deleteDomain(deps: Deps, caller: Caller, id: string): Promise<DomainView> {
  const now = deps.clock.now();
  return deps.store.write(async (tx) => {
    const d = await administeredDomain(tx, caller.actor, id);
    await tx.domains.delete(id);
    await record(tx, deps.ids, caller, now, { action: 'domain.removed', target: { type: 'domain', id }, accountId: d.accountId, before: domainAuditState(d) });
    return domainView(d);
  });
}
