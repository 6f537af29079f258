import { Type, type Static } from '@sinclair/typebox';
import { DateTime } from './common.ts';

export const SystemInfo = Type.Object({
  mail: Type.Object({
    configured: Type.Boolean({ description: 'Whether an SMTP server is configured (ALLOT_SMTP_URL). Without one, emails wait in the outbox until it is.' }),
  }),
  setupNeeded: Type.Boolean({ description: 'True while no account has an active Account Administrator: nobody can sign in yet (`npx allot setup` makes the first).' }),
});
export const Jwks = Type.Object({ keys: Type.Array(Type.Record(Type.String(), Type.Unknown())) });
export type JwksView = Static<typeof Jwks>;
export const Rotated = Type.Object({ kid: Type.String(), createdAt: DateTime, retired: Type.Array(Type.String()) });
