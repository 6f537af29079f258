import { hash } from 'node:crypto';
import { isIP } from 'node:net';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest, onRequestHookHandler, preHandlerHookHandler } from 'fastify';
import type { ClientDecision } from '../app/client-types.ts';
import type { Refusal } from '../domain/decisions.ts';
import { AllotError } from '../domain/errors.ts';
import { parseKey, type ParsedKey } from '../domain/key-format.ts';
import type { App } from './types.ts';
import { CLIENT_TRACKED_MAX_COUNT, GUESS_WINDOW_MS } from '../domain/limits.ts';
import { MINUTE_MS } from '../domain/time.ts';

/** Which budget a 429 of the device API ran out of (`details.limit`). */
export type ClientLimit = 'ip' | 'key-guesses' | 'key';

/** The device API's budgets (docs/security.md). 0 turns one off. Counted per node, in memory. */
export interface ClientLimitOptions {
  /** Requests per client address and minute, to any device route. */
  perIpPerMinute: number;
  /** Misses per client address in GUESS_WINDOW_MS; once spent, every device route answers 429 until the window ends. */
  keyGuessesPerIp: number;
  /** Activation attempts per license key (or invitation code) and minute, from any address. */
  activationsPerKeyPerMinute: number;
}

/** IPv6 clients are counted per /64 (what one subscriber usually gets), IPv4 per address. */
const IPV6_SUBNET = 64;
/** Addresses (or keys) the request and per-key budgets remember each, least recently seen forgotten first (docs/security.md). */
const WINDOWS_TRACKED_MAX_COUNT = 5000;
/** IPv6 addresses whose /64 is remembered; the memo is emptied when full. */
const SUBNETS_MEMO_MAX_COUNT = 10_000;

declare module 'fastify' {
  interface FastifyRequest {
    /** What this device request's budgets are counted under (addressOf), once the onRequest hook has worked it out. */
    budgetAddress: string | null;
    /** The activation's key as parsed by the key budget's hook, so that it is parsed once. */
    presentedKey: ParsedKey | null;
  }
}

const MESSAGES: Record<ClientLimit, string> = {
  ip: 'Too many requests from your address.',
  'key-guesses': 'Too many unknown keys, activations or fingerprints from your address.',
  key: 'Too many activations with this key.',
};

function limited(limit: ClientLimit, ttlMs: number): AllotError {
  const retryAfterSeconds = Math.max(1, Math.ceil(ttlMs / 1000));
  return new AllotError('RATE_LIMITED', `${MESSAGES[limit]} Retry after ${retryAfterSeconds} s.`, { limit, retryAfterSeconds });
}

/**
 * A refusal that could be a guess: a key that passed its checksum but is not there, an
 * activation id that is not there (one that has ended is not a guess), a fingerprint that does not match. A key the checksum refused
 * is a typo, not a guess (anyone guessing computes the public checksum first), and never
 * reaches the database: it does not count, so a room of people typing keys cannot lock
 * themselves out.
 */
export function isMiss(refusal: Refusal): boolean {
  if (refusal.code === 'KEY_NOT_FOUND') return refusal.details?.reason !== 'checksum' && refusal.details?.reason !== 'format';
  // An activation that exists but has ended (deactivated, released) is a device that was told to stop, not a guess.
  if (refusal.code === 'ACTIVATION_NOT_FOUND') return refusal.details?.reason !== 'ended';
  return refusal.code === 'FINGERPRINT_MISMATCH';
}

/** The key a request presents, parsed (once: the key budget's hook keeps it), or null when it sends none. */
function presentedKey(request: FastifyRequest): ParsedKey | null {
  if (request.presentedKey) return request.presentedKey;
  const presented = (request.body as { key?: unknown } | undefined)?.key;
  return typeof presented === 'string' ? parseKey(presented) : null;
}

/**
 * The client's address: the socket's peer or, with ALLOT_TRUST_PROXY, the client X-Forwarded-For
 * names. A forwarded value that is no IP address (`unknown`, `evil<script>`, `1.2.3.4.5`: a
 * proxy passing on what a client wrote) gives way to the socket's peer: it is never stored nor
 * counted under. Null only when the connection has already gone.
 */
export function clientAddress(request: FastifyRequest): string | null {
  const forwarded = request.ip;
  if (typeof forwarded === 'string' && isIP(forwarded) !== 0) return forwarded;
  return request.socket?.remoteAddress ?? null;
}

