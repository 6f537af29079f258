import { sql, type Kysely } from 'kysely';
import type { Batchable, Store, Tx } from '../app/ports/store.ts';
import type { WebhookRepo } from '../app/ports/repositories.ts';
import type { DialectCapabilities } from './dialect.ts';
import type { Database } from './schema.ts';
import { accountRepo } from './repositories/accounts.ts';
import { activationRepo } from './repositories/activations.ts';
import { blacklistRepo } from './repositories/blacklist.ts';
import { eventRepo } from './repositories/events.ts';
import { keyRepo } from './repositories/keys.ts';
import { invitationRepo } from './repositories/invitations.ts';
import { leaseRepo } from './repositories/leases.ts';
import { grantRepo, memberLinkRepo, memberRepo, resetRequestRepo, sessionRepo, throttleRepo } from './repositories/members.ts';
import { outboxRepo } from './repositories/outbox.ts';
import { productRepo } from './repositories/products.ts';
import { seatLedger } from './repositories/seat-ledger.ts';
import { settingRepo } from './repositories/settings.ts';
import { ssoConnectionRepo, ssoRequestRepo, ssoUserRepo } from './repositories/sso.ts';
import { scimGroupRepo, scimTokenRepo } from './repositories/scim.ts';
import { signingKeyRepo } from './repositories/signing-keys.ts';
import { subscriptionRepo } from './repositories/subscriptions.ts';
import { tokenRepo } from './repositories/tokens.ts';
import { domainRepo } from './repositories/domains.ts';
import { goldenImageRepo } from './repositories/golden-images.ts';
import { deviceBatchRepo } from './repositories/device-batches.ts';
import { operatorMemberRepo, operatorReadRepo, operatorSessionRepo } from './repositories/operators.ts';
import { webhookRepo } from './repositories/webhooks.ts';
import { PIPELINED_SHARED_WRITE_MAX_COUNT, SHARED_WRITE_MAX_COUNT, TRANSACTION_MAX_ATTEMPTS_COUNT } from '../domain/limits.ts';


/** The webhook repository, which announces after commit that its fan-out queued messages. */
function notifying(repo: WebhookRepo, hooks: (() => void)[], notify: () => void): WebhookRepo {
  return {
    ...repo,
    async fanOut(events, at) {
      const n = await repo.fanOut(events, at);
      if (n > 0) hooks.push(notify);
      return n;
    },
  };
}

function bind(db: Kysely<Database>, caps: DialectCapabilities, hooks: (() => void)[], notify: () => void = () => undefined): Tx {
  return {
    settings: settingRepo(db),
    products: productRepo(db, caps),
    accounts: accountRepo(db, caps),
    subscriptions: subscriptionRepo(db, caps),
    keys: keyRepo(db, caps),
    activations: activationRepo(db, caps),
    blacklist: blacklistRepo(db, caps),
    tokens: tokenRepo(db),
    events: eventRepo(db, caps),
    signingKeys: signingKeyRepo(db),
    seats: seatLedger(db, caps),
    leases: leaseRepo(db),
    invitations: invitationRepo(db, caps),
    outbox: outboxRepo(db, caps),
    members: memberRepo(db),
    grants: grantRepo(db),
    sessions: sessionRepo(db),
    memberLinks: memberLinkRepo(db),
    throttle: throttleRepo(db, caps),
    resetRequests: resetRequestRepo(db),
    ssoConnections: ssoConnectionRepo(db),
    ssoUsers: ssoUserRepo(db, caps),
    ssoRequests: ssoRequestRepo(db),
    scimTokens: scimTokenRepo(db),
    scimGroups: scimGroupRepo(db),
    domains: domainRepo(db),
    goldenImages: goldenImageRepo(db, caps),
    deviceBatches: deviceBatchRepo(db, caps),
    operators: operatorMemberRepo(db, caps),
    operatorSessions: operatorSessionRepo(db),
    operatorReads: operatorReadRepo(db, caps),
    webhooks: notifying(webhookRepo(db, caps), hooks, notify),
    afterCommit: (fn) => hooks.push(fn),
  };
}

