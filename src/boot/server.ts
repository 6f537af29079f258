import { randomUUID } from 'node:crypto';
import { buildHttpApp } from '../http/app.ts';
import type { App } from '../http/types.ts';
import type { Config } from './config.ts';
import { chooseLogFormat, logDestination } from './logging.ts';
import { openRuntime, type Runtime, type RuntimeOptions } from './runtime.ts';
import { startMailWorker } from './mail-worker.ts';
import { createMetrics, listenForMetrics, METRICS_CONTENT_TYPE, UNMATCHED_ROUTE, type ServerMetrics } from './metrics.ts';
import { startWebhookWorker } from './webhook-worker.ts';
import { startSweeper } from './sweeper.ts';
import { VERSION } from './version.ts';

export { VERSION };

/** Without SMTP, says so at start, and again (at most hourly) when mail is queued that cannot go out. */
function warnWhileMailWaits(runtime: Runtime, log: App['log']): void {
  log.info('ALLOT_SMTP_URL is not set: invitation emails wait in the outbox until it is (set it and restart)');
  let lastWarnedAt = 0;
  runtime.signals.on('mailQueued', () => {
    if (Date.now() - lastWarnedAt < 3_600_000) return;
    lastWarnedAt = Date.now();
    log.warn('mail was queued but ALLOT_SMTP_URL is not set: it waits in the outbox until an SMTP server is configured');
  });
}

export interface RunningServer {
  app: App;
  runtime: Runtime;
  url: string;
  /** Where the separate metrics listener serves (ALLOT_METRICS_PORT), or null. */
  metricsUrl: string | null;
  stop(): Promise<void>;
}

/** Metrics are collected only when something serves them (a token for the main port, or a port of their own). */
function metricsFor(config: Config): ServerMetrics | null {
  if (!config.metricsToken && config.metricsPort === null) return null;
  return createMetrics({ version: VERSION, sweepIntervalMs: config.sweepIntervalMs });
}

/** Opens the data, builds the HTTP app, starts the sweeps; `listen` false serves through inject only (tests). */
export async function startServer(
  config: Config,
  options: RuntimeOptions & { logs?: boolean; logStream?: NodeJS.WritableStream; listen?: boolean; sweeps?: boolean; mail?: boolean; webhooks?: boolean } = {},
): Promise<RunningServer> {
  const metrics = metricsFor(config);
  const runtime = await openRuntime(config, { ...options, ...(metrics && { metrics, storeObserver: metrics.store }) });
  metrics?.attach({ gauges: () => runtime.services.monitoring.gauges(), poolUse: () => runtime.database.poolUse(), queuedWrites: () => runtime.queuedWrites() });
  const app = await buildHttpApp(runtime.services, {
    logLevel: options.logs === false ? false : config.logLevel,
    logStream: options.logStream ?? logDestination(chooseLogFormat(config.logFormat, Boolean(process.stdout.isTTY))),
    requestLog: { summaryIntervalMs: config.logSummaryIntervalMs, slowMs: config.logSlowMs },
    bodyLimitBytes: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    version: VERSION,
    secureCookies: config.publicUrl.startsWith('https://'),
    signInPerMinute: config.signInPerMinute,
    ssoStartsPerMinute: config.ssoStartsPerMinute,
    clientLimits: {
      perIpPerMinute: config.clientPerIpPerMinute,
      keyGuessesPerIp: config.keyGuessesPerIp,
      activationsPerKeyPerMinute: config.activationsPerKeyPerMinute,
    },
    serverLimits: {
      maxHeaderBytes: config.maxHeaderBytes,
      headersTimeoutMs: config.headersTimeoutMs,
      requestTimeoutMs: config.requestTimeoutMs,
      keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    },
    ...(metrics && { observeRequest: (route: string | null, method: string, status: number, ms: number) => metrics.request(route ?? UNMATCHED_ROUTE, method, status, ms) }),
    ...(metrics && config.metricsToken && { metrics: { token: config.metricsToken, scrape: () => metrics.scrape(), contentType: METRICS_CONTENT_TYPE } }),
  });
  const log = app.log;
  if (runtime.masterKeyCreated) log.warn({ file: config.masterKeyFile }, 'created a new master key: back it up; without it, stored keys cannot be read');
  if (!runtime.services.mail.configured) warnWhileMailWaits(runtime, log);
  const nodeId = randomUUID();
  const sweeper =
    options.sweeps === false
      ? null
      : startSweeper(runtime.services, config.sweepIntervalMs, nodeId, log, metrics && { done: (leader) => metrics.sweep({ leader }, Date.now()), failed: () => metrics.sweepFailed() });
  const mailer = options.mail === false || !runtime.services.mail.configured ? null : startMailWorker(runtime, runtime.services, config.mailPollMs, nodeId, log);
  const webhooks = options.webhooks === false ? null : startWebhookWorker(runtime, runtime.services, config.webhooks.pollMs, nodeId, log);
  let url = '';
  let metricsListener: Awaited<ReturnType<typeof listenForMetrics>> | null = null;
  try {
    if (metrics && config.metricsPort !== null) {
      metricsListener = await listenForMetrics(metrics, config.metricsHost, config.metricsPort);
      log.info({ url: metricsListener.url }, 'metrics are served here');
    }
    if (options.listen !== false) {
      // Until someone has run `allot setup` (which makes an operator token too), its line after serving says what to do.
      const setupNeeded = await runtime.services.setup.needed();
      if (!config.operatorToken && !setupNeeded) log.info('ALLOT_OPERATOR_TOKEN is not set: use an operator token made with `allot token create --operator`');
      url = await app.listen({ host: config.host, port: config.port });
      log.info({ database: runtime.database.describe, url }, 'Allot is serving');
      if (setupNeeded) log.info(`Nobody can sign in yet: run \`npx allot setup\` in another terminal to create an account, its administrator and an operator token, then sign in at ${config.publicUrl}/`);
    } else await app.ready();
  } catch (error) {
    sweeper?.stop();
    await metricsListener?.close();
    await mailer?.stop();
    await webhooks?.stop();
    await app.close().catch(() => undefined);
    await runtime.close();
    throw error;
  }
  return {
    app,
    runtime,
    url,
    metricsUrl: metricsListener?.url ?? null,
    async stop() {
      sweeper?.stop();
      await metricsListener?.close();
      await mailer?.stop();
      await webhooks?.stop();
      await app.close();
      await runtime.close();
    },
  };
}