const subnets = new Map<string, string>();

/** What a client's budgets are counted under: its IPv4 address, or its IPv6 address's /64 (worked out once per address: it takes two parses). */
export function addressOf(request: FastifyRequest): string {
  const address = clientAddress(request) ?? '';
  if (!address.includes(':')) return address;
  let subnet = subnets.get(address);
  if (subnet === undefined) {
    subnet = normalizeIP(address, IPV6_SUBNET);
    if (subnets.size >= SUBNETS_MEMO_MAX_COUNT) subnets.clear();
    subnets.set(address, subnet);
  }
  return subnet;
}

interface FixedWindow {
  count: number;
  startMs: number;
}

/**
 * Requests per name (an address, a key's hash) in fixed windows that start at a name's first
 * request: @fastify/rate-limit's local store, counted in place (no promise, no result object
 * per request). The most recently seen `capacity` names are remembered.
 */
class RequestBudget {
  private readonly windows = new Map<string, FixedWindow>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly capacity: number,
  ) {}

  /** Counts a request: 0 while within the budget, else the milliseconds until its window ends. */
  spend(name: string): number {
    const now = Date.now();
    let w = this.windows.get(name);
    if (w === undefined) {
      w = { count: 0, startMs: now };
      if (this.windows.size >= this.capacity) this.windows.delete(this.windows.keys().next().value!);
    } else {
      // Made the most recently seen (a Map keeps insertion order).
      this.windows.delete(name);
      if (now >= w.startMs + this.windowMs) {
        w.count = 0;
        w.startMs = now;
      }
    }
    this.windows.set(name, w);
    return ++w.count > this.max ? w.startMs + this.windowMs - now : 0;
  }
}

interface Tally {
  /** Misses since windowStartMs. */
  misses: number;
  /** When the first miss of the window happened. */
  windowStartMs: number;
  /** Requests of the address that could still miss: each holds one unit of the budget until it is answered. */
  inFlight: number;
  /** Requests waiting for a unit (null while none has waited). */
  waiting: (() => void)[] | null;
}

/**
 * Misses per address in a fixed window that starts at the first miss. A request that could miss
 * holds a unit of the budget while it runs; when every unit left is held, the address's next
 * such request waits for one to come back. So however many requests an address sends at once,
 * it never gets more than `max` misses in a window (a counter checked before each request and
 * counted after it would let a whole burst through before the first of them had missed), while
 * a busy address that does not miss is only queued, never refused: with at most `max` of its
 * requests running at a time, which is more than the database serves at once anyway.
 */
class GuessBudget {
  private readonly tallies = new Map<string, Tally>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds until the address may try again when its misses are spent, else 0. */
  spentFor(address: string): number {
    const t = this.tallies.get(address);
    return t ? this.spent(t) : 0;
  }

  /** Holds a unit of the address's budget for one request, or null when every unit left is held; throws RATE_LIMITED when it is spent. */
  take(address: string): Tally | null {
    const t = this.touch(address);
    const spent = this.spent(t);
    if (spent > 0) throw limited('key-guesses', spent);
    if (t.misses + t.inFlight >= this.max) return null;
    t.inFlight++;
    return t;
  }

  /** Holds a unit of the address's budget for one request (waiting for one if need be), or throws RATE_LIMITED. */
  async reserve(address: string): Promise<Tally> {
    for (;;) {
      const t = this.take(address);
      if (t) return t;
      // Every unit left is held by a running request (so one will come back): wait for it.
      const held = this.tallies.get(address)!;
      await new Promise<void>((resolve) => (held.waiting ??= []).push(resolve));
    }
  }

  /** Gives the unit back, spent if the request missed, and wakes who can go on. */
  release(address: string, t: Tally, missed: boolean): void {
    t.inFlight = Math.max(0, t.inFlight - 1);
    if (missed) {
      // Forgotten meanwhile (more than CLIENT_TRACKED_MAX_COUNT addresses): the miss still counts.
      const current = this.tallies.get(address) === t ? t : this.touch(address);
      this.expire(current);
      if (current.misses === 0) current.windowStartMs = this.now();
      current.misses++;
    }
    // Spent: every waiter learns it now. Else a unit came back (or a miss took it): the first waiter looks.
    if (t.waiting !== null && t.waiting.length > 0) {
      if (this.spent(t) > 0) for (const wake of t.waiting.splice(0)) wake();
      else t.waiting.shift()!();
    }
    if (t.misses === 0 && t.inFlight === 0 && (t.waiting === null || t.waiting.length === 0) && this.tallies.get(address) === t) this.tallies.delete(address);
  }

