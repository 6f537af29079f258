/**
 * What can go wrong, as types an app can tell apart:
 * - {@link AllotRefusal}: the server answered and said no (a 4xx, or a 5xx it chose to send), with its stable `code`;
 * - {@link AllotUnreachable}: no answer (offline, DNS, a timeout, a proxy's page that is not Allot's);
 * - {@link CertificateInvalid}: a certificate that does not verify (signature, issuer, device, dates).
 */

/** The base of the SDK's errors. */
export class AllotClientError extends Error {
  override name = 'AllotClientError';
}

/** The server refused: `code` is its stable error code (KEY_BLOCKED, SEATS_EXHAUSTED, …), `status` the HTTP status. */
export class AllotRefusal extends AllotClientError {
  override name = 'AllotRefusal';
  /** The server's message alone (`message` is `CODE: serverMessage`). */
  readonly serverMessage: string;
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
    readonly details?: unknown,
    readonly requestId?: string,
    /** Seconds to wait before asking again (429's Retry-After), when the server said. */
    readonly retryAfterSeconds?: number,
  ) {
    super(`${code}: ${message}`);
    this.serverMessage = message;
  }

  /** Worth asking again later (rate limited, the server busy or failing), rather than the license ending. */
  get retryable(): boolean {
    return this.status === 429 || this.status === 408 || this.status >= 500;
  }
}

/** The server could not be reached, or what answered was not Allot. */
export class AllotUnreachable extends AllotClientError {
  override name = 'AllotUnreachable';
  constructor(
    message: string,
    override readonly cause?: unknown,
  ) {
    super(message);
  }
}

/** A certificate that must not be trusted; `reason` says why (signature, unknown-kid, issuer, fingerprint, expired, …). */
export class CertificateInvalid extends AllotClientError {
  override name = 'CertificateInvalid';
  constructor(
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}
