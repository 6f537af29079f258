import type { FastifyBaseLogger } from 'fastify';
import type { Runtime, RuntimeSignals } from './runtime.ts';

export interface OutboxWorker {
  stop(): Promise<void>;
}

/**
 * Runs `deliver` every `pollMs`, and at once when `signal` says a commit queued something. One
 * round at a time: a signal during a round runs another right after it. Every node runs one per
 * kind; the outbox's leases make sure a message goes out from one node only.
 */
export function startOutboxWorker(
  runtime: Runtime,
  signal: keyof RuntimeSignals,
  pollMs: number,
  deliver: () => Promise<void>,
  log: FastifyBaseLogger,
  what: string,
): OutboxWorker {
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
          await deliver();
        } while (again && !stopped);
      } catch (error) {
        log.error({ err: error }, `${what} failed; it runs again next interval`);
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const onQueued = () => void tick();
  runtime.signals.on(signal, onQueued);
  const timer = setInterval(tick, pollMs);
  timer.unref();
  void tick();
  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      runtime.signals.off(signal, onQueued);
      await running;
    },
  };
}