const SAVEPOINT = 'shared_write';
const RELEASE = `RELEASE SAVEPOINT ${SAVEPOINT}`;

interface Queued {
  fn: (tx: Tx) => Promise<unknown>;
  /** Set for a write that may be decided with its neighbours of the same kind (`fn` is `kind.one`). */
  batch?: { kind: Batchable<unknown, unknown>; item: unknown };
  resolve(value: unknown): void;
  reject(error: unknown): void;
}

/** What to send after a write, before the next: release its savepoint, or undo it first. */
const closing = (o: Outcome): string[] => ('ok' in o && o.ok ? [RELEASE] : [`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`, RELEASE]);

type Outcome = { ok: true; value: unknown; hooks: (() => void)[] } | { ok: false; error: unknown } | { retry: true };

/** One queue of shared writes, and whether its transaction is being scheduled or run. */
interface Lane {
  queue: Queued[];
  draining: boolean;
  scheduled: boolean;
}

/** FNV-1a: which lane a write's hint goes to (stable, cheap, well spread). */
function laneOf(hint: string, lanes: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < hint.length; i++) h = Math.imul(h ^ hint.charCodeAt(i), 0x01000193);
  return (h >>> 0) % lanes;
}

/** What group commit reports as it goes (boot/metrics.ts counts it): a plain interface, storage knows no metrics library. */
export interface StoreObserver {
  /** A shared transaction was run, carrying `writes` writes (whatever became of them). */
  sharedTransaction(writes: number): void;
  /** `kind.many` decided `writes` writes together, in one savepoint. */
  batch(writes: number): void;
}

export class KyselyStore implements Store {
  private readonly lanes: Lane[];
  /** How well group commit groups: writes that asked to share, and the transactions they took. */
  readonly stats = { sharedWrites: 0, sharedTransactions: 0, batchedWrites: 0, batches: 0, batchesAbandoned: 0 };
  /** Told of every shared transaction and batch; none by default. */
  observer: StoreObserver | null = null;
  /** Called after a commit whose audit events queued webhook messages (boot wires it to `Signals.webhooksQueued`). */
  onWebhooksQueued: () => void = () => undefined;
  private readonly notifyWebhooks = () => this.onWebhooksQueued();

  /**
   * `lanes`: how many shared transactions may run at once. SQLite has one writer, so one; on
   * PostgreSQL each lane holds a connection of the pool while it runs, and writes with the same
   * hint always take the same lane.
   */
  constructor(
    readonly db: Kysely<Database>,
    readonly caps: DialectCapabilities,
    lanes = 1,
    /** Whether `writeBatched` decides runs of writes together (off: each alone, the reference behaviour). */
    private readonly batching = true,
  ) {
    this.lanes = Array.from({ length: caps.supportsRowLocks ? Math.max(1, lanes) : 1 }, () => ({ queue: [], draining: false, scheduled: false }));
  }

  /**
   * Group commit: writes that arrive while a commit is under way share the next transaction,
   * so many pay for one durable commit. Each runs in a savepoint of its own, in arrival order,
   * and sees exactly what it would alone after the ones before it: a write that fails is rolled
   * back to its savepoint and fails alone. Every write is answered after the commit only.
   * Writes with the same `hint` share a lane, so they stay in arrival order and, when they lock
   * the same rows, wait for nothing but their own lane.
   */
  writeShared<T>(fn: (tx: Tx) => Promise<T>, hint?: string): Promise<T> {
    return this.enqueue(fn, undefined, hint);
  }

  /**
   * As `writeShared`, and a run of such writes of one kind in a shared transaction is offered to
   * `kind.many` in one savepoint: a few statements for the run instead of a few per write. What
   * `many` leaves undecided runs alone with `kind.one`, in its place in the order.
   */
  writeBatched<I, O>(kind: Batchable<I, O>, item: I, hint?: string): Promise<O> {
    const batch = this.batching ? { kind: kind as Batchable<unknown, unknown>, item } : undefined;
    return this.enqueue((tx) => kind.one(tx, item), batch, hint);
  }

