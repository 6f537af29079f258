import type { CertificateSigner, Clock, Ids, Store, Vault } from './ports.ts';

/** Who is acting. Recorded on every event; decides what the caller may see. */
export type Actor =
  | { type: 'operator'; id: string }
  | { type: 'token'; id: string; accountId: string }
  | { type: 'device'; id: string }
  | { type: 'system'; id: string };

export interface Caller {
  actor: Actor;
  requestId: string | null;
}

export interface AppConfig {
  /** Issuer (`iss`) of device certificates. */
  issuer: string;
  /** How often devices must check in; certificates expire when the check-in is due. */
  checkInIntervalMs: number;
  /** The operator's bearer token from the environment; null to accept stored operator tokens only. */
  operatorToken: string | null;
  /** How long a signing key that was rotated out stays published (longest certificate life). */
  retiredKeyPublishMs: number;
}

export interface AppDeps {
  store: Store;
  clock: Clock;
  ids: Ids;
  vault: Vault;
  signer: CertificateSigner;
  config: AppConfig;
}

export const systemCaller = (job: string): Caller => ({ actor: { type: 'system', id: job }, requestId: null });
