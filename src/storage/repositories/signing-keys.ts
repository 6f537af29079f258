import type { Kysely } from 'kysely';
import type { SigningKeyRepo } from '../../app/ports/repositories.ts';
import type { Database } from '../schema.ts';

export function signingKeyRepo(db: Kysely<Database>): SigningKeyRepo {
  return {
    async insert(k) {
      await db
        .insertInto('signing_keys')
        .values({
          kid: k.kid,
          public_jwk: JSON.stringify(k.publicJwk),
          private_cipher: k.privateCipher,
          created_at: k.createdAt,
          retired_at: k.retiredAt,
        })
        .execute();
    },
    async list() {
      const rows = await db.selectFrom('signing_keys').selectAll().orderBy('created_at', 'desc').orderBy('kid').execute();
      return rows.map((r) => ({
        kid: r.kid,
        publicJwk: JSON.parse(r.public_jwk) as Record<string, unknown>,
        privateCipher: r.private_cipher,
        createdAt: r.created_at,
        retiredAt: r.retired_at,
      }));
    },
    async retireAllExcept(kid, at) {
      await db.updateTable('signing_keys').set({ retired_at: at }).where('kid', '!=', kid).where('retired_at', 'is', null).execute();
    },
  };
}
