import type { AppDeps } from '../context.ts';

/** What /metrics reads from the database on a scrape (boot/metrics.ts caches it): a few grouped queries, never a row each. */
export interface Gauges {
  /** Unsent messages per outbox kind, and the oldest one's creation time. */
  outbox: { kind: string; count: number; oldestCreatedAt: number }[];
  /** Seats of the live subscriptions, per product code. */
  seats: { productCode: string; total: number; used: number }[];
}

export async function readGauges(deps: Pick<AppDeps, 'store'>): Promise<Gauges> {
  return deps.store.read(async (tx) => ({ outbox: await tx.outbox.backlog(), seats: await tx.subscriptions.seatsByProduct() }));
}
