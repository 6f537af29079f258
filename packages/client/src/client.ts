/**
 * AllotClient: activates this machine, keeps its certificate, and says at any moment whether the
 * license is in force, online or not (docs/client.md).
 */
import { hostname, release, type as osType } from 'node:os';
import { AllotClientError, AllotRefusal, AllotUnreachable, CertificateInvalid } from './errors.ts';
import { listenForCode, openSystemBrowser, pkcePair } from './sso.ts';
import type { Store } from './store.ts';
import type { CertificateClaims, GoldenImage, Jwks, Policy } from './types.ts';
import { verifyCertificate } from './verify.ts';

/** What the server is told about this machine (shown to administrators in the console). */
export interface DeviceInfo {
  /** The computer's name. */
  name: string;
  /** The operating system, e.g. `macOS 15.1`. */
  os: string;
  serial?: string | null;
  mac?: string | null;
  appVersion?: string | null;
}

/** Timers, injectable for tests; the default is the global setTimeout, unref'd (a pending check-in never keeps a process alive). */
export interface Timers {
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface AllotClientOptions {
  /** The Allot server, e.g. `https://licenses.example.com` (a path prefix is kept). */
  serverUrl: string;
  /** The product's code: needed for an SSO activation (the server finds the subscription by it). */
  product?: string;
  /** This machine's hardware fingerprint, stable across restarts; a certificate for another fingerprint is refused. */
  fingerprint: string;
  /** Descriptive fields (default: the host name and the OS). */
  device?: DeviceInfo;
  /** Where the state lives (see FileStore, MemoryStore). */
  store: Store;
  /** The time now in ms (default Date.now); injectable for tests. */
  clock?: () => number;
  /** How far ahead of this machine's clock the server's may be (a certificate's `iat`); default 5 minutes. */
  clockSkewMs?: number;
  /**
   * The JWK thumbprints (RFC 7638; `jwkThumbprint`) of the signing keys the app trusts. When set,
   * a certificate signed by any other key is refused, whatever JWKS is stored: the state file can
   * then not be forged by replacing both the certificate and the JWKS. Pin the server's current
   * and next keys, and ship the new thumbprint before rotating (docs/client.md).
   */
  trustedKeys?: readonly string[];
  /** Called after every change of the license's state (activation, check-in, refusal, deactivation). */
  onChange?: (status: LicenseStatus) => void;
  /** The fetch to use (default the global one). */
  fetch?: typeof fetch;
  /** A request without an answer after this long is unreachable (default 30 s). */
  requestTimeoutMs?: number;
  /** How long an SSO sign-in may take in the browser (default 5 minutes). */
  ssoTimeoutMs?: number;
  /** Timers for startAutoCheckIn (default: global, unref'd). */
  timers?: Timers;
  /** A number in [0, 1) for jitter (default Math.random). */
  random?: () => number;
  /** Automatic check-in retries: the first wait (default 5 s), doubling up to maxRetryMs (default 1 hour), with jitter. */
  retry?: { minMs?: number; maxMs?: number };
}

/** How to activate: a license key, an invitation's code, or the person's SSO sign-in in the system browser. */
export type ActivateWith =
  | { key: string }
  | { invitationCode: string }
  | {
      sso: {
        email: string;
        /** Opens the sign-in URL (default: the system browser, via open / xdg-open / start). */
        openBrowser?: (url: string) => Promise<void>;
      };
    };

/** The server's last refusal, which ended the license on this machine. */
export interface StoredRefusal {
  code: string;
  message: string;
  at: string;
}

/** The license on this machine, as its verified certificate says. */
export interface LicenseStatus {
  /** `active`: a verified certificate in force; `expired`: verified but past `checkInBy` (check in); `none`: no usable certificate. */
  state: 'active' | 'expired' | 'none';
  /** When the license stops working on this machine without a check-in (the certificate's `exp`). */
  validUntil: Date | null;
  /** When the next check-in is due (= validUntil: offline, the license works until then and never after). */
  checkInBy: Date | null;
  /** The key's effective policy (null when none, or from a server that sends none). */
  policy: Policy | null;
  /** The key's golden image, or null. */
  goldenImage: GoldenImage | null;
  /** All the certificate's claims (verified), or null. */
  claims: CertificateClaims | null;
  /** The activation's id, kept even when the certificate is gone. */
  activationId: string | null;
  /** Why a stored certificate was refused (tampered, another machine's, another issuer's). */
  error?: CertificateInvalid;
  /** The server's refusal that ended the license at a check-in (KEY_BLOCKED, …). */
  refusal?: StoredRefusal;
}

export interface ActivateResult {
  status: LicenseStatus;
  /** True for a new activation, false when this machine was already active (no second seat). */
  created: boolean;
  /** The server's view of the activation. */
  activation: Record<string, unknown>;
  warnings: unknown[];
}

export interface CheckInResult {
  status: LicenseStatus;
  /** True when the policy's version differs from the previous certificate's. */
  policyChanged: boolean;
  warnings: unknown[];
}

/** The JSON the store keeps. */
interface SavedState {
  format: 1;
  serverUrl: string;
  fingerprint: string;
  issuer: string;
  activationId: string;
  certificate: string | null;
  jwks: Jwks;
  /** The highest time seen (ms): the clock set back never goes below it. */
  lastSeen: number;
  refusal?: StoredRefusal;
}

const FIVE_MINUTES = 5 * 60_000;
/** lastSeen is kept exact in memory and saved when it moved this much (a write per status() would be a lot). */
const LAST_SEEN_SAVE_MS = 60_000;

const NONE: LicenseStatus = { state: 'none', validUntil: null, checkInBy: null, policy: null, goldenImage: null, claims: null, activationId: null };

/** Not activated on this machine (nothing stored, or another server's or machine's state). */
export class NotActivated extends AllotClientError {
  override name = 'NotActivated';
}

const isSaved = (v: unknown): v is SavedState => {
  const s = v as SavedState | null;
  return (
    !!s &&
    s.format === 1 &&
    typeof s.serverUrl === 'string' &&
    typeof s.fingerprint === 'string' &&
    typeof s.issuer === 'string' &&
    typeof s.activationId === 'string' &&
    (s.certificate === null || typeof s.certificate === 'string') &&
    !!s.jwks &&
    Array.isArray(s.jwks.keys) &&
    typeof s.lastSeen === 'number'
  );
};

/**
 * Which server and machine a store's state belongs to (null when it holds none): a tool that
 * only has the store (a support agent) builds its AllotClient from this. Nothing here is verified.
 */
export async function savedIdentity(store: Store): Promise<{ serverUrl: string; fingerprint: string; activationId: string } | null> {
  const raw = await store.load();
  return isSaved(raw) ? { serverUrl: raw.serverUrl, fingerprint: raw.fingerprint, activationId: raw.activationId } : null;
}

/**
 * A licensed app's view of its license. Every certificate is verified offline (Ed25519, against
 * the server's JWKS cached with it) when it arrives and every time it is loaded; the license is in
 * force until the certificate's `checkInBy` by this machine's clock, which cannot be set back below
 * the highest time already seen (nor below the last certificate's issue time).
 *
 * ```ts
 * const client = new AllotClient({ serverUrl, fingerprint, store: new FileStore(path) });
 * await client.activate({ key: 'XXXX-…' });
 * client.startAutoCheckIn();
 * const { state, policy, goldenImage } = await client.status();
 * ```
 */
export class AllotClient {
  readonly serverUrl: string;
  private readonly clock: () => number;
  private readonly skewMs: number;
  private readonly fetchImpl: typeof fetch;
  private readonly random: () => number;
  private readonly trustedKeys: ReadonlySet<string> | undefined;
  private readonly timers: Timers;
  private lastSeen = 0;
  private savedLastSeen = 0;
  private lock: Promise<unknown> = Promise.resolve();
  private auto: { handle: unknown; attempt: number; running: boolean } | null = null;

