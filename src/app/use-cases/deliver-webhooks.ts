/**
 * Sends due webhook messages (docs/webhooks.md): each is leased from the outbox (kind 'webhook')
 * so that one node sends it, POSTed signed, and its outcome recorded in its delivery row and its
 * attempt history. A 2xx answer delivers it; anything else is tried again on the retry schedule,
 * then the message has failed. Failed attempts in a row beyond the limit disable the endpoint:
 * its pending messages stop, an audit event records it and its account's administrators are
 * emailed.
 */
import { WEBHOOK_CLAIM_BATCH_ROWS, WEBHOOK_PARALLEL_COUNT, WEBHOOK_RESPONSE_KEPT_MAX_CHARS, OPERATOR_MEMBERS_MAX_COUNT } from '../../domain/limits.ts';
import { nextWebhookAttemptAt, type WebhookDeliveryRecord, type WebhookEndpointRecord } from '../../domain/webhooks.ts';
import type { OutboxRecord } from '../../domain/records.ts';
import { record } from '../audit.ts';
import { systemCaller, type AppDeps } from '../context.ts';
import { queueMail, wakeMailAfterCommit } from '../outbox.ts';
import type { WebhookOutcome } from '../ports/metrics.ts';
import type { WebhookResponse } from '../ports/webhooks.ts';
import type { Tx } from '../ports/store.ts';
import { webhookEndpointAuditState } from '../views/webhooks.ts';

type Deps = Pick<AppDeps, 'store' | 'clock' | 'timer' | 'ids' | 'vault' | 'config' | 'webhookTransport' | 'metrics' | 'signals'>;

export interface WebhookReport {
  delivered: number;
  retrying: number;
  failed: number;
  stopped: number;
  disabled: number;
}

type Loaded = { delivery: WebhookDeliveryRecord; endpoint: WebhookEndpointRecord } | null;

const ok = (r: WebhookResponse) => r.status !== null && r.status >= 200 && r.status < 300;

/** The secrets that sign: the current one, and the one before it while its day runs. */
function secretsOf(deps: Deps, e: WebhookEndpointRecord, now: number): string[] {
  const secrets = [deps.vault.decrypt(e.secretCipher)];
  if (e.previousSecretCipher && e.previousSecretUntil !== null && e.previousSecretUntil > now) secrets.push(deps.vault.decrypt(e.previousSecretCipher));
  return secrets;
}

function describeFailure(r: WebhookResponse): string {
  if (r.error) return r.error.slice(0, 500);
  return `the endpoint answered ${r.status}`;
}

/** The endpoint failed too often: disabled once, its messages stopped, recorded and its administrators told. */
async function disable(tx: Tx, deps: Deps, endpoint: WebhookEndpointRecord, streak: number, lastError: string | null, now: number): Promise<boolean> {
  const reason = `${streak} failed attempts in a row`;
  if (!(await tx.webhooks.disableIfEnabled(endpoint.id, now, reason))) return false;
  await tx.webhooks.stopPending(endpoint.id, now);
  const after = { ...endpoint, enabled: false };
  await record(tx, deps.ids, systemCaller('webhooks'), deps.clock.now(), {
    action: 'webhook_endpoint.disabled',
    target: { type: 'webhook_endpoint', id: endpoint.id },
    accountId: endpoint.accountId,
    before: webhookEndpointAuditState(endpoint),
    after: { ...webhookEndpointAuditState(after), failureStreak: streak, lastError },
  });
  // An account's endpoint tells its Account Administrators; the operator's own, the operator members.
  const recipients =
    endpoint.accountId === null
      ? (await tx.operators.list(OPERATOR_MEMBERS_MAX_COUNT)).filter((o) => o.status === 'active')
      : (await tx.members.list(endpoint.accountId)).filter((m) => m.role === 'account_admin' && m.status === 'active');
  if (recipients.length) {
    await tx.outbox.insertMany(recipients.map((r) => queueMail(deps, 'webhook_disabled', `${endpoint.id}/${r.id}`)));
    wakeMailAfterCommit(tx, deps);
  }
  return true;
}

