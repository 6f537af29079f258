import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export interface MasterKeySource {
  /** ALLOT_MASTER_KEY: 32 bytes, base64 or hex. */
  value?: string;
  /** ALLOT_MASTER_KEY_FILE: where the key is kept (created on first start when absent). */
  file: string;
}

function decode(text: string, where: string): Buffer {
  const t = text.trim();
  const key = /^[0-9a-f]{64}$/i.test(t) ? Buffer.from(t, 'hex') : Buffer.from(t, 'base64');
  if (key.length !== 32) throw new Error(`${where} must hold 32 bytes, base64 or hex encoded.`);
  return key;
}

/**
 * The master key never goes into the database: from the environment, or from a file beside
 * the data (mode 0600), generated on first start.
 */
export function loadMasterKey(source: MasterKeySource): { key: Buffer; created: boolean } {
  if (source.value) return { key: decode(source.value, 'ALLOT_MASTER_KEY'), created: false };
  if (existsSync(source.file)) return { key: decode(readFileSync(source.file, 'utf8'), source.file), created: false };
  mkdirSync(dirname(source.file), { recursive: true });
  const key = randomBytes(32);
  writeFileSync(source.file, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  chmodSync(source.file, 0o600);
  return { key, created: true };
}
