/**
 * What the use-cases count for the operator's monitoring (docs/operations.md). The boot layer
 * implements it with prom-client; tests and tools that do not serve /metrics use `noMetrics`.
 * Labels are bounded sets (decision codes, outcomes), never an account, key or device.
 */
export type DecisionKind = 'activation' | 'check_in' | 'sso_activation' | 'deactivation';
export type MailOutcome = 'sent' | 'retrying' | 'failed' | 'cancelled';
export type WebhookOutcome = 'delivered' | 'retrying' | 'failed' | 'disabled';

export interface Metrics {
  /** A device request decided: `ok`, or the refusal's stable code (NO_SEATS_POOL, KEY_BLOCKED …). */
  decision(kind: DecisionKind, code: string): void;
  /** One attempt at an email from the outbox, and how it ended. */
  mailDelivery(outcome: MailOutcome): void;
  /** One attempt at a webhook message, and how it ended; `disabled` when it disabled its endpoint. */
  webhookDelivery(outcome: WebhookOutcome): void;
}

export const noMetrics: Metrics = {
  decision: () => undefined,
  mailDelivery: () => undefined,
  webhookDelivery: () => undefined,
};