  /** Shared writes waiting for a transaction (not counting those in the ones running): the writer's queue. */
  queuedWrites(): number {
    let n = 0;
    for (const lane of this.lanes) n += lane.queue.length;
    return n;
  }

  private enqueue<T>(fn: (tx: Tx) => Promise<T>, batch: Queued['batch'], hint: string | undefined): Promise<T> {
    const lane = this.lanes[hint === undefined || this.lanes.length === 1 ? 0 : laneOf(hint, this.lanes.length)]!;
    return new Promise<T>((resolve, reject) => {
      lane.queue.push({ fn, batch, resolve: resolve as (v: unknown) => void, reject });
      this.schedule(lane);
    });
  }

  /**
   * Starts the lane's next shared transaction once the requests already read from the network
   * have queued their writes: better-sqlite3 runs a whole transaction without yielding to the
   * event loop, so starting at once would always find a queue of one.
   */
  private schedule(lane: Lane): void {
    if (lane.scheduled || lane.draining) return;
    lane.scheduled = true;
    setImmediate(() => {
      lane.scheduled = false;
      void this.drain(lane);
    });
  }

  private async drain(lane: Lane): Promise<void> {
    lane.draining = true;
    let answer = () => {};
    try {
      answer = await this.runBatch(lane.queue.splice(0, this.caps.pipelinedCommits ? PIPELINED_SHARED_WRITE_MAX_COUNT : SHARED_WRITE_MAX_COUNT));
    } finally {
      lane.draining = false;
      // Where a transaction is round trips to a server, the next one starts before this one's
      // writes are answered: answering them (certificates signed, sockets written) then overlaps
      // its round trips instead of following them.
      if (lane.queue.length > 0) {
        if (this.caps.pipelinedCommits) void this.drain(lane);
        else this.schedule(lane);
      }
      answer();
    }
  }

  /** Runs a shared transaction; what it returns answers its writes (once the caller is ready to). */
  private async runBatch(batch: Queued[]): Promise<() => void> {
    const outcomes: Outcome[] = [];
    this.stats.sharedWrites += batch.length;
    this.stats.sharedTransactions++;
    this.observer?.sharedTransaction(batch.length);
    try {
      await this.db.connection().execute(async (conn) => {
        // What closes one write is sent with what opens the next: one round trip (PostgreSQL).
        let pending = [this.caps.beginWrite];
        try {
          while (outcomes.length < batch.length) {
            const run = this.runOfOneKind(batch, outcomes.length);
            if (run.length > 1) {
              const decided = await this.runMany(conn, run, pending);
              outcomes.push(...decided.outcomes);
              pending = decided.pending;
              if (decided.transient) break;
              if (decided.outcomes.length > 0) continue;
            }
            const outcome = await this.runItem(conn, batch[outcomes.length]!, pending);
            outcomes.push(outcome);
            pending = closing(outcome);
            if ('retry' in outcome) break;
          }
          // A deadlock (or a serialization failure) ends the shared transaction early: the locks
          // its earlier writes hold (a check-in's activation row, say) may be what the other side
          // of the cycle waits for, so going on would meet the same cycle again, write after
          // write. What is done commits; the rest runs again, each write on its own.
          while (outcomes.length < batch.length) outcomes.push({ retry: true });
          await this.statements(conn, [...pending, 'COMMIT']);
        } catch (error) {
          await sql.raw('ROLLBACK').execute(conn).catch(() => undefined);
          throw error;
        }
      });
    } catch {
      // The shared transaction itself failed (its commit, a lost connection): nothing of it
      // stands, so each write runs again on its own, with the usual retries.
      return () => {
        for (const item of batch) this.write(item.fn).then(item.resolve, item.reject);
      };
    }
    return () =>
      batch.forEach((item, i) => {
        const outcome = outcomes[i]!;
        if ('retry' in outcome) this.write(item.fn).then(item.resolve, item.reject);
        else if (outcome.ok) {
          for (const hook of outcome.hooks) hook();
          item.resolve(outcome.value);
        } else item.reject(outcome.error);
      });
  }