/** Records one attempt's outcome, if this node still holds the message; what became of it. */
async function settle(deps: Deps, owner: string, m: OutboxRecord, loaded: NonNullable<Loaded>, response: WebhookResponse, sentAt: number): Promise<WebhookOutcome | null> {
  const { delivery, endpoint } = loaded;
  const now = deps.timer.now();
  const attempts = delivery.attempts + 1;
  const delivered = ok(response);
  const lastError = delivered ? null : describeFailure(response);
  const retryAt = delivered ? null : nextWebhookAttemptAt(deps.config.webhooks.retryScheduleMs, attempts, sentAt);
  const status = delivered ? 'delivered' : retryAt === null ? 'failed' : 'retrying';
  return deps.store.write(async (tx) => {
    const settled = await tx.outbox.settle(m.id, owner, {
      status: delivered ? 'sent' : retryAt === null ? 'failed' : 'retrying',
      attempts: m.attempts + 1,
      nextAttemptAt: retryAt ?? m.nextAttemptAt,
      lastError,
      sentAt: delivered ? now : null,
      updatedAt: now,
    });
    if (!settled) return null;
    await tx.webhooks.insertAttempt({ id: deps.ids.next(), deliveryId: delivery.id, at: sentAt, statusCode: response.status, error: lastError, nextAttemptAt: retryAt });
    await tx.webhooks.updateDelivery(delivery.id, {
      status,
      attempts,
      lastStatusCode: response.status,
      lastError,
      lastResponse: response.body === null ? null : response.body.slice(0, WEBHOOK_RESPONSE_KEPT_MAX_CHARS),
      nextAttemptAt: retryAt,
      updatedAt: now,
      deliveredAt: delivered ? now : null,
    });
    if (delivered) {
      if (endpoint.failureStreak > 0) await tx.webhooks.resetFailureStreak(endpoint.id);
      return 'delivered';
    }
    const streak = await tx.webhooks.bumpFailureStreak(endpoint.id, now);
    if (streak >= deps.config.webhooks.failureStreakLimit && (await disable(tx, deps, endpoint, streak, lastError, now))) return 'disabled';
    return status;
  });
}

/** Gives up a message whose endpoint or delivery is gone, or whose endpoint is disabled. */
async function stop(deps: Deps, owner: string, m: OutboxRecord, why: string, deliveryId: string | null): Promise<void> {
  const now = deps.timer.now();
  await deps.store.write(async (tx) => {
    if (!(await tx.outbox.settle(m.id, owner, { status: 'cancelled', attempts: m.attempts, nextAttemptAt: m.nextAttemptAt, lastError: why, sentAt: null, updatedAt: now }))) return;
    if (deliveryId) await tx.webhooks.updateDelivery(deliveryId, { status: 'stopped', nextAttemptAt: null, lastError: why, updatedAt: now });
  });
}

/** Sends every due webhook message, as `owner`. */
export async function deliverDueWebhooks(deps: Deps, owner: string): Promise<WebhookReport> {
  const report: WebhookReport = { delivered: 0, retrying: 0, failed: 0, stopped: 0, disabled: 0 };
  for (;;) {
    const now = deps.timer.now();
    const batch = await deps.store.write((tx) => tx.outbox.claim(owner, now, now + deps.config.webhooks.leaseMs, WEBHOOK_CLAIM_BATCH_ROWS, ['webhook']));
    let next = 0;
    const lane = async () => {
      while (next < batch.length) {
        const m = batch[next++]!;
        const loaded: Loaded = await deps.store.read(async (tx) => {
          const delivery = await tx.webhooks.deliveryById(m.refId);
          const endpoint = delivery && (await tx.webhooks.endpointById(delivery.endpointId));
          return delivery && endpoint ? { delivery, endpoint } : null;
        });
        if (!loaded) {
          await stop(deps, owner, m, 'the endpoint was deleted', null);
          report.stopped++;
          continue;
        }
        if (!loaded.endpoint.enabled) {
          await stop(deps, owner, m, 'the endpoint is disabled', loaded.delivery.id);
          report.stopped++;
          continue;
        }
        const sentAt = deps.timer.now();
        const response = await deps.webhookTransport.send({
          url: loaded.endpoint.url,
          messageId: loaded.delivery.messageId,
          at: sentAt,
          body: loaded.delivery.payload,
          secrets: secretsOf(deps, loaded.endpoint, sentAt),
        });
        const outcome = await settle(deps, owner, m, loaded, response, sentAt);
        if (!outcome) continue;
        deps.metrics.webhookDelivery(outcome);
        report[outcome]++;
      }
    };
    await Promise.all(Array.from({ length: Math.min(WEBHOOK_PARALLEL_COUNT, batch.length) }, lane));
    if (batch.length < WEBHOOK_CLAIM_BATCH_ROWS) return report;
  }
}
