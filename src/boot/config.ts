import { isIP } from 'node:net';
import { dirname, join } from 'node:path';
import type { RetryPolicy } from '../domain/invitations.ts';
import {
  ACTIVATIONS_PER_KEY_PER_MINUTE_DEFAULT_COUNT,
  BODY_LIMIT_DEFAULT_BYTES,
  CHECK_IN_INTERVAL_DEFAULT_MS,
  CLIENT_PER_IP_PER_MINUTE_DEFAULT_COUNT,
  HEADERS_TIMEOUT_DEFAULT_MS,
  KEEP_ALIVE_TIMEOUT_DEFAULT_MS,
  KEY_GUESSES_PER_IP_DEFAULT_COUNT,
  MAIL_GIVE_UP_DEFAULT_MS,
  MAIL_LEASE_DEFAULT_MS,
  MAIL_POLL_DEFAULT_MS,
  MAIL_RETRY_BASE_DEFAULT_MS,
  MAIL_RETRY_MAX_DEFAULT_MS,
  MAX_HEADER_DEFAULT_BYTES,
  PG_POOL_SIZE_DEFAULT_COUNT,
  REQUEST_TIMEOUT_DEFAULT_MS,
  SIGN_IN_PER_MINUTE_DEFAULT_COUNT,
  SSO_STARTS_PER_MINUTE_DEFAULT_COUNT,
  SWEEP_INTERVAL_DEFAULT_MS,
  EVENT_RETENTION_MAX_DAYS,
} from '../domain/limits.ts';
import { HOUR_MS, SECOND_MS } from '../domain/time.ts';
import { readWebhookConfig, WebhookConfigError, type WebhookConfig } from './webhook-config.ts';

/** Everything Allot reads from the environment (README, "Configuration"); defaults come from domain/limits.ts. */
export interface Config {
  databaseUrl: string;
  host: string;
  port: number;
  operatorToken: string | null;
  masterKey: string | undefined;
  masterKeyFile: string;
  publicUrl: string;
  /** DNS servers for domain verification (host:port); null: the system's. */
  dnsServers: string[] | null;
  logLevel: string;
  /** `pretty`: one human line per entry; `json`: pino's lines; null: pretty when standard output is a terminal. */
  logFormat: 'pretty' | 'json' | null;
  /** Below debug, the device API's answers are counted and summarised in one line this often (ALLOT_LOG_SUMMARY_SECONDS). */
  logSummaryIntervalMs: number;
  /** A device-API request at least this slow has a log line of its own (ALLOT_LOG_SLOW_MS; 0: every one). */
  logSlowMs: number;
  checkInIntervalMs: number;
  sweepIntervalMs: number;
  /** Audit events older than this many days are dropped by the sweeps; null (ALLOT_EVENT_RETENTION_DAYS unset or 0): kept. */
  eventRetentionDays: number | null;
  bodyLimitBytes: number;
  /** true: every hop's X-Forwarded-For is believed; a list: only these proxies' (addresses or CIDR ranges). */
  trustProxy: boolean | string[];
  pgPoolSize: number;
  /** Null: mail waits in the outbox until an SMTP server is configured. */
  smtpUrl: string | null;
  mailFrom: string;
  mailPollMs: number;
  mailRetry: RetryPolicy;
  mailLeaseMs: number;
  /** ALLOT_WEBHOOK_* (boot/webhook-config.ts). */
  webhooks: WebhookConfig;
  signInPerMinute: number;
  /** SSO sign-ins a client address may start per minute (ALLOT_SSO_STARTS_PER_MINUTE). */
  ssoStartsPerMinute: number;
  /** The device API's abuse limits, per node (docs/security.md); 0 turns one off. */
  clientPerIpPerMinute: number;
  /** Misses (unknown key, unknown activation, wrong fingerprint) per client address and 10 minutes. */
  keyGuessesPerIp: number;
  activationsPerKeyPerMinute: number;
  /** The HTTP server's own limits (slow or oversized requests). */
  maxHeaderBytes: number;
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  /** Set: GET /metrics on the main port answers a scraper sending `Authorization: Bearer <it>` (ALLOT_METRICS_TOKEN). */
  metricsToken: string | null;
  /** Set: a listener of its own serves /metrics without a token (ALLOT_METRICS_PORT, on ALLOT_METRICS_HOST). */
  metricsPort: number | null;
  metricsHost: string;
}

/** The request log's defaults (docs/operations.md, "Logs"). */
const LOG_SUMMARY_INTERVAL_DEFAULT_MS = 60 * SECOND_MS;
const LOG_SLOW_DEFAULT_MS = SECOND_MS;

export class ConfigError extends Error {}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return n;
}

function defaultMasterKeyFile(databaseUrl: string): string {
  const path = databaseUrl.startsWith('sqlite:') ? databaseUrl.slice('sqlite:'.length) : '';
  return path && path !== ':memory:' ? join(dirname(path), 'master.key') : './data/master.key';
}

function smtpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('ALLOT_SMTP_URL must be a URL such as smtp://user:password@mail.example.com:587 (it does not parse).');
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:')
    throw new ConfigError(`ALLOT_SMTP_URL must start with smtp:// or smtps:// (got "${url.protocol}//…").`);
  return raw;
}

/** ALLOT_DNS_SERVERS: `host:port` (or `host`, port 53) separated by commas; unset, the system's resolvers. */
function dnsServers(raw: string | undefined): string[] | null {
  if (!raw?.trim()) return null;
  return raw.split(',').map((entry) => {
    const s = entry.trim();
    const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s]+)(?::(\d{1,5}))?$/.exec(s);
    if (!m || (m[2] !== undefined && (Number(m[2]) < 1 || Number(m[2]) > 65535)))
      throw new ConfigError(`ALLOT_DNS_SERVERS must be host:port entries separated by commas, such as 127.0.0.1:5353 (got "${s}").`);
    return s;
  });
}

/**
 * ALLOT_TRUST_PROXY: unset or false, no proxy; true, believe X-Forwarded-For whoever sent it;
 * or the proxies' addresses and CIDR ranges, comma-separated: the client is then the first
 * address, from the right, that is not one of them, so a client cannot choose its own.
 */
function trustProxy(raw: string | undefined): boolean | string[] {
  const value = (raw ?? '').trim();
  if (value === '' || value === 'false' || value === '0') return false;
  if (value === 'true' || value === '1') return true;
  const entries = value.split(',').map((e) => e.trim());
  for (const entry of entries) {
    const [address, bits, ...rest] = entry.split('/');
    const family = isIP(address ?? '');
    const max = family === 6 ? 128 : 32;
    const validBits = bits === undefined || (/^\d{1,3}$/.test(bits) && Number(bits) <= max);
    if (!family || !validBits || rest.length > 0)
      throw new ConfigError(`ALLOT_TRUST_PROXY must be true, false, or proxy addresses and CIDR ranges separated by commas (got "${entry}").`);
  }
  return entries;
}

function logFormat(raw: string | undefined): Config['logFormat'] {
  if (!raw) return null;
  if (raw === 'pretty' || raw === 'json') return raw;
  throw new ConfigError(`ALLOT_LOG_FORMAT must be pretty or json (got "${raw}"); unset, it is pretty on a terminal and json otherwise.`);
}

