/**
 * Group commit (KyselyStore.writeShared): concurrent writes share one transaction, each in a
 * savepoint of its own. Each must behave exactly as if it had run alone, in arrival order:
 * its own result or error, its changes all or nothing, its after-commit hooks only if it stood.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Tx } from '../../src/app/ports/store.ts';
import type { KyselyStore } from '../../src/storage/store.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const product = (n: number) => ({ id: `p-${n}`, code: `code-${n}`, name: `Product ${n}`, downloadUrl: null, createdAt: 0 });

describe.each(dialects())('group commit on %s', (dialect) => {
  let server: TestServer;
  beforeEach(async () => {
    server = await startTestServer(dialect);
  });
  afterEach(() => server.close());

  const store = () => server.runtime.services.deps.store as KyselyStore;
  const codes = async () => (await store().read((tx) => tx.products.list())).map((p) => p.code).sort();

  it('shares transactions among concurrent writes, each all or nothing with its own answer', async () => {
    const before = { ...store().stats };
    const hooks: number[] = [];
    const attempts = Array.from({ length: 60 }, (_, n) =>
      store().writeShared(async (tx: Tx) => {
        await tx.products.insert(product(n));
        tx.afterCommit(() => hooks.push(n));
        if (n % 7 === 3) throw new Error(`refused ${n}`);
        return n;
      }),
    );
    const settled = await Promise.allSettled(attempts);
    const refused = settled.flatMap((s, n) => (s.status === 'rejected' ? [n] : []));
    expect(refused).toEqual(Array.from({ length: 60 }, (_, n) => n).filter((n) => n % 7 === 3));
    settled.forEach((s, n) => {
      if (s.status === 'fulfilled') expect(s.value).toBe(n);
      else expect(String(s.reason)).toContain(`refused ${n}`);
    });
    // What a refused write did is gone; every other write stands, and only theirs ran their hooks.
    const standing = Array.from({ length: 60 }, (_, n) => n).filter((n) => n % 7 !== 3);
    expect(await codes()).toEqual(standing.map((n) => `code-${n}`).sort());
    expect(hooks.sort((a, b) => a - b)).toEqual(standing);
    // They shared transactions: far fewer than one per write.
    expect(store().stats.sharedWrites - before.sharedWrites).toBe(60);
    expect(store().stats.sharedTransactions - before.sharedTransactions).toBeLessThan(10);
  });

  it('runs shared writes in arrival order, each seeing the ones before it', async () => {
    // Each write names its product by how many exist: run one after the other, they count 0, 1, 2…;
    // had two seen the same state, they would have clashed on the product's unique code.
    const seen = await Promise.all(
      Array.from({ length: 40 }, () =>
        store().writeShared(async (tx) => {
          const count = (await tx.products.list()).length;
          await tx.products.insert(product(count));
          return count;
        }),
      ),
    );
    expect(seen).toEqual(Array.from({ length: 40 }, (_, n) => n));
    expect(await codes()).toEqual(seen.map((n) => `code-${n}`).sort());
  });

  it('keeps the writes of one hint in arrival order while other hints run beside them', async () => {
    // Each write appends to its hint's product name what it saw there: one hint's writes see each other in order.
    const hints = ['key-a', 'key-b', 'key-c', 'key-d', 'key-e', 'key-f'];
    await store().write(async (tx) => {
      for (const [i, h] of hints.entries()) await tx.products.insert({ ...product(i), code: h, name: '' });
    });
    const seen = await Promise.all(
      Array.from({ length: 60 }, (_, n) => {
        const hint = hints[n % hints.length]!;
        return store().writeShared(async (tx) => {
          const current = (await tx.products.byCode(hint))!;
          await tx.products.update(current.id, { name: `${current.name}${n},` });
          return current.name.split(',').filter(Boolean).length;
        }, hint);
      }),
    );
    // The n-th write of a hint saw the n writes of that hint before it, whatever ran beside them.
    expect(seen).toEqual(Array.from({ length: 60 }, (_, n) => Math.floor(n / hints.length)));
    for (const hint of hints) {
      const names = (await store().read((tx) => tx.products.byCode(hint)))!.name;
      const order = names.split(',').filter(Boolean).map(Number);
      expect(order).toEqual([...order].sort((a, b) => a - b));
      expect(order).toHaveLength(10);
    }
  });
});
