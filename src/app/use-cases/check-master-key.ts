import type { AppDeps } from '../context.ts';

const CANARY_SETTING = 'master_key_canary';
const CANARY_TEXT = 'allot master key canary';

/**
 * Refuses to run with a master key other than the one this database was first used with
 * (a second node started with a fresh key, say): otherwise keys would be unreadable and
 * lookups would silently miss.
 */
export async function checkMasterKey(deps: Pick<AppDeps, 'store' | 'vault'>): Promise<void> {
  const stored = await deps.store.write((tx) => tx.settings.putIfAbsent(CANARY_SETTING, deps.vault.encrypt(CANARY_TEXT)));
  let readable = false;
  try {
    readable = deps.vault.decrypt(stored) === CANARY_TEXT;
  } catch {
    readable = false;
  }
  if (!readable)
    throw new Error(
      'The master key does not match this database. Start every node with the same ALLOT_MASTER_KEY (or ALLOT_MASTER_KEY_FILE).',
    );
}
