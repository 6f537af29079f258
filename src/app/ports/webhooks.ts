/**
 * Webhooks' way out (src/webhooks/ implements it): whether a URL's address may be reached
 * (SSRF), signing in the Standard Webhooks format and the HTTP POST itself.
 */

/** Whether an endpoint's URL may be called: its host resolves only to addresses the operator allows. */
export type UrlCheck = { ok: true } | { ok: false; reason: string };

export interface WebhookRequest {
  url: string;
  /** `webhook-id`. */
  messageId: string;
  /** `webhook-timestamp`, epoch milliseconds (sent in seconds). */
  at: number;
  body: string;
  /** Signing secrets (`whsec_…`): one signature each, space-separated in `webhook-signature`. */
  secrets: readonly string[];
}

/** What an attempt got: a status (null when no answer came) and the start of the answer, or why it failed. */
export interface WebhookResponse {
  status: number | null;
  /** At most the configured cap of the answer's body, as text. */
  body: string | null;
  error: string | null;
}

export interface WebhookTransport {
  checkUrl(url: string): Promise<UrlCheck>;
  /** POSTs the signed message to the address it checks again (pinned: DNS cannot swap it between check and connect). */
  send(request: WebhookRequest): Promise<WebhookResponse>;
  /** A new signing secret, `whsec_` and base64 of 24 random bytes. */
  newSecret(): string;
}
