import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app/services.ts';
import type { Runtime } from './runtime.ts';

/**
 * Delivers webhook messages: every `pollMs`, and at once when a commit queued some. Every node
 * runs one; the outbox's leases make sure a message goes out from one node only.
 */
export function startWebhookWorker(runtime: Runtime, services: Services, pollMs: number, nodeId: string, log: FastifyBaseLogger): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;
  const tick = (): Promise<void> => {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      try {
        do {
          again = false;
          const report = await services.webhooks.deliverDue(nodeId);
          if (report.retrying || report.failed || report.disabled) log.warn(report, 'some webhook messages could not be delivered; see each endpoint\'s delivery log');
          else if (report.delivered) log.debug(report, 'webhooks delivered');
        } while (again && !stopped);
      } catch (error) {
        log.error({ err: error }, 'webhook delivery failed; it runs again next interval');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const onQueued = () => void tick();
  runtime.signals.on('webhooksQueued', onQueued);
  const timer = setInterval(tick, pollMs);
  timer.unref();
  void tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      runtime.signals.off('webhooksQueued', onQueued);
      await running;
    },
  };
}
