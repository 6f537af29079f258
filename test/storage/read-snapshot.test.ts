/**
 * A read is one transaction: every query of `store.read` sees the same committed state, even
 * when another connection commits between them (one consistent answer, e.g. a subscription and
 * its keys). A write then is seen by the next read.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type OpenDatabase } from '../../src/storage/dialect.ts';
import { KyselyStore } from '../../src/storage/store.ts';
import { dialects } from '../helpers/db.ts';
import { startTestServer, type TestServer } from '../helpers/harness.ts';

const storeOf = (s: TestServer) => new KyselyStore(s.runtime.database.db, s.runtime.database.caps, 1);

describe.each(dialects())('a read on %s', (dialect) => {
  let server: TestServer | undefined;
  let other: OpenDatabase | undefined;
  afterEach(async () => {
    await other?.close();
    await server?.close();
  });

  it('sees one committed state for all its queries while another connection commits between them', async () => {
    server = await startTestServer(dialect);
    other = openDatabase(server.db.url);
    const store = storeOf(server);
    const seen = await store.read(async (tx) => {
      const before = await tx.settings.get('read-snapshot-probe');
      await other!.db.insertInto('settings').values({ name: 'read-snapshot-probe', value: 'committed' }).execute();
      const after = await tx.settings.get('read-snapshot-probe');
      return { before, after };
    });
    expect(seen).toEqual({ before: undefined, after: undefined });
    expect(await store.read((tx) => tx.settings.get('read-snapshot-probe'))).toBe('committed');
  });

  it('keeps nothing a read does, and answers what it returns', async () => {
    server = await startTestServer(dialect);
    const store = storeOf(server);
    await expect(store.read(async () => { throw new Error('read failed'); })).rejects.toThrow('read failed');
    expect(await store.read(async (tx) => (await tx.settings.get('nothing-here')) ?? 'none')).toBe('none');
  });
});