  constructor(private readonly options: AllotClientOptions) {
    if (!options.fingerprint) throw new TypeError('AllotClient needs a fingerprint.');
    this.serverUrl = options.serverUrl.replace(/\/+$/, '');
    this.clock = options.clock ?? Date.now;
    this.skewMs = options.clockSkewMs ?? FIVE_MINUTES;
    this.trustedKeys = options.trustedKeys ? new Set(options.trustedKeys) : undefined;
    this.fetchImpl = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
    this.random = options.random ?? Math.random;
    this.timers = options.timers ?? {
      setTimeout: (run, ms) => {
        const t = setTimeout(run, ms);
        t.unref();
        return t;
      },
      clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
    };
  }

  // ---- the public API

  /**
   * Activates this machine: with a license key, an invitation's code, or an SSO sign-in (a loopback
   * listener on 127.0.0.1, PKCE S256, the system browser sent to the server's /sso/activate). The
   * certificate is verified against the server's JWKS before anything is stored.
   * @throws AllotRefusal (the server's code: KEY_NOT_FOUND, SEATS_EXHAUSTED, …), AllotUnreachable, CertificateInvalid
   */
  async activate(how: ActivateWith): Promise<ActivateResult> {
    const device = this.device();
    let answer: { status: number; body: Record<string, unknown> };
    if ('sso' in how) {
      if (!this.options.product) throw new TypeError('An SSO activation needs the product code (options.product).');
      const { verifier, challenge } = pkcePair();
      const state = pkcePair().verifier;
      const loopback = await listenForCode(state, this.options.ssoTimeoutMs ?? FIVE_MINUTES);
      let code: string;
      try {
        const params = new URLSearchParams({
          product: this.options.product,
          email: how.sso.email,
          redirect_uri: loopback.redirectUri,
          state,
          code_challenge: challenge,
          code_challenge_method: 'S256',
        });
        await (how.sso.openBrowser ?? openSystemBrowser)(`${this.serverUrl}/sso/activate?${params}`);
        code = await loopback.code;
      } finally {
        await loopback.close();
      }
      answer = await this.post('/v1/client/sso/activate', { code, codeVerifier: verifier, fingerprint: this.options.fingerprint, device });
    } else {
      const key = 'key' in how ? how.key : how.invitationCode;
      answer = await this.post('/v1/client/activate', { key, fingerprint: this.options.fingerprint, device });
    }
    const certificate = String(answer.body.certificate);
    const activation = (answer.body.activation ?? {}) as Record<string, unknown>;
    const jwks = await this.fetchJwks();
    const claims = verifyCertificate(certificate, jwks, {
      fingerprint: this.options.fingerprint,
      activationId: typeof activation.id === 'string' ? activation.id : undefined,
      now: this.now(0),
      clockSkewMs: this.skewMs,
      trustedKeys: this.trustedKeys,
    });
    this.seen(claims.iat * 1000);
    await this.exclusive(async () => {
      const saved: SavedState = {
        format: 1,
        serverUrl: this.serverUrl,
        fingerprint: this.options.fingerprint,
        issuer: claims.iss,
        activationId: claims.sub,
        certificate,
        jwks,
        lastSeen: this.now(0),
      };
      await this.save(saved);
    });
    const status = await this.status();
    this.changed(status);
    return { status, created: answer.status === 201, activation, warnings: (answer.body.warnings as unknown[]) ?? [] };
  }

