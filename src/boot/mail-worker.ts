import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app/services.ts';
import type { Runtime } from './runtime.ts';

/**
 * Delivers the outbox: every `pollMs`, and at once when a use-case queues mail. Every node runs
 * one; the outbox's leases make sure a message goes out from one node only.
 */
export function startMailWorker(runtime: Runtime, services: Services, pollMs: number, nodeId: string, log: FastifyBaseLogger): { stop(): Promise<void> } {
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
          const report = await services.mail.deliverDue(nodeId);
          if (report && (report.sent || report.failed || report.retrying))
            log.info(report, 'mail delivered');
          if (report?.retrying || report?.failed) log.warn(report, 'some mail could not be delivered; see each invitation\'s delivery status');
        } while (again && !stopped);
      } catch (error) {
        log.error({ err: error }, 'mail delivery failed; it runs again next interval');
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const onQueued = () => void tick();
  runtime.signals.on('mailQueued', onQueued);
  const timer = setInterval(tick, pollMs);
  timer.unref();
  void tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      runtime.signals.off('mailQueued', onQueued);
      await running;
    },
  };
}
