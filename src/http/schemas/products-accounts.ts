import { Type } from '@sinclair/typebox';
import { ACCOUNT_ROLES } from '../../domain/members.ts';
import { DateTime, Id, literals, Nullable } from '../../app/views/common.ts';
import { LIMITS } from '../../app/validate.ts';
import { closed, Name, Url } from './common.ts';

export const CreateProductBody = Type.Object(
  {
    code: Type.String({ minLength: 1, maxLength: 64, pattern: '^[a-z0-9][a-z0-9._-]*$' }),
    name: Name,
    downloadUrl: Type.Optional(Nullable(Url)),
  },
  closed,
);
export const UpdateProductBody = Type.Object({ name: Type.Optional(Name), downloadUrl: Type.Optional(Nullable(Url)) }, closed);

export const CreateAccountBody = Type.Object({ name: Name }, closed);

export const CreateTokenBody = Type.Object(
  {
    name: Name,
    role: Type.Optional(literals(ACCOUNT_ROLES)),
    keyIds: Type.Optional(Type.Array(Id, { maxItems: LIMITS.grantsMax, description: "A License Administrator token's keys." })),
  },
  closed,
);

export const CreateSubscriptionBody = Type.Object(
  {
    product: Type.String({ minLength: 1, maxLength: 64, description: 'A product code.' }),
    seats: Type.Integer({ minimum: 1, maximum: LIMITS.seatsMax }),
    expiresAt: DateTime,
    gracePeriodDays: Type.Optional(Type.Integer({ minimum: 0, maximum: LIMITS.gracePeriodDaysMax })),
    autoRenew: Type.Optional(Type.Boolean()),
    autoReleaseDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: LIMITS.autoReleaseDaysMax }))),
  },
  closed,
);