  /**
   * Checks in: a fresh certificate (verified against the JWKS, fetched again on every check-in, so
   * a rotated key is known and a withdrawn one no longer trusted). A refusal that ends the license
   * (KEY_BLOCKED, ACTIVATION_NOT_FOUND, …) drops the certificate and is remembered in status().refusal;
   * one worth retrying (429, 5xx) changes nothing.
   * @throws NotActivated, AllotRefusal, AllotUnreachable, CertificateInvalid
   */
  async checkIn(): Promise<CheckInResult> {
    const before = await this.loadOwn();
    if (!before) throw new NotActivated('This machine is not activated.');
    const previousVersion = before.certificate ? this.peekPolicyVersion(before.certificate) : undefined;
    let answer: { status: number; body: Record<string, unknown> };
    try {
      answer = await this.post('/v1/client/check-in', {
        activationId: before.activationId,
        fingerprint: this.options.fingerprint,
        ...(this.options.device && { device: this.device() }),
      });
    } catch (error) {
      if (error instanceof AllotRefusal && !error.retryable) {
        const refusal = { code: error.code, message: error.serverMessage, at: new Date(this.now(0)).toISOString() };
        await this.exclusive(async () => {
          const current = (await this.loadOwn()) ?? before;
          await this.save({ ...current, certificate: null, refusal, lastSeen: this.now(current.lastSeen) });
        });
        this.changed(await this.status());
      }
      throw error;
    }
    const certificate = String(answer.body.certificate);
    let jwks: Jwks;
    let fresh = true;
    try {
      jwks = await this.fetchJwks();
    } catch {
      jwks = before.jwks;
      fresh = false;
    }
    const expect = () => ({
      issuer: before.issuer,
      fingerprint: this.options.fingerprint,
      activationId: before.activationId,
      now: this.now(before.lastSeen),
      clockSkewMs: this.skewMs,
      trustedKeys: this.trustedKeys,
    });
    let claims: CertificateClaims;
    try {
      claims = verifyCertificate(certificate, jwks, expect());
    } catch (error) {
      // An unknown kid: the key rotated after the JWKS was read (or a cache answered): read it once more.
      if (!(error instanceof CertificateInvalid && error.reason === 'unknown-kid')) throw error;
      jwks = await this.fetchJwks();
      fresh = true;
      claims = verifyCertificate(certificate, jwks, expect());
    }
    this.seen(claims.iat * 1000);
    await this.exclusive(async () => {
      const current = (await this.loadOwn()) ?? before;
      const { refusal: _dropped, ...rest } = current;
      await this.save({ ...rest, certificate, jwks: fresh ? jwks : current.jwks, lastSeen: this.now(current.lastSeen) });
    });
    const status = await this.status();
    this.changed(status);
    const policyChanged =
      typeof answer.body.policyChanged === 'boolean' ? answer.body.policyChanged : previousVersion !== undefined && previousVersion !== status.policy?.version;
    return { status, policyChanged, warnings: (answer.body.warnings as unknown[]) ?? [] };
  }

