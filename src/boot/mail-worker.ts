import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app/services.ts';
import { startOutboxWorker, type OutboxWorker } from './outbox-worker.ts';
import type { Runtime } from './runtime.ts';

/**
 * Delivers the outbox: every `pollMs`, and at once when a use-case queues mail. Every node runs
 * one; the outbox's leases make sure a message goes out from one node only.
 */
export function startMailWorker(runtime: Runtime, services: Services, pollMs: number, nodeId: string, log: FastifyBaseLogger): OutboxWorker {
  return startOutboxWorker(
    runtime,
    'mailQueued',
    pollMs,
    async () => {
      const report = await services.mail.deliverDue(nodeId);
      if (report && (report.sent || report.failed || report.retrying)) log.info(report, 'mail delivered');
      if (report?.retrying || report?.failed) log.warn(report, "some mail could not be delivered; see each invitation's delivery status");
    },
    log,
    'mail delivery',
  );
}
