/**
 * Prometheus metrics (docs/operations.md, "Metrics"): one prom-client registry per server, never
 * the library's global one (tests run several servers in one process). It implements the
 * use-cases' Metrics port, observes group commit through the store's plain observer, times the
 * HTTP routes by their template, and reads what lives in the database (outbox backlog, seats per
 * product) on a scrape, at most once per GAUGE_CACHE_MS, so that scrapes cannot load it.
 * No label is ever an account, a key, a device or a raw URL.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { DecisionKind, MailOutcome, Metrics, WebhookOutcome } from '../app/ports/metrics.ts';
import type { Gauges } from '../app/use-cases/read-gauges.ts';
import type { PoolUse } from '../storage/dialect.ts';
import type { StoreObserver } from '../storage/store.ts';

/** How long what a scrape read from the database serves the next scrapes. */
export const GAUGE_CACHE_MS = 5_000;
/** Prometheus' text format, version 0.0.4. */
export const METRICS_CONTENT_TYPE = 'text/plain; version=0.0.4; charset=utf-8';

const LATENCY_BUCKETS_SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const WRITES_BUCKETS = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512];
const METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
/** The route label of a request no route matched (404s, probes): one series, whatever the URL. */
export const UNMATCHED_ROUTE = 'unmatched';

/** What the gauges read on a scrape, wired once the runtime is open. */
export interface GaugeSources {
  gauges(): Promise<Gauges>;
  poolUse(): PoolUse | null;
  queuedWrites(): number;
}

export interface SweepOutcome {
  /** Whether this node held the sweeps' lease (and so ran them). */
  leader: boolean;
}

export interface ServerMetrics extends Metrics {
  readonly registry: Registry;
  /** Group commit's observer (storage/store.ts). */
  readonly store: StoreObserver;
  /** One HTTP answer: `route` is the route's template as registered (or UNMATCHED_ROUTE). */
  request(route: string, method: string, statusCode: number, ms: number): void;
  /** A sweep round that completed on this node (leader or not), at `nowMs`. */
  sweep(outcome: SweepOutcome, nowMs: number): void;
  sweepFailed(): void;
  attach(sources: GaugeSources): void;
  /** The exposition text. */
  scrape(): Promise<string>;
}

export interface MetricsOptions {
  version: string;
  sweepIntervalMs: number;
  /** Process metrics (CPU, memory, event loop, GC); on unless a test turns them off. */
  processMetrics?: boolean;
  now?: () => number;
}

const statusClass = (status: number): string => (status >= 100 && status < 600 ? `${Math.floor(status / 100)}xx` : 'other');