  /**
   * Deactivates this machine (its seat returns) and forgets the certificate. A refusal that says the
   * activation is already gone forgets it too, and is thrown.
   * @throws NotActivated, AllotRefusal, AllotUnreachable
   */
  async deactivate(): Promise<void> {
    const saved = await this.loadOwn();
    if (!saved) throw new NotActivated('This machine is not activated.');
    this.stop();
    try {
      await this.post('/v1/client/deactivate', { activationId: saved.activationId, fingerprint: this.options.fingerprint });
    } catch (error) {
      if (!(error instanceof AllotRefusal) || error.retryable) throw error;
      await this.exclusive(() => this.options.store.clear());
      this.changed(NONE);
      throw error;
    }
    await this.exclusive(() => this.options.store.clear());
    this.changed(NONE);
  }

  /**
   * The license now, offline: the stored certificate verified again (a tampered one gives `none`
   * with `error`), judged by max(the clock, the highest time seen).
   */
  async status(): Promise<LicenseStatus> {
    const saved = await this.loadOwn();
    if (!saved) return NONE;
    const now = this.now(saved.lastSeen);
    await this.persistLastSeen(saved);
    const base = { ...NONE, activationId: saved.activationId, ...(saved.refusal && { refusal: saved.refusal }) };
    if (!saved.certificate) return base;
    let claims: CertificateClaims;
    try {
      claims = verifyCertificate(saved.certificate, saved.jwks, {
        issuer: saved.issuer,
        fingerprint: this.options.fingerprint,
        activationId: saved.activationId,
        now,
        clockSkewMs: this.skewMs,
      trustedKeys: this.trustedKeys,
      });
    } catch (error) {
      if (error instanceof CertificateInvalid) return { ...base, error };
      throw error;
    }
    return {
      ...base,
      state: now < claims.exp * 1000 ? 'active' : 'expired',
      validUntil: new Date(claims.exp * 1000),
      checkInBy: new Date(claims.checkInBy * 1000),
      policy: claims.policy ?? null,
      goldenImage: claims.goldenImage ?? null,
      claims,
    };
  }

  /**
   * Checks in by itself before the deadline: at 50–80 % of the time left (at least a second later),
   * at once when the certificate has expired; when offline (or the server busy), again after a
   * wait that doubles from retry.minMs to retry.maxMs, with jitter. A refusal that ends the license
   * stops it (see status().refusal). Never more than one check-in in flight; timers are unref'd.
   */
  startAutoCheckIn(): void {
    if (this.auto) return;
    this.auto = { handle: undefined, attempt: 0, running: false };
    void this.planNext();
  }

  /** Stops automatic check-ins. */
  stop(): void {
    if (!this.auto) return;
    if (this.auto.handle !== undefined) this.timers.clearTimeout(this.auto.handle);
    this.auto = null;
  }

  // ---- automatic check-ins

  private async planNext(): Promise<void> {
    const auto = this.auto;
    if (!auto) return;
    let delay: number;
    try {
      const s = await this.status();
      if (!s.claims) return this.stop(); // nothing to keep alive (not activated, refused, tampered)
      const left = s.claims.checkInBy * 1000 - this.now(0);
      delay = s.state === 'expired' ? 0 : Math.max(1000, left * (0.5 + 0.3 * this.random()));
    } catch {
      delay = this.backoff(auto);
    }
    this.arm(auto, delay);
  }

  private arm(auto: NonNullable<AllotClient['auto']>, delay: number): void {
    if (this.auto !== auto) return;
    auto.handle = this.timers.setTimeout(() => void this.tick(auto), delay);
  }

  private backoff(auto: NonNullable<AllotClient['auto']>, atLeastMs = 0): number {
    const min = this.options.retry?.minMs ?? 5000;
    const max = this.options.retry?.maxMs ?? 3_600_000;
    const ceiling = Math.min(max, min * 2 ** auto.attempt);
    auto.attempt++;
    // Jitter: somewhere in the upper half, so that many machines offline together do not come back together.
    return Math.max(atLeastMs, Math.max(min, ceiling * (0.5 + 0.5 * this.random())));
  }

