import type { FastifyBaseLogger } from 'fastify';
import type { Services } from '../app/services.ts';

/** Told how each round ended on this node (boot/metrics.ts), so that a node that stopped sweeping shows. */
export interface SweepWatcher {
  /** The round completed: it ran the sweeps (`leader`), or another node holds the lease. */
  done(leader: boolean): void;
  failed(): void;
}

/** Runs the background sweeps (expiry, auto-release, event retention) every interval; one node at a time does the work. */
export function startSweeper(services: Services, intervalMs: number, nodeId: string, log: FastifyBaseLogger, watcher?: SweepWatcher | null): { stop(): void } {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const report = await services.sweeps.runIfLeader(nodeId, intervalMs * 3);
      if (report && (report.subscriptionsSettled || report.devicesAutoReleased || report.eventsRemoved || report.webhookDeliveriesRemoved)) log.info(report, 'sweeps applied');
      watcher?.done(report !== null);
    } catch (error) {
      watcher?.failed();
      log.error({ err: error }, 'sweep failed; it runs again next interval');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  void tick();
  return { stop: () => clearInterval(timer) };
}
