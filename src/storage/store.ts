import { sql, type Kysely } from 'kysely';
import type { Store, Tx } from '../app/ports.ts';
import type { DialectCapabilities } from './dialect.ts';
import type { Database } from './schema.ts';
import { accountRepo } from './repositories/accounts.ts';
import { activationRepo } from './repositories/activations.ts';
import { blacklistRepo } from './repositories/blacklist.ts';
import { eventRepo } from './repositories/events.ts';
import { keyRepo } from './repositories/keys.ts';
import { invitationRepo } from './repositories/invitations.ts';
import { leaseRepo } from './repositories/leases.ts';
import { grantRepo, memberLinkRepo, memberRepo, sessionRepo, throttleRepo } from './repositories/members.ts';
import { outboxRepo } from './repositories/outbox.ts';
import { productRepo } from './repositories/products.ts';
import { seatLedger } from './repositories/seat-ledger.ts';
import { settingRepo } from './repositories/settings.ts';
import { signingKeyRepo } from './repositories/signing-keys.ts';
import { subscriptionRepo } from './repositories/subscriptions.ts';
import { tokenRepo } from './repositories/tokens.ts';

/** How many times a transaction is run again after a deadlock, a serialization failure or a busy database. */
const MAX_ATTEMPTS = 5;

function bind(db: Kysely<Database>, caps: DialectCapabilities, hooks: (() => void)[]): Tx {
  return {
    settings: settingRepo(db),
    products: productRepo(db),
    accounts: accountRepo(db),
    subscriptions: subscriptionRepo(db, caps),
    keys: keyRepo(db),
    activations: activationRepo(db, caps),
    blacklist: blacklistRepo(db),
    tokens: tokenRepo(db),
    events: eventRepo(db, caps),
    signingKeys: signingKeyRepo(db),
    seats: seatLedger(db),
    leases: leaseRepo(db),
    invitations: invitationRepo(db, caps),
    outbox: outboxRepo(db, caps),
    members: memberRepo(db),
    grants: grantRepo(db),
    sessions: sessionRepo(db),
    memberLinks: memberLinkRepo(db),
    throttle: throttleRepo(db),
    afterCommit: (fn) => hooks.push(fn),
  };
}

export class KyselyStore implements Store {
  constructor(
    readonly db: Kysely<Database>,
    readonly caps: DialectCapabilities,
  ) {}

  async write<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.once(fn);
      } catch (error) {
        if (attempt >= MAX_ATTEMPTS || !this.caps.isTransient(error)) throw error;
        await new Promise((r) => setTimeout(r, Math.random() * 10 * attempt));
      }
    }
  }

  private async once<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    const hooks: (() => void)[] = [];
    const result = await this.db.connection().execute(async (conn) => {
      await sql.raw(this.caps.beginWrite).execute(conn);
      try {
        const value = await fn(bind(conn, this.caps, hooks));
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

  async read<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return fn(bind(this.db, this.caps, []));
  }

  async ping(): Promise<void> {
    await sql`select 1`.execute(this.db);
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}