  private async tick(auto: NonNullable<AllotClient['auto']>): Promise<void> {
    if (this.auto !== auto || auto.running) return;
    auto.running = true;
    auto.handle = undefined;
    try {
      await this.checkIn();
      auto.attempt = 0;
      auto.running = false;
      await this.planNext();
    } catch (error) {
      auto.running = false;
      if (error instanceof NotActivated || (error instanceof AllotRefusal && !error.retryable)) return this.stop();
      const retryAfter = error instanceof AllotRefusal && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : 0;
      this.arm(auto, this.backoff(auto, retryAfter));
    }
  }

  // ---- plumbing

  private device(): DeviceInfo {
    return this.options.device ?? { name: hostname() || 'unknown', os: `${osType()} ${release()}` };
  }

  /** max(the clock, the highest time seen, floor): the clock set back cannot extend validity. */
  private now(floor: number): number {
    this.seen(Math.max(this.clock(), floor));
    return this.lastSeen;
  }

  private seen(t: number): void {
    if (Number.isFinite(t) && t > this.lastSeen) this.lastSeen = t;
  }

  private async persistLastSeen(saved: SavedState): Promise<void> {
    if (this.lastSeen - Math.max(saved.lastSeen, this.savedLastSeen) < LAST_SEEN_SAVE_MS) return;
    await this.exclusive(async () => {
      const current = await this.loadOwn();
      if (current && current.lastSeen < this.lastSeen) await this.save({ ...current, lastSeen: this.lastSeen });
    });
  }

  private async save(state: SavedState): Promise<void> {
    await this.options.store.save(state);
    this.savedLastSeen = Math.max(this.savedLastSeen, state.lastSeen);
  }

  /** The stored state if it is this server's and this machine's; its lastSeen raises ours. */
  private async loadOwn(): Promise<SavedState | null> {
    const raw = await this.options.store.load();
    if (!isSaved(raw) || raw.serverUrl !== this.serverUrl || raw.fingerprint !== this.options.fingerprint) return null;
    this.seen(raw.lastSeen);
    return raw;
  }

  private peekPolicyVersion(certificate: string): number | undefined {
    try {
      const claims = JSON.parse(Buffer.from(certificate.split('.')[1] ?? '', 'base64url').toString('utf8')) as CertificateClaims;
      return claims.policy?.version;
    } catch {
      return undefined;
    }
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.lock.then(fn, fn);
    this.lock = run.catch(() => undefined);
    return run;
  }

  private changed(status: LicenseStatus): void {
    try {
      this.options.onChange?.(status);
    } catch {
      // an app's listener failing is not the license's business
    }
  }

  private async fetchJwks(): Promise<Jwks> {
    const { body } = await this.request('GET', '/.well-known/jwks.json');
    const keys: unknown = body.keys;
    if (!Array.isArray(keys)) throw new AllotUnreachable('The JWKS answer has no keys.');
    return { keys: keys.filter((k): k is Record<string, unknown> => !!k && typeof k === 'object') };
  }

  private post(path: string, body: unknown) {
    return this.request('POST', path, body);
  }

  private async request(method: 'GET' | 'POST', path: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
    let res: Response;
    try {
      res = await this.fetchImpl(`${this.serverUrl}${path}`, {
        method,
        // no-cache: a JWKS from a cache in the way could lack a key that just rotated in.
        headers: { accept: 'application/json', 'cache-control': 'no-cache', ...(body !== undefined && { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.options.requestTimeoutMs ?? 30_000),
      });
    } catch (error) {
      throw new AllotUnreachable(`Cannot reach ${this.serverUrl}: ${(error as Error).message}`, error);
    }
    let parsed: unknown;
    try {
      parsed = await res.json();
    } catch {
      parsed = undefined;
    }
    const object = parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : undefined;
    if (res.ok) {
      if (!object) throw new AllotUnreachable(`${this.serverUrl}${path} answered ${res.status} without JSON: not an Allot server?`);
      return { status: res.status, body: object };
    }
    const error = object?.error as { code?: unknown; message?: unknown; details?: unknown; requestId?: unknown } | undefined;
    if (!error || typeof error.code !== 'string')
      throw new AllotUnreachable(`${this.serverUrl}${path} answered ${res.status} without an Allot error (a proxy in the way?).`);
    const retryAfter = Number(res.headers.get('retry-after'));
    throw new AllotRefusal(
      error.code,
      typeof error.message === 'string' ? error.message : error.code,
      res.status,
      error.details,
      typeof error.requestId === 'string' ? error.requestId : undefined,
      Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
    );
  }
}
