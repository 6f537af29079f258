import { keyPrefixOf, parseKey } from '../../domain/key-format.ts';
import type { AppDeps } from '../context.ts';

const ROUND_ROWS = 500;

/**
 * Gives every key made before the operator's search its prefix (migration 2026-12-09 could not:
 * it has no master key). Run at startup; idempotent, in rounds of a few hundred keys. Returns
 * how many keys it filled.
 */
export async function fillKeyPrefixes(deps: Pick<AppDeps, 'store' | 'vault'>): Promise<number> {
  let filled = 0;
  for (;;) {
    const done = await deps.store.write(async (tx) => {
      const keys = await tx.operatorReads.keysWithoutPrefix(ROUND_ROWS);
      for (const k of keys) {
        const parsed = parseKey(deps.vault.decrypt(k.keyCipher));
        // A key that does not read as one (never made by Allot) gets an empty prefix: it matches no search.
        await tx.operatorReads.setKeyPrefix(k.id, parsed.ok ? keyPrefixOf(parsed.canonical) : '');
      }
      return keys.length;
    });
    filled += done;
    if (done < ROUND_ROWS) return filled;
  }
}
