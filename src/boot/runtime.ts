/**
 * The composition root: the only place that knows every layer. It opens the database,
 * migrates it, loads the master key and binds the use-cases to their adapters.
 */
import { v7 as uuidv7 } from 'uuid';
import type { AppDeps, AppConfig } from '../app/context.ts';
import type { Clock } from '../app/ports.ts';
import { createServices, type Services } from '../app/services.ts';
import { createCertificateSigner } from '../crypto/certificate-signer.ts';
import { loadMasterKey } from '../crypto/master-key.ts';
import { createVault } from '../crypto/vault.ts';
import { openDatabase, type OpenDatabase } from '../storage/dialect.ts';
import { migrateToLatest } from '../storage/migrate.ts';
import { KyselyStore } from '../storage/store.ts';
import type { Config } from './config.ts';

export interface Runtime {
  services: Services;
  config: Config;
  database: OpenDatabase;
  masterKeyCreated: boolean;
  close(): Promise<void>;
}

export const systemClock: Clock = { now: () => Date.now() };

export interface RuntimeOptions {
  clock?: Clock;
  /** Apply migrations before serving (default true). */
  migrate?: boolean;
}

export function appConfig(config: Config): AppConfig {
  return {
    issuer: config.publicUrl,
    checkInIntervalMs: config.checkInIntervalMs,
    operatorToken: config.operatorToken,
    retiredKeyPublishMs: config.checkInIntervalMs,
  };
}

export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const database = openDatabase(config.databaseUrl, { poolSize: config.pgPoolSize });
  try {
    if (options.migrate !== false) await migrateToLatest(database.db);
    const master = loadMasterKey({ value: config.masterKey, file: config.masterKeyFile });
    const deps: AppDeps = {
      store: new KyselyStore(database.db, database.caps),
      clock: options.clock ?? systemClock,
      ids: { next: () => uuidv7() },
      vault: createVault(master.key),
      signer: createCertificateSigner(),
      config: appConfig(config),
    };
    const services = createServices(deps);
    await services.prepare();
    return { services, config, database, masterKeyCreated: master.created, close: () => database.close() };
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}