  private spent(t: Tally): number {
    this.expire(t);
    return t.misses >= this.max ? Math.max(1, t.windowStartMs + this.windowMs - this.now()) : 0;
  }

  private expire(t: Tally): void {
    if (t.misses > 0 && this.now() >= t.windowStartMs + this.windowMs) t.misses = 0;
  }

  /** The address's tally, made the most recently seen (a Map keeps insertion order). */
  private touch(address: string): Tally {
    const t = this.tallies.get(address) ?? { misses: 0, windowStartMs: 0, inFlight: 0, waiting: null };
    this.tallies.delete(address);
    this.tallies.set(address, t);
    if (this.tallies.size > CLIENT_TRACKED_MAX_COUNT) this.tallies.delete(this.tallies.keys().next().value!);
    return t;
  }
}

export interface ClientLimits {
  /** Every device route, before its body is read: one hook, the address's request budget, then whether its guess budget is spent. */
  onRequest: onRequestHookHandler[];
  /** Activation, once the body is valid: one hook, the key's budget. */
  preHandler: preHandlerHookHandler[];
  /**
   * Runs a device request under the address's guess budget: refused with 429 when the budget is
   * spent, queued while the address's running requests hold all of what is left, counted when it misses.
   */
  decide<T>(request: FastifyRequest, run: () => Promise<ClientDecision<T>>): Promise<ClientDecision<T>>;
}

/**
 * The budgets: per address and per key on RequestBudget, misses on GuessBudget. All per node,
 * in memory; a shared store would make them cluster-wide. The hooks are synchronous (no promise
 * per request) and the address is worked out once per request.
 */
export function clientLimits(app: App, options: ClientLimitOptions): ClientLimits {
  const perIp = options.perIpPerMinute > 0 ? new RequestBudget(options.perIpPerMinute, MINUTE_MS, WINDOWS_TRACKED_MAX_COUNT) : null;
  const guesses = options.keyGuessesPerIp > 0 ? new GuessBudget(options.keyGuessesPerIp, GUESS_WINDOW_MS) : null;
  const perKey = options.activationsPerKeyPerMinute > 0 ? new RequestBudget(options.activationsPerKeyPerMinute, MINUTE_MS, WINDOWS_TRACKED_MAX_COUNT) : null;
  if ((perIp || guesses || perKey) && !app.hasRequestDecorator('budgetAddress')) {
    app.decorateRequest('budgetAddress', null);
    app.decorateRequest('presentedKey', null);
  }

  const onRequest: onRequestHookHandler[] = [];
  if (perIp || guesses)
    onRequest.push(function deviceBudgets(request, _reply, done) {
      const address = addressOf(request);
      request.budgetAddress = address;
      const ipWaitMs = perIp ? perIp.spend(address) : 0;
      if (ipWaitMs > 0) return done(limited('ip', ipWaitMs));
      // Only a look: a request spends the guess budget when it misses, not when it is made.
      const lockedMs = guesses ? guesses.spentFor(address) : 0;
      if (lockedMs > 0) return done(limited('key-guesses', lockedMs));
      done();
    });

  const preHandler: preHandlerHookHandler[] = [];
  if (perKey)
    preHandler.push(function keyBudget(request, _reply, done) {
      const parsed = presentedKey(request);
      request.presentedKey = parsed;
      // Counted under a hash of the key's canonical form, never the key; what is not a key is not counted.
      const waitMs = parsed?.ok ? perKey.spend(hash('sha256', parsed.canonical, 'base64url')) : 0;
      if (waitMs > 0) return done(limited('key', waitMs));
      done();
    });

  return {
    onRequest,
    preHandler,
    async decide(request, run) {
      // Every check-in and deactivation can miss; an activation only with a key that passes its checksum.
      if (!guesses || presentedKey(request)?.ok === false) return run();
      const address = request.budgetAddress ?? addressOf(request);
      const tally = guesses.take(address) ?? (await guesses.reserve(address));
      let missed = false;
      try {
        const decision = await run();
        missed = !decision.granted && isMiss(decision.refusal);
        return decision;
      } finally {
        guesses.release(address, tally, missed);
      }
    },
  };
}