function webhooks(env: NodeJS.ProcessEnv): WebhookConfig {
  try {
    return readWebhookConfig(env);
  } catch (e) {
    throw e instanceof WebhookConfigError ? new ConfigError(e.message) : e;
  }
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.ALLOT_DATABASE_URL || 'sqlite:./data/allot.db';
  const port = integer(env, 'ALLOT_PORT', 8080, 0, 65535);
  const operatorToken = env.ALLOT_OPERATOR_TOKEN || null;
  if (operatorToken !== null && operatorToken.length < 16)
    throw new ConfigError('ALLOT_OPERATOR_TOKEN must be at least 16 characters (try: openssl rand -hex 32).');
  const metricsToken = env.ALLOT_METRICS_TOKEN || null;
  if (metricsToken !== null && (metricsToken.length < 16 || metricsToken.length > 512 || /\s/.test(metricsToken)))
    throw new ConfigError('ALLOT_METRICS_TOKEN must be 16 to 512 characters without spaces (try: openssl rand -hex 32).');
  const metricsPort = env.ALLOT_METRICS_PORT ? integer(env, 'ALLOT_METRICS_PORT', 0, 0, 65535) : null;
  if (metricsPort !== null && metricsPort !== 0 && metricsPort === port)
    throw new ConfigError('ALLOT_METRICS_PORT must differ from ALLOT_PORT (to serve /metrics on the main port, set ALLOT_METRICS_TOKEN instead).');
  const headersTimeoutMs = integer(env, 'ALLOT_HEADERS_TIMEOUT_SECONDS', HEADERS_TIMEOUT_DEFAULT_MS / SECOND_MS, 1, 3600) * SECOND_MS;
  const requestTimeoutMs = integer(env, 'ALLOT_REQUEST_TIMEOUT_SECONDS', REQUEST_TIMEOUT_DEFAULT_MS / SECOND_MS, 1, 3600) * SECOND_MS;
  if (headersTimeoutMs > requestTimeoutMs)
    throw new ConfigError('ALLOT_HEADERS_TIMEOUT_SECONDS must not exceed ALLOT_REQUEST_TIMEOUT_SECONDS (the headers are part of the request).');
  return {
    databaseUrl,
    host: env.ALLOT_HOST || '0.0.0.0',
    port,
    operatorToken,
    masterKey: env.ALLOT_MASTER_KEY || undefined,
    masterKeyFile: env.ALLOT_MASTER_KEY_FILE || defaultMasterKeyFile(databaseUrl),
    dnsServers: dnsServers(env.ALLOT_DNS_SERVERS),
    publicUrl: (env.ALLOT_PUBLIC_URL || `http://localhost:${port}`).replace(/\/+$/, ''),
    logLevel: env.ALLOT_LOG_LEVEL || 'info',
    logFormat: logFormat(env.ALLOT_LOG_FORMAT),
    logSummaryIntervalMs: integer(env, 'ALLOT_LOG_SUMMARY_SECONDS', LOG_SUMMARY_INTERVAL_DEFAULT_MS / SECOND_MS, 1, 86_400) * SECOND_MS,
    logSlowMs: integer(env, 'ALLOT_LOG_SLOW_MS', LOG_SLOW_DEFAULT_MS, 0, 3_600_000),
    checkInIntervalMs: integer(env, 'ALLOT_CHECK_IN_INTERVAL_HOURS', CHECK_IN_INTERVAL_DEFAULT_MS / HOUR_MS, 1, 24 * 365) * HOUR_MS,
    sweepIntervalMs: integer(env, 'ALLOT_SWEEP_INTERVAL_SECONDS', SWEEP_INTERVAL_DEFAULT_MS / SECOND_MS, 1, 86_400) * SECOND_MS,
    eventRetentionDays: integer(env, 'ALLOT_EVENT_RETENTION_DAYS', 0, 0, EVENT_RETENTION_MAX_DAYS) || null,
    bodyLimitBytes: integer(env, 'ALLOT_BODY_LIMIT_BYTES', BODY_LIMIT_DEFAULT_BYTES, 1024, 64 * 1024 * 1024),
    trustProxy: trustProxy(env.ALLOT_TRUST_PROXY),
    pgPoolSize: integer(env, 'ALLOT_PG_POOL_SIZE', PG_POOL_SIZE_DEFAULT_COUNT, 1, 200),
    smtpUrl: smtpUrl(env.ALLOT_SMTP_URL),
    mailFrom: env.ALLOT_MAIL_FROM || 'Allot <allot@localhost>',
    mailPollMs: integer(env, 'ALLOT_MAIL_POLL_MS', MAIL_POLL_DEFAULT_MS, 10, 3_600_000),
    mailLeaseMs: integer(env, 'ALLOT_MAIL_LEASE_MS', MAIL_LEASE_DEFAULT_MS, 1000, 3_600_000),
    signInPerMinute: integer(env, 'ALLOT_SIGN_IN_PER_MINUTE', SIGN_IN_PER_MINUTE_DEFAULT_COUNT, 1, 100_000),
    ssoStartsPerMinute: integer(env, 'ALLOT_SSO_STARTS_PER_MINUTE', SSO_STARTS_PER_MINUTE_DEFAULT_COUNT, 1, 1_000_000),
    clientPerIpPerMinute: integer(env, 'ALLOT_CLIENT_PER_IP_PER_MINUTE', CLIENT_PER_IP_PER_MINUTE_DEFAULT_COUNT, 0, 100_000_000),
    keyGuessesPerIp: integer(env, 'ALLOT_KEY_GUESSES_PER_IP', KEY_GUESSES_PER_IP_DEFAULT_COUNT, 0, 100_000_000),
    activationsPerKeyPerMinute: integer(env, 'ALLOT_ACTIVATIONS_PER_KEY_PER_MINUTE', ACTIVATIONS_PER_KEY_PER_MINUTE_DEFAULT_COUNT, 0, 100_000_000),
    maxHeaderBytes: integer(env, 'ALLOT_MAX_HEADER_BYTES', MAX_HEADER_DEFAULT_BYTES, 1024, 1024 * 1024),
    headersTimeoutMs,
    requestTimeoutMs,
    keepAliveTimeoutMs: integer(env, 'ALLOT_KEEP_ALIVE_TIMEOUT_SECONDS', KEEP_ALIVE_TIMEOUT_DEFAULT_MS / SECOND_MS, 1, 3600) * SECOND_MS,
    metricsToken,
    metricsPort,
    metricsHost: env.ALLOT_METRICS_HOST || '127.0.0.1',
    webhooks: webhooks(env),
    mailRetry: {
      baseMs: integer(env, 'ALLOT_MAIL_RETRY_BASE_MS', MAIL_RETRY_BASE_DEFAULT_MS, 10, 86_400_000),
      maxMs: integer(env, 'ALLOT_MAIL_RETRY_MAX_MS', MAIL_RETRY_MAX_DEFAULT_MS, 10, 86_400_000),
      giveUpMs: integer(env, 'ALLOT_MAIL_GIVE_UP_HOURS', MAIL_GIVE_UP_DEFAULT_MS / HOUR_MS, 1, 24 * 365) * HOUR_MS,
    },
  };
}
