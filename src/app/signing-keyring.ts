import { record } from './audit.ts';
import type { AppDeps, Caller } from './context.ts';
import { requireOperator } from './access.ts';
import type { SigningKeyRecord } from '../domain/records.ts';
import { iso } from './views/common.ts';
import type { JwksView } from './views/system.ts';
import { SIGNING_KEY_REFRESH_MS } from '../domain/limits.ts';


/**
 * The server's certificate signing keys. The newest key that is not retired signs; keys
 * rotated out stay published in the JWKS until every certificate they signed has expired.
 * Each node re-reads its signing key every 30 s, so a rotation on one node reaches the others.
 */
export class SigningKeyring {
  private cache: { at: number; keys: SigningKeyRecord[] } | null = null;
  private privatePems = new Map<string, string>();

  constructor(private readonly deps: Pick<AppDeps, 'store' | 'vault' | 'signer' | 'clock' | 'ids' | 'config'>) {}

  private async keys(): Promise<SigningKeyRecord[]> {
    const now = this.deps.clock.now();
    if (!this.cache || now - this.cache.at > SIGNING_KEY_REFRESH_MS) {
      const keys = await this.deps.store.read((tx) => tx.signingKeys.list());
      this.cache = { at: now, keys };
    }
    return this.cache.keys;
  }

  /** Creates the first signing key if there is none (first start). */
  async ensure(): Promise<void> {
    if ((await this.keys()).some((k) => k.retiredAt === null)) return;
    const generated = await this.deps.signer.generate();
    await this.deps.store.write(async (tx) => {
      if ((await tx.signingKeys.list()).some((k) => k.retiredAt === null)) return;
      await tx.signingKeys.insert({
        kid: generated.kid,
        publicJwk: generated.publicJwk,
        privateCipher: this.deps.vault.encrypt(generated.privatePem),
        createdAt: this.deps.clock.now(),
        retiredAt: null,
      });
    });
    this.cache = null;
  }

  async current(): Promise<{ kid: string; privatePem: string }> {
    let active = (await this.keys()).find((k) => k.retiredAt === null);
    if (!active) {
      await this.ensure();
      active = (await this.keys()).find((k) => k.retiredAt === null);
      if (!active) throw new Error('No signing key is available.');
    }
    let pem = this.privatePems.get(active.kid);
    if (!pem) {
      pem = this.deps.vault.decrypt(active.privateCipher);
      this.privatePems.set(active.kid, pem);
    }
    return { kid: active.kid, privatePem: pem };
  }

  /**
   * Read fresh, never from the cache: a key that any node may sign with must be published by
   * every node. A rotated-out key may still sign on nodes whose cache is stale (for up to
   * SIGNING_KEY_REFRESH_MS), so it stays published that much longer than the longest certificate life.
   */
  async jwks(): Promise<JwksView> {
    const now = this.deps.clock.now();
    const keys = await this.deps.store.read((tx) => tx.signingKeys.list());
    const published = keys.filter((k) => k.retiredAt === null || k.retiredAt + SIGNING_KEY_REFRESH_MS + this.deps.config.retiredKeyPublishMs > now);
    return { keys: published.map((k) => k.publicJwk) };
  }

  async rotate(caller: Caller): Promise<{ kid: string; createdAt: string; retired: string[] }> {
    requireOperator(caller.actor);
    const generated = await this.deps.signer.generate();
    const now = this.deps.clock.now();
    const retired = await this.deps.store.write(async (tx) => {
      const before = (await tx.signingKeys.list()).filter((k) => k.retiredAt === null).map((k) => k.kid);
      await tx.signingKeys.insert({
        kid: generated.kid,
        publicJwk: generated.publicJwk,
        privateCipher: this.deps.vault.encrypt(generated.privatePem),
        createdAt: now,
        retiredAt: null,
      });
      await tx.signingKeys.retireAllExcept(generated.kid, now);
      await record(tx, this.deps.ids, caller, now, {
        action: 'signing_key.rotated',
        target: { type: 'signing_key', id: generated.kid },
        accountId: null,
        before: { kids: before },
        after: { kid: generated.kid },
      });
      return before;
    });
    this.cache = null;
    return { kid: generated.kid, createdAt: iso(now), retired };
  }
}
