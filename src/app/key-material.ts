import { generateKey, keyPrefixOf, parseKey } from '../domain/key-format.ts';
import type { Vault } from './ports/secrets.ts';

/** A fresh license key: what the administrator reads, what storage keeps, how it is found. */
export function newKeyMaterial(vault: Vault): { key: string; keyHash: string; keyCipher: string; keyPrefix: string } {
  const key = generateKey(vault.randomBytes(28));
  const parsed = parseKey(key);
  if (!parsed.ok) throw new Error('generateKey produced an unreadable key');
  return { key, keyHash: vault.lookupHash(parsed.canonical), keyCipher: vault.encrypt(key), keyPrefix: keyPrefixOf(parsed.canonical) };
}