  /** The writes from `start` on that `many` of one kind may decide together (none for a plain write). */
  private runOfOneKind(batch: Queued[], start: number): Queued[] {
    const kind = batch[start]!.batch?.kind;
    if (!kind) return [];
    let end = start + 1;
    while (end < batch.length && batch[end]!.batch?.kind === kind) end++;
    return batch.slice(start, end);
  }

  /**
   * A run of writes of one kind, decided by `many` in one savepoint: the outcomes of the prefix
   * it decided, and what to send before the next write. When `many` fails, nothing of it stands
   * and it has decided nothing: the writes then run one at a time.
   */
  private async runMany(conn: Kysely<Database>, run: Queued[], before: string[]): Promise<{ outcomes: Outcome[]; pending: string[]; transient?: boolean }> {
    const hooks: (() => void)[] = [];
    const kind = run[0]!.batch!.kind;
    await this.statements(conn, [...before, `SAVEPOINT ${SAVEPOINT}`]);
    try {
      const values = await kind.many(bind(conn, this.caps, hooks, this.notifyWebhooks), run.map((q) => q.batch!.item));
      this.stats.batchedWrites += values.length;
      if (values.length > 0) {
        this.stats.batches++;
        this.observer?.batch(values.length);
      }
      // The run's commit hooks go with its first write's answer: they run before any is answered.
      return { outcomes: values.map((value, i) => ({ ok: true, value, hooks: i === 0 ? hooks : [] })), pending: [RELEASE] };
    } catch (error) {
      this.stats.batchesAbandoned++;
      return { outcomes: [], pending: [`ROLLBACK TO SAVEPOINT ${SAVEPOINT}`, RELEASE], transient: this.caps.isTransient(error) };
    }
  }

  /**
   * One write of a shared transaction, in a savepoint of its own. `before` is what the previous
   * write left to send (closing its savepoint, or the BEGIN); the caller sends what this one
   * leaves (release, or roll back and release) with whatever comes next.
   */
  private async runItem(conn: Kysely<Database>, item: Queued, before: string[]): Promise<Outcome> {
    const hooks: (() => void)[] = [];
    await this.statements(conn, [...before, `SAVEPOINT ${SAVEPOINT}`]);
    try {
      return { ok: true, value: await item.fn(bind(conn, this.caps, hooks, this.notifyWebhooks)), hooks };
    } catch (error) {
      // A deadlock or a serialization failure is no answer: the write runs again on its own.
      return this.caps.isTransient(error) ? { retry: true } : { ok: false, error };
    }
  }

  /** Statements without parameters: one round trip where the dialect takes several at once. */
  private async statements(conn: Kysely<Database>, list: string[]): Promise<void> {
    if (this.caps.multipleStatements) await sql.raw(list.join('; ')).execute(conn);
    else for (const statement of list) await sql.raw(statement).execute(conn);
  }

  async write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn);
      } catch (error) {
        if (attempt >= TRANSACTION_MAX_ATTEMPTS_COUNT || !this.caps.isTransient(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    }
  }

  private async once<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const hooks: (() => void)[] = [];
    const result = await this.db.connection().execute(async (conn) => {
      await sql.raw(this.caps.beginWrite).execute(conn);
      try {
        const value = await fn(bind(conn, this.caps, hooks, this.notifyWebhooks));
        await sql.raw('COMMIT').execute(conn);
        return value;
      } catch (error) {
        await sql.raw('ROLLBACK').execute(conn).catch(() => undefined);
        throw error;
      }
    });
    for (const hook of hooks) hook();
    return result;
  }

  /** One read transaction: its queries see one committed state, and nothing it does is kept. */
  async read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.db.connection().execute(async (conn) => {
      await sql.raw(this.caps.beginRead).execute(conn);
      try {
        return await fn(bind(conn, this.caps, []));
      } finally {
        await sql.raw('ROLLBACK').execute(conn).catch(() => undefined);
      }
    });
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
