import type { Refusal } from '../domain/decisions.ts';
import type { ActivateView, CheckInView } from './views/activations.ts';
import type { DecisionKind, Metrics } from './ports/metrics.ts';

/** What a device sends about itself. */
export interface DeviceInput {
  name: string;
  os: string;
  serial?: string | null;
  mac?: string | null;
  appVersion?: string | null;
}

/** The answer to a device: granted with a certificate, or refused with a stable code. */
export type ClientDecision<T> = { granted: true; value: T } | { granted: false; refusal: Refusal };

/**
 * Counts a device request's decision, once: called where the request's outcome is final (after
 * the store answered, whether the write ran alone, in a run decided together, or again after a
 * shared transaction failed), never inside a transaction that may run twice.
 */
export function counted<D extends ClientDecision<unknown>>(metrics: Metrics, kind: DecisionKind, decision: D): D {
  metrics.decision(kind, decision.granted ? 'ok' : decision.refusal.code);
  return decision;
}

export type GrantedCertificate = CheckInView;

export interface GrantedActivation extends ActivateView {
  /** false when the device already held an activation on this subscription (nothing new was taken). */
  created: boolean;
}

export const refused = <T>(refusal: Refusal): ClientDecision<T> => ({ granted: false, refusal });

/** The descriptive fields a device sends, as an activation keeps them, with the address it came from. */
export const deviceFields = (d: DeviceInput, ip: string | null) => ({
  name: d.name,
  os: d.os,
  serial: d.serial ?? null,
  mac: d.mac ?? null,
  appVersion: d.appVersion ?? null,
  ip,
});

/** A device's activation request: the key or invitation code it presents, and what it is. */
export interface ActivateInput {
  key: string;
  fingerprint: string;
  device: DeviceInput;
  ip: string | null;
}

/** A device's check-in: the activation it holds, its fingerprint, and what changed on it. */
export interface CheckInInput {
  activationId: string;
  fingerprint: string;
  /** Fields that may have changed since activation (a new app version, say). */
  device?: Partial<DeviceInput>;
  ip: string | null;
}
