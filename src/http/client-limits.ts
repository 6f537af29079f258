import { createHash } from 'node:crypto';
import { isIP } from 'node:net';
import { normalizeIP } from '@fastify/rate-limit';
import type { FastifyRequest, onRequestAsyncHookHandler, preHandlerAsyncHookHandler } from 'fastify';
import type { ClientDecision } from '../app/client-types.ts';
import type { Refusal } from '../domain/decisions.ts';
import { AllotError } from '../domain/errors.ts';
import { parseKey } from '../domain/key-format.ts';
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

/** Whether a request can end in a miss: every check-in and deactivation, an activation only with a key that passes its checksum. */
function couldMiss(request: FastifyRequest): boolean {
  const presented = (request.body as { key?: unknown } | undefined)?.key;
  return typeof presented === 'string' ? parseKey(presented).ok : true;
}

/** What a key is counted under: a hash of its canonical form (never the key), or '' for what is not a key. */
function keyTag(request: FastifyRequest): string {
  const presented = (request.body as { key?: unknown } | undefined)?.key;
  const parsed = typeof presented === 'string' ? parseKey(presented) : null;
  return parsed?.ok ? createHash('sha256').update(parsed.canonical).digest('base64url') : '';
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

/** What a client's budgets are counted under: its address, IPv6 per /64. */
export const addressOf = (request: FastifyRequest): string => normalizeIP(clientAddress(request) ?? '', IPV6_SUBNET);

interface Tally {
  /** Misses since windowStartMs. */
  misses: number;
  /** When the first miss of the window happened. */
  windowStartMs: number;
  /** Requests of the address that could still miss: each holds one unit of the budget until it is answered. */
  inFlight: number;
  /** Requests waiting for a unit. */
  waiting: (() => void)[];
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

  /** Holds a unit of the address's budget for one request (waiting for one if need be), or throws RATE_LIMITED. */
  async reserve(address: string): Promise<Tally> {
    for (;;) {
      const t = this.touch(address);
      const spent = this.spent(t);
      if (spent > 0) throw limited('key-guesses', spent);
      if (t.misses + t.inFlight < this.max) {
        t.inFlight++;
        return t;
      }
      // Every unit left is held by a running request (so one will come back): wait for it.
      await new Promise<void>((resolve) => t.waiting.push(resolve));
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
    if (this.spent(t) > 0) for (const wake of t.waiting.splice(0)) wake();
    else t.waiting.shift()?.();
    if (t.misses === 0 && t.inFlight === 0 && t.waiting.length === 0 && this.tallies.get(address) === t) this.tallies.delete(address);
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
    const t = this.tallies.get(address) ?? { misses: 0, windowStartMs: 0, inFlight: 0, waiting: [] };
    this.tallies.delete(address);
    this.tallies.set(address, t);
    if (this.tallies.size > CLIENT_TRACKED_MAX_COUNT) this.tallies.delete(this.tallies.keys().next().value!);
    return t;
  }
}

export interface ClientLimits {
  /** Every device route, before its body is read: the address's request budget, then whether its guess budget is spent. */
  onRequest: onRequestAsyncHookHandler[];
  /** Activation, once the body is valid: the key's budget. */
  preHandler: preHandlerAsyncHookHandler[];
  /**
   * Runs a device request under the address's guess budget: refused with 429 when the budget is
   * spent, queued while the address's running requests hold all of what is left, counted when it misses.
   */
  decide<T>(request: FastifyRequest, run: () => Promise<ClientDecision<T>>): Promise<ClientDecision<T>>;
}

/**
 * The budgets: per address and per key on @fastify/rate-limit's in-memory store, misses on
 * GuessBudget. All per node; a shared store would make them cluster-wide.
 */
export function clientLimits(app: App, options: ClientLimitOptions): ClientLimits {
  const perIp = options.perIpPerMinute > 0 ? app.createRateLimit({ max: options.perIpPerMinute, timeWindow: MINUTE_MS, keyGenerator: addressOf }) : null;
  const guesses = options.keyGuessesPerIp > 0 ? new GuessBudget(options.keyGuessesPerIp, GUESS_WINDOW_MS) : null;
  const perKey =
    options.activationsPerKeyPerMinute > 0
      ? app.createRateLimit({
          max: options.activationsPerKeyPerMinute,
          timeWindow: MINUTE_MS,
          keyGenerator: keyTag,
          allowList: (_req, tag) => tag === '',
        })
      : null;

  const onRequest: onRequestAsyncHookHandler[] = [];
  if (perIp || guesses)
    onRequest.push(async (request) => {
      const spent = perIp ? await perIp(request) : null;
      if (spent && !spent.isAllowed && spent.isExceeded) throw limited('ip', spent.ttl);
      // Only a look: a request spends the guess budget when it misses, not when it is made.
      const locked = guesses ? guesses.spentFor(addressOf(request)) : 0;
      if (locked > 0) throw limited('key-guesses', locked);
    });

  const preHandler: preHandlerAsyncHookHandler[] = [];
  if (perKey)
    preHandler.push(async (request) => {
      const spent = await perKey(request);
      if (!spent.isAllowed && spent.isExceeded) throw limited('key', spent.ttl);
    });

  return {
    onRequest,
    preHandler,
    async decide(request, run) {
      if (!guesses || !couldMiss(request)) return run();
      const address = addressOf(request);
      const tally = await guesses.reserve(address);
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
