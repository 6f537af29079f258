import { hash, verify } from '@node-rs/argon2';
import type { PasswordHasher } from '../app/ports/secrets.ts';

/** argon2id (the library's default algorithm) with OWASP's baseline: 19 MiB of memory, 2 passes, 1 lane. */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function createPasswordHasher(): PasswordHasher {
  return {
    hash: (password) => hash(password, OPTIONS),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        return false;
      }
    },
  };
}
