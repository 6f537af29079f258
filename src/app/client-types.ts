import type { Refusal, WarningCode } from '../domain/decisions.ts';
import type { ActivationView } from './views/activations.ts';

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

export interface GrantedCertificate {
  certificate: string;
  checkInBy: string;
  warnings: WarningCode[];
}

export interface GrantedActivation extends GrantedCertificate {
  /** false when the device already held an activation on this subscription (nothing new was taken). */
  created: boolean;
  activation: ActivationView;
}

export const refused = <T>(refusal: Refusal): ClientDecision<T> => ({ granted: false, refusal });
