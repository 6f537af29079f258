import { createCipheriv, createDecipheriv, createHash, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Vault } from '../app/ports/secrets.ts';

const VERSION = 'v1';

/**
 * Secrets at rest under a 32-byte master key kept outside the database. Two sub-keys are
 * derived with HKDF: one for AES-256-GCM encryption (readable by administrators through the
 * API), one for HMAC-SHA-256 lookup hashes (how a presented key is found without storing it).
 */
export function createVault(masterKey: Buffer): Vault {
  if (masterKey.length !== 32) throw new Error('The master key must be 32 bytes.');
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', masterKey, 'allot', info, 32));
  const encryptionKey = derive('encryption');
  const lookupKey = derive('lookup');
  const sha256 = (s: string) => createHash('sha256').update(s).digest();

  return {
    randomBytes: (count) => randomBytes(count),
    lookupHash: (canonical) => createHmac('sha256', lookupKey).update(canonical).digest('hex'),
    tokenHash: (token) => sha256(token).toString('hex'),
    s256: (text) => sha256(text).toString('base64url'),
    encrypt(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
    },
    decrypt(sealed) {
      const [version, payload] = sealed.split('.');
      if (version !== VERSION || !payload) throw new Error('Unknown ciphertext format.');
      const raw = Buffer.from(payload, 'base64url');
      const decipher = createDecipheriv('aes-256-gcm', encryptionKey, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    },
    same: (a, b) => timingSafeEqual(sha256(a), sha256(b)),
  };
}
