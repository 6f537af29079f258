/**
 * The composition root: the only place that knows every layer. It opens the database,
 * migrates it, loads the master key and binds the use-cases to their adapters.
 */
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import { v7 as uuidv7 } from 'uuid';
import { DAY_MS } from '../domain/time.ts';
import type { AppDeps, AppConfig } from '../app/context.ts';
import type { Clock } from '../app/ports/clock-ids.ts';
import { createServices, type Services } from '../app/services.ts';
import { noMetrics, type Metrics } from '../app/ports/metrics.ts';
import { createCertificateSigner } from '../crypto/certificate-signer.ts';
import { loadMasterKey } from '../crypto/master-key.ts';
import { createPasswordHasher } from '../crypto/passwords.ts';
import { createVault } from '../crypto/vault.ts';
import { createSmtpMailer } from '../mail/smtp-mailer.ts';
import { createAddressResolver } from '../dns/address-resolver.ts';
import { createTxtResolver } from '../dns/txt-resolver.ts';
import { createOidcAdapter } from '../sso/oidc.ts';
import { createSamlAdapter } from '../sso/saml.ts';
import { backupSqlite, type BackupReport } from '../storage/backup.ts';
import { openDatabase, type OpenDatabase } from '../storage/dialect.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { KyselyStore, type StoreObserver } from '../storage/store.ts';
import { createWebhookTransport } from '../webhooks/transport.ts';
import { WEBHOOK_RESPONSE_READ_MAX_BYTES } from '../domain/limits.ts';
import type { Config } from './config.ts';

export interface Runtime {
  services: Services;
  config: Config;
  database: OpenDatabase;
  masterKeyCreated: boolean;
  /** What the use-cases announce (`mailQueued`), for the background workers. */
  signals: EventEmitter<RuntimeSignals>;
  /** Device writes waiting for the next shared transaction (for /metrics). */
  queuedWrites(): number;
  close(): Promise<void>;
}

/** What the use-cases announce, for the background workers. */
export type RuntimeSignals = { mailQueued: []; webhooksQueued: [] };

export const systemClock: Clock = { now: () => Date.now() };

export interface RuntimeOptions {
  clock?: Clock;
  /** Apply migrations before serving (default true). */
  migrate?: boolean;
  /** The counters /metrics serves (boot/metrics.ts); none by default. */
  metrics?: Metrics;
  /** Told of every shared transaction and batch of the store (boot/metrics.ts); none by default. */
  storeObserver?: StoreObserver;
}

export function appConfig(config: Config): AppConfig {
  return {
    issuer: config.publicUrl,
    checkInIntervalMs: config.checkInIntervalMs,
    operatorToken: config.operatorToken,
    retiredKeyPublishMs: config.checkInIntervalMs,
    mailRetry: config.mailRetry,
    mailLeaseMs: config.mailLeaseMs,
    eventRetentionMs: config.eventRetentionDays === null ? null : config.eventRetentionDays * DAY_MS,
    webhooks: {
      retryScheduleMs: config.webhooks.retryScheduleMs,
      failureStreakLimit: config.webhooks.failureStreakLimit,
      leaseMs: config.webhooks.leaseMs,
      logRetentionMs: config.webhooks.logRetentionDays === null ? null : config.webhooks.logRetentionDays * DAY_MS,
    },
  };
}

export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const database = openDatabase(config.databaseUrl, { poolSize: config.pgPoolSize });
  const signals = new EventEmitter<RuntimeSignals>();
  try {
    if (options.migrate !== false) await migrateToLatest(database.db);
    const master = loadMasterKey({ value: config.masterKey, file: config.masterKeyFile });
    const mailer = config.smtpUrl ? createSmtpMailer({ url: config.smtpUrl, from: config.mailFrom }) : null;
    // Half the pool may run shared device writes at once; the rest serves everything else.
    const store = new KyselyStore(database.db, database.caps, Math.max(1, Math.floor(config.pgPoolSize / 2)));
    store.observer = options.storeObserver ?? null;
    const deps: AppDeps = {
      store,
      clock: options.clock ?? systemClock,
      timer: systemClock,
      ids: { next: () => uuidv7() },
      vault: createVault(master.key),
      signer: createCertificateSigner(),
      passwords: createPasswordHasher(),
      config: appConfig(config),
      mailer,
      signals: { mailQueued: () => signals.emit('mailQueued'), webhooksQueued: () => signals.emit('webhooksQueued') },
      saml: createSamlAdapter(),
      oidc: createOidcAdapter(),
      dns: createTxtResolver(config.dnsServers),
      metrics: options.metrics ?? noMetrics,
      webhookTransport: createWebhookTransport({
        allowList: config.webhooks.allowedNetworks,
        timeoutMs: config.webhooks.timeoutMs,
        responseMaxBytes: WEBHOOK_RESPONSE_READ_MAX_BYTES,
        resolve: createAddressResolver(config.dnsServers),
      }),
    };
    store.onWebhooksQueued = deps.signals.webhooksQueued;
    const services = createServices(deps);
    await services.prepare();
    return {
      services,
      config,
      database,
      signals,
      queuedWrites: () => store.queuedWrites(),
      masterKeyCreated: master.created,
      async close() {
        mailer?.close();
        await database.close();
      },
    };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

/**
 * `allot backup`: an online copy of the SQLite database (storage/backup.ts; PostgreSQL refuses),
 * and where the master key the copy needs is kept: it is never in the database.
 */
export async function backupDatabase(config: Config, file: string, options: { force: boolean }): Promise<BackupReport & { masterKey: string }> {
  const report = await backupSqlite(config.databaseUrl, file, options);
  return { ...report, masterKey: config.masterKey ? 'ALLOT_MASTER_KEY' : resolve(config.masterKeyFile) };
}
