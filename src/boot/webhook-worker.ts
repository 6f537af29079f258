import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app/services.ts';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker.ts';
import type { Runtime } from './runtime.ts';

/** Delivers webhook messages: every `pollMs`, and at once when a commit queued some. */
export function startWebhookWorker(runtime: Runtime, services: Services, pollMs: number, nodeId: string, log: FastifyBaseLogger): OutboxWorker {
  return startOutboxWorker(
    runtime,
    'webhooksQueued',
    pollMs,
    async () => {
      const report = await services.webhooks.deliverDue(nodeId);
      if (report.retrying || report.failed || report.disabled) log.warn(report, "some webhook messages could not be delivered; see each endpoint's delivery log");
      else if (report.delivered) log.debug(report, 'webhooks delivered');
    },
    log,
    'webhook delivery',
  );
}
