import type { TxtResolver } from '../app/ports/identity.ts';

/** TXT lookups (placeholder until the resolver lands). */
export function createTxtResolver(_servers: readonly string[] | null): TxtResolver {
  return { resolveTxt: async () => ({ error: 'not built yet' }) };
}
