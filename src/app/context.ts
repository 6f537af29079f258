import type { RetryPolicy } from '../domain/invitations.ts';
import type { AccountRole } from '../domain/members.ts';
import type { CertificateSigner, PasswordHasher, Vault } from './ports/secrets.ts';
import type { Clock, Ids } from './ports/clock-ids.ts';
import type { KeyGrant } from '../domain/records.ts';
import type { Mailer } from './ports/mail.ts';
import type { Store } from './ports/store.ts';
import type { OidcPort, SamlPort, TxtResolver } from './ports/identity.ts';
import type { Metrics } from './ports/metrics.ts';
import type { WebhookTransport } from './ports/webhooks.ts';

/** What an account's caller (a member, or an API token) may do there: its role and, for a License Administrator, its keys. */
export interface AccountAccess {
  accountId: string;
  role: AccountRole;
  keys: readonly KeyGrant[];
  /** How the audit log names them: a member's name and email, a token's name. */
  name?: string;
}

/** Who is acting. Recorded on every event; decides what the caller may see. */
export type Actor =
  | { type: 'operator'; id: string; name?: string }
  | ({ type: 'token'; id: string } & AccountAccess)
  | ({ type: 'member'; id: string } & AccountAccess)
  | { type: 'device'; id: string }
  | { type: 'system'; id: string }
  /** An identity provider provisioning one account over SCIM with a SCIM token (its id and name). */
  | { type: 'scim'; id: string; accountId: string; name: string };

export interface Caller {
  actor: Actor;
  requestId: string | null;
}

export interface AppConfig {
  /** Issuer (`iss`) of device certificates, and where the console is (emailed links). */
  issuer: string;
  /** How often devices must check in; certificates expire when the check-in is due. */
  checkInIntervalMs: number;
  /** The operator's bearer token from the environment; null to accept stored operator tokens only. */
  operatorToken: string | null;
  /** How long a signing key that was rotated out stays published (longest certificate life). */
  retiredKeyPublishMs: number;
  /** When a failed email is tried again, and when it is given up. */
  mailRetry: RetryPolicy;
  /** How long a node holds the messages it claimed before another node may take them over. */
  mailLeaseMs: number;
  /** Audit events older than this are dropped by the sweeps; null: kept for ever. */
  eventRetentionMs?: number | null;
  /**
   * Webhook delivery (docs/webhooks.md): the delay after each failed attempt, the failures in a
   * row that disable an endpoint, the lease, and how long the log keeps a settled message (null: for ever).
   */
  webhooks: { retryScheduleMs: readonly number[]; failureStreakLimit: number; leaseMs: number; logRetentionMs: number | null };
}

/** Things that happened, for whoever listens (the mail worker wakes up when mail is queued). */
export interface Signals {
  mailQueued(): void;
  /** Webhook messages were queued and committed: the webhook worker may deliver them now. */
  webhooksQueued(): void;
}

export interface AppDeps {
  store: Store;
  /** The domain's time: expiry, validity, what a record says happened when. */
  clock: Clock;
  /** Wall-clock time for machinery (mail retries, leases), which tests never move by hand. */
  timer: Clock;
  ids: Ids;
  vault: Vault;
  signer: CertificateSigner;
  config: AppConfig;
  passwords: PasswordHasher;
  /** Null when no SMTP server is configured: mail waits in the outbox. */
  mailer: Mailer | null;
  signals: Signals;
  /** The identity-provider protocols (src/sso/) and DNS (src/dns/), for verified domains and SSO. */
  saml: SamlPort;
  oidc: OidcPort;
  dns: TxtResolver;
  /** Counters for /metrics (ports/metrics.ts). */
  metrics: Metrics;
  /** SSRF checks, signing and the HTTP POST of webhooks (src/webhooks/). */
  webhookTransport: WebhookTransport;
}

export const systemCaller = (job: string): Caller => ({ actor: { type: 'system', id: job }, requestId: null });
