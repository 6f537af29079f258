import {
  WEBHOOK_FAILURE_STREAK_DEFAULT_COUNT,
  WEBHOOK_LEASE_DEFAULT_MS,
  WEBHOOK_LOG_RETENTION_DEFAULT_DAYS,
  WEBHOOK_LOG_RETENTION_MAX_DAYS,
  WEBHOOK_POLL_DEFAULT_MS,
  WEBHOOK_RETRY_SCHEDULE_DEFAULT_MS,
  WEBHOOK_TIMEOUT_DEFAULT_MS,
} from '../domain/limits.ts';
import { addressPolicy, AllowListError } from '../webhooks/address-policy.ts';

/** ALLOT_WEBHOOK_* (README, "Configuration"; docs/webhooks.md). */
export interface WebhookConfig {
  /** CIDRs and host names webhooks may reach although private (tests, an internal receiver). */
  allowedNetworks: string[];
  timeoutMs: number;
  pollMs: number;
  leaseMs: number;
  /** The delay after each failed attempt; once spent, the message has failed. */
  retryScheduleMs: number[];
  /** Failed attempts in a row that disable an endpoint. */
  failureStreakLimit: number;
  /** Settled messages older than this many days leave the delivery log; null (0): kept for ever. */
  logRetentionDays: number | null;
}

class WebhookConfigError extends Error {}

const UNITS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 };

function count(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new WebhookConfigError(`${name} must be a whole number from ${min} to ${max} (got "${raw}").`);
  return n;
}

/** "5s,5m,30m,2h": each a whole number with a unit (ms, s, m, h); 1 to 20 steps, none over a day. */
function schedule(raw: string | undefined): number[] {
  if (!raw) return [...WEBHOOK_RETRY_SCHEDULE_DEFAULT_MS];
  const steps = raw.split(',').map((s) => s.trim());
  const out = steps.map((s) => {
    const m = /^(\d{1,9})(ms|s|m|h)$/.exec(s);
    const ms = m ? Number(m[1]) * UNITS[m[2]!]! : NaN;
    if (!(ms >= 0 && ms <= 86_400_000)) throw new WebhookConfigError(`ALLOT_WEBHOOK_RETRY_SCHEDULE must list delays such as 5s,5m,30m,2h (got "${s}").`);
    return ms;
  });
  if (out.length === 0 || out.length > 20) throw new WebhookConfigError('ALLOT_WEBHOOK_RETRY_SCHEDULE lists 1 to 20 delays.');
  return out;
}

export function readWebhookConfig(env: NodeJS.ProcessEnv): WebhookConfig {
  const allowedNetworks = (env.ALLOT_WEBHOOK_ALLOWED_NETWORKS ?? '').split(/[\s,]+/).filter(Boolean);
  try {
    addressPolicy(allowedNetworks);
  } catch (e) {
    if (e instanceof AllowListError) throw new WebhookConfigError(`ALLOT_WEBHOOK_ALLOWED_NETWORKS: ${e.message}.`);
    throw e;
  }
  const timeoutMs = count(env, 'ALLOT_WEBHOOK_TIMEOUT_SECONDS', WEBHOOK_TIMEOUT_DEFAULT_MS / 1000, 1, 120) * 1000;
  return {
    allowedNetworks,
    timeoutMs,
    pollMs: count(env, 'ALLOT_WEBHOOK_POLL_MS', WEBHOOK_POLL_DEFAULT_MS, 10, 3_600_000),
    leaseMs: Math.max(count(env, 'ALLOT_WEBHOOK_LEASE_MS', WEBHOOK_LEASE_DEFAULT_MS, 1000, 3_600_000), timeoutMs * 2),
    retryScheduleMs: schedule(env.ALLOT_WEBHOOK_RETRY_SCHEDULE),
    failureStreakLimit: count(env, 'ALLOT_WEBHOOK_DISABLE_AFTER_FAILURES', WEBHOOK_FAILURE_STREAK_DEFAULT_COUNT, 1, 10_000),
    logRetentionDays: count(env, 'ALLOT_WEBHOOK_LOG_RETENTION_DAYS', WEBHOOK_LOG_RETENTION_DEFAULT_DAYS, 0, WEBHOOK_LOG_RETENTION_MAX_DAYS) || null,
  };
}

export { WebhookConfigError };
