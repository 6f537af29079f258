import { nextAttemptAt } from '../../domain/invitations.ts';
import { record } from '../audit.ts';
import { systemCaller, type AppDeps } from '../context.ts';
import { linkUrl } from '../member-links.ts';
import type { Mail, MailResult, Mailer } from '../ports/mail.ts';
import { MAIL_KINDS, type OutboxRecord } from '../../domain/records.ts';
import type { Tx } from '../ports/store.ts';
import { MAIL_CLAIM_BATCH_ROWS, MAIL_PARALLEL_COUNT } from '../../domain/limits.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'config' | 'metrics'>;


export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  cancelled: number;
}

type Skip = { skip: 'cancelled' | 'failed'; why: string };
type Composed = { mail: Mail } | Skip;

/** What to send for a message, read when it is sent (no code or link is ever stored in the outbox). */
async function compose(tx: Tx, deps: Deps, m: OutboxRecord): Promise<Composed> {
  if (m.kind === 'webhook_disabled') return composeWebhookDisabled(tx, deps, m);
  return m.kind === 'invitation' ? composeInvitation(tx, deps, m) : composeMemberLink(tx, deps, m);
}

/** `refId`: the endpoint's id and the recipient's (an Account Administrator, or an operator member for the operator's own endpoint), joined by a slash. */
async function composeWebhookDisabled(tx: Tx, deps: Deps, m: OutboxRecord): Promise<Composed> {
  const [endpointId, recipientId] = m.refId.split('/');
  const endpoint = await tx.webhooks.endpointById(endpointId!);
  const gone: Skip = { skip: 'cancelled', why: 'the endpoint or the recipient is gone' };
  if (!endpoint) return gone;
  const common = { kind: 'webhook_disabled', messageId: `<${m.id}@allot>`, endpointUrl: endpoint.url, reason: endpoint.disabledReason ?? 'too many failed attempts' } as const;
  if (endpoint.accountId === null) {
    const operator = await tx.operators.byId(recipientId!);
    if (!operator || operator.status !== 'active') return gone;
    return { mail: { ...common, audience: 'operator', to: operator.email, name: operator.name, accountName: 'the operator console', consoleUrl: `${deps.config.issuer}/operator/webhooks` } };
  }
  const member = await tx.members.byId(recipientId!);
  if (!member || member.status !== 'active' || member.accountId !== endpoint.accountId) return gone;
  const account = (await tx.accounts.byId(endpoint.accountId))!;
  return { mail: { ...common, audience: 'account_admin', to: member.email, name: member.name, accountName: account.name, consoleUrl: `${deps.config.issuer}/webhooks` } };
}

async function composeInvitation(tx: Tx, deps: Deps, m: OutboxRecord): Promise<Composed> {
  const inv = await tx.invitations.byId(m.refId);
  if (!inv || inv.mailId !== m.id || inv.status !== 'pending') return { skip: 'cancelled', why: 'the invitation changed before its email went out' };
  if (deps.clock.now() >= inv.expiresAt) return { skip: 'failed', why: 'the invitation expired before its email could be delivered' };
  const key = (await tx.keys.byId(inv.keyId))!;
  const sub = (await tx.subscriptions.byId(inv.subscriptionId))!;
  const product = (await tx.products.byId(sub.productId))!;
  const account = (await tx.accounts.byId(inv.accountId))!;
  return {
    mail: {
      kind: 'invitation',
      messageId: `<${m.id}@allot>`,
      to: inv.email,
      language: inv.language,
      code: deps.vault.decrypt(inv.codeCipher),
      expiresAt: inv.expiresAt,
      productName: product.name,
      accountName: account.name,
      keyName: key.name,
      downloadUrl: product.downloadUrl,
    },
  };
}

async function composeMemberLink(tx: Tx, deps: Deps, m: OutboxRecord): Promise<Composed> {
  const link = await tx.memberLinks.byId(m.refId);
  const member = link && (await tx.members.byId(link.memberId));
  if (!link || !member || link.usedAt !== null) return { skip: 'cancelled', why: 'the link was used or replaced before its email went out' };
  if (deps.clock.now() >= link.expiresAt) return { skip: 'failed', why: 'the link expired before its email could be delivered' };
  const account = (await tx.accounts.byId(member.accountId))!;
  return {
    mail: {
      kind: 'member_link',
      messageId: `<${m.id}@allot>`,
      to: member.email,
      linkKind: link.kind,
      name: member.name,
      accountName: account.name,
      url: linkUrl(deps.config.issuer, deps.vault.decrypt(link.tokenCipher)),
      expiresAt: link.expiresAt,
    },
  };
}

/** Records an attempt's outcome, with an audit event, if this node still holds the message. */
async function settle(deps: Deps, owner: string, m: OutboxRecord, result: MailResult | Skip): Promise<keyof DeliveryReport | null> {
  const now = deps.timer.now();
  const attempts = m.attempts + ('skip' in result ? 0 : 1);
  let status: Exclude<OutboxRecord['status'], 'queued'>;
  let lastError: string | null = null;
  let next = m.nextAttemptAt;
  if ('skip' in result) [status, lastError] = [result.skip, result.why];
  else if (result.ok) status = 'sent';
  else {
    lastError = result.error.slice(0, 500);
    const retryAt = result.permanent ? null : nextAttemptAt(deps.config.mailRetry, attempts, m.createdAt, now, Math.random());
    status = retryAt === null ? 'failed' : 'retrying';
    next = retryAt ?? next;
  }
  return deps.store.write(async (tx) => {
    const settled = await tx.outbox.settle(m.id, owner, { status, attempts, nextAttemptAt: next, lastError, sentAt: status === 'sent' ? now : null, updatedAt: now });
    if (!settled) return null;
    if ((status === 'sent' || status === 'failed') && m.kind === 'invitation') {
      const inv = await tx.invitations.byId(m.refId);
      await record(tx, deps.ids, systemCaller('mail'), deps.clock.now(), {
        action: status === 'sent' ? 'invitation.delivered' : 'invitation.delivery_failed',
        target: { type: 'invitation', id: m.refId },
        accountId: inv?.accountId ?? null,
        subscriptionId: inv?.subscriptionId ?? null,
        after: { ...(inv && { email: inv.email }), messageId: m.id, attempts, ...(lastError && { error: lastError }) },
      });
    }
    return status;
  });
}

/**
 * Sends every due message of the outbox, as `owner`: a message is leased before it is sent,
 * so that two nodes never send the same one; a failure is retried later with backoff.
 */
export async function deliverDueMail(deps: Deps, mailer: Mailer, owner: string): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, cancelled: 0 };
  for (;;) {
    const now = deps.timer.now();
    const batch = await deps.store.write((tx) => tx.outbox.claim(owner, now, now + deps.config.mailLeaseMs, MAIL_CLAIM_BATCH_ROWS, MAIL_KINDS));
    let next = 0;
    const lane = async () => {
      while (next < batch.length) {
        const m = batch[next++]!;
        const composed = await deps.store.read((tx) => compose(tx, deps, m));
        const outcome = await settle(deps, owner, m, 'mail' in composed ? await mailer.send(composed.mail) : composed);
        if (!outcome) continue;
        report[outcome]++;
        deps.metrics.mailDelivery(outcome);
      }
    };
    await Promise.all(Array.from({ length: Math.min(MAIL_PARALLEL_COUNT, batch.length) }, lane));
    if (batch.length < MAIL_CLAIM_BATCH_ROWS) return report;
  }
}