export function createMetrics(options: MetricsOptions): ServerMetrics {
  const registry = new Registry();
  const registers = [registry];
  const now = options.now ?? Date.now;
  if (options.processMetrics !== false) collectDefaultMetrics({ register: registry });

  new Gauge({ name: 'allot_build_info', help: 'Always 1; the running version as a label.', labelNames: ['version'], registers }).set({ version: options.version }, 1);

  const requests = new Counter({ name: 'allot_http_requests_total', help: 'HTTP answers, by route template, method and status class.', labelNames: ['route', 'method', 'status_class'], registers });
  const latency = new Histogram({
    name: 'allot_http_request_duration_seconds',
    help: 'Time to answer, by route template, method and status class.',
    labelNames: ['route', 'method', 'status_class'],
    buckets: LATENCY_BUCKETS_SECONDS,
    registers,
  });
  const decisions = new Counter({ name: 'allot_device_decisions_total', help: "Device requests decided, by kind and outcome ('ok' or the refusal's code); one per request.", labelNames: ['kind', 'code'], registers });
  const mail = new Counter({ name: 'allot_mail_deliveries_total', help: 'Attempts at an email of the outbox, by how they ended.', labelNames: ['outcome'], registers });
  const webhooks = new Counter({ name: 'allot_webhook_deliveries_total', help: 'Attempts at a webhook message, by how they ended.', labelNames: ['outcome'], registers });
  const sharedWrites = new Histogram({ name: 'allot_shared_transaction_writes', help: 'Writes each shared transaction (group commit) carried.', buckets: WRITES_BUCKETS, registers });
  const batchWrites = new Histogram({ name: 'allot_batch_writes', help: 'Writes each batch (a run of one kind decided together) carried.', buckets: WRITES_BUCKETS, registers });
  const sweepLast = new Gauge({ name: 'allot_sweep_last_run_timestamp_seconds', help: 'Unix time of the last sweep round this node completed (ran as leader, or found another node leading).', registers });
  const sweepLeader = new Gauge({ name: 'allot_sweep_leader', help: '1 when this node held the sweeps lease at its last round, 0 otherwise.', registers });
  const sweepFailures = new Counter({ name: 'allot_sweep_failures_total', help: 'Sweep rounds that failed on this node.', registers });
  new Gauge({ name: 'allot_sweep_interval_seconds', help: 'The configured interval between sweep rounds.', registers }).set(options.sweepIntervalMs / 1000);
  const gaugeErrors = new Counter({ name: 'allot_metrics_read_errors_total', help: 'Scrapes whose database gauges could not be read (they keep their last values).', registers });

  let sources: GaugeSources | null = null;
  let cached: { atMs: number; value: Promise<Gauges> } | null = null;
  /** Read at most once per GAUGE_CACHE_MS, however many gauges and scrapes ask; a failed read is not kept. */
  const gauges = (): Promise<Gauges> | null => {
    if (!sources) return null;
    const t = now();
    if (!cached || t - cached.atMs >= GAUGE_CACHE_MS) {
      const value = sources.gauges();
      cached = { atMs: t, value };
      value.catch(() => {
        gaugeErrors.inc();
        if (cached?.value === value) cached = null;
      });
    }
    return cached.value;
  };
  const kindsSeen = new Set<string>();
  const productsSeen = new Set<string>();

  new Gauge({
    name: 'allot_outbox_messages',
    help: 'Unsent messages in the outbox (queued or retrying), by kind.',
    labelNames: ['kind'],
    registers,
    async collect() {
      const g = await gauges()?.catch(() => null);
      if (!g) return;
      for (const kind of kindsSeen) this.set({ kind }, 0);
      for (const o of g.outbox) {
        kindsSeen.add(o.kind);
        this.set({ kind: o.kind }, o.count);
      }
    },
  });
  new Gauge({
    name: 'allot_outbox_oldest_age_seconds',
    help: 'Age of the oldest unsent message in the outbox, by kind (0 when none).',
    labelNames: ['kind'],
    registers,
    async collect() {
      const g = await gauges()?.catch(() => null);
      if (!g) return;
      for (const kind of kindsSeen) this.set({ kind }, 0);
      const t = now();
      for (const o of g.outbox) this.set({ kind: o.kind }, Math.max(0, (t - o.oldestCreatedAt) / 1000));
    },
  });
  for (const [name, help, field] of [
    ['allot_seats_total', 'Seats of the subscriptions not yet expired, by product code.', 'total'],
    ['allot_seats_used', 'Seats in use on the subscriptions not yet expired, by product code.', 'used'],
  ] as const)
    new Gauge({
      name,
      help,
      labelNames: ['product'],
      registers,
      async collect() {
        const g = await gauges()?.catch(() => null);
        if (!g) return;
        for (const product of productsSeen) this.set({ product }, 0);
        for (const s of g.seats) {
          productsSeen.add(s.productCode);
          this.set({ product: s.productCode }, s[field]);
        }
      },
    });
  new Gauge({
    name: 'allot_store_queued_writes',
    help: "Device writes waiting for the next shared transaction (on SQLite, the single writer's queue).",
    registers,
    collect() {
      if (sources) this.set(sources.queuedWrites());
    },
  });

  /** The pool's gauges, only where there is a pool (PostgreSQL): on SQLite they would be a misleading 0. */
  const poolGauges = () => {
    new Gauge({
      name: 'allot_db_pool_connections',
      help: "PostgreSQL pool's connections, by state (open, idle); absent on SQLite.",
      labelNames: ['state'],
      registers,
      collect() {
        const use = sources?.poolUse();
        if (!use) return;
        this.set({ state: 'open' }, use.total);
        this.set({ state: 'idle' }, use.idle);
      },
    });
    new Gauge({
      name: 'allot_db_pool_waiting',
      help: 'Queries waiting for a connection of the PostgreSQL pool; absent on SQLite.',
      registers,
      collect() {
        const use = sources?.poolUse();
        if (use) this.set(use.waiting);
      },
    });
  };

  /** Label children by one string key: cheaper per request than prom-client hashing a label object. */
  const children = new Map<string, { count: ReturnType<typeof requests.labels>; time: ReturnType<typeof latency.labels> }>();
  const childOf = (route: string, method: string, status: number) => {
    const key = `${method} ${status} ${route}`;
    let child = children.get(key);
    if (!child) {
      const labels = { route, method: METHODS.has(method) ? method : 'OTHER', status_class: statusClass(status) };
      child = { count: requests.labels(labels), time: latency.labels(labels) };
      children.set(key, child);
    }
    return child;
  };

  return {
    registry,
    decision: (kind: DecisionKind, code: string) => decisions.inc({ kind, code }),
    mailDelivery: (outcome: MailOutcome) => mail.inc({ outcome }),
    webhookDelivery: (outcome: WebhookOutcome) => webhooks.inc({ outcome }),
    store: {
      sharedTransaction: (writes) => sharedWrites.observe(writes),
      batch: (writes) => batchWrites.observe(writes),
    },
    request(route, method, statusCode, ms) {
      const child = childOf(route, method, statusCode);
      child.count.inc();
      child.time.observe(ms / 1000);
    },
    sweep(outcome, nowMs) {
      sweepLast.set(nowMs / 1000);
      sweepLeader.set(outcome.leader ? 1 : 0);
    },
    sweepFailed: () => sweepFailures.inc(),
    attach(s) {
      sources = s;
      if (s.poolUse()) poolGauges();
    },
    scrape: () => registry.metrics(),
  };
}

/**
 * A listener of its own for /metrics (ALLOT_METRICS_PORT), without a token: meant for a
 * loopback or private interface only the scraper reaches. It serves GET /metrics and nothing else.
 */
export async function listenForMetrics(metrics: ServerMetrics, host: string, port: number): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found: this port serves GET /metrics only.\n');
      return;
    }
    metrics.scrape().then(
      (text) => res.writeHead(200, { 'content-type': METRICS_CONTENT_TYPE, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : text),
      () => res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8' }).end('The metrics could not be collected.\n'),
    );
  });
  server.requestTimeout = 10_000;
  server.headersTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}/metrics`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
