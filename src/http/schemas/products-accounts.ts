import { Type } from '@sinclair/typebox';
import { ACCOUNT_ROLES } from '../../domain/members.ts';
import { DateTime, Id, literals, Nullable } from '../../app/views/common.ts';
import { closed, Name, Url } from './common.ts';
import { AUTO_RELEASE_MAX_DAYS, GRACE_PERIOD_MAX_DAYS, KEY_GRANTS_MAX_COUNT, SUBSCRIPTION_MAX_SEATS } from '../../domain/limits.ts';

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
    keyIds: Type.Optional(Type.Array(Id, { maxItems: KEY_GRANTS_MAX_COUNT, description: "A License Administrator token's keys." })),
  },
  closed,
);

export const CreateSubscriptionBody = Type.Object(
  {
    product: Type.String({ minLength: 1, maxLength: 64, description: 'A product code.' }),
    seats: Type.Integer({ minimum: 1, maximum: SUBSCRIPTION_MAX_SEATS }),
    expiresAt: DateTime,
    gracePeriodDays: Type.Optional(Type.Integer({ minimum: 0, maximum: GRACE_PERIOD_MAX_DAYS })),
    autoRenew: Type.Optional(Type.Boolean()),
    autoReleaseDays: Type.Optional(Nullable(Type.Integer({ minimum: 1, maximum: AUTO_RELEASE_MAX_DAYS }))),
  },
  closed,
);
