/**
 * What every route's schema shares: parameters, pagination and the error body. Request schemas
 * live beside this file, one per resource; response shapes are declared once in app/views/
 * (their view types are derived from them), and routes take them from there.
 */
import { Type, type TSchema } from '@sinclair/typebox';
import { ERROR_CODES } from '../../domain/errors.ts';
import { Id, literals } from '../../app/views/common.ts';
import { NAME_MAX_CHARS, OFFSET_MAX_ROWS, PAGE_MAX_ROWS, SUBSCRIPTION_MAX_SEATS, URL_MAX_CHARS } from '../../domain/limits.ts';

export const closed = { additionalProperties: false } as const;

export const Name = Type.String({ minLength: 1, maxLength: NAME_MAX_CHARS });
export const Seats = Type.Integer({ minimum: 0, maximum: SUBSCRIPTION_MAX_SEATS });
export const Url = Type.String({ format: 'uri', maxLength: URL_MAX_CHARS });
export const Text = (max: number) => Type.String({ maxLength: max });

export const IdParams = Type.Object({ id: Id }, closed);
export const AccountParams = Type.Object({ accountId: Id }, closed);

export const ErrorResponse = Type.Object(
  {
    error: Type.Object({
      code: literals(ERROR_CODES),
      message: Type.String(),
      details: Type.Optional(Type.Unknown()),
      requestId: Type.String(),
    }),
  },
  { description: 'Every error: a stable code (see docs/errors.md), a message and the request id.' },
);
/** Every route's error answers, spread into its `response`. */
export const errors = { '4xx': ErrorResponse };

export const Limit = Type.Integer({ minimum: 1, maximum: PAGE_MAX_ROWS, default: 50 });
export const Cursor = Type.String({ minLength: 1, maxLength: 64, description: 'The nextCursor of the previous page.' });
export const Offset = Type.Integer({ minimum: 0, maximum: OFFSET_MAX_ROWS, default: 0 });
export const OffsetPage = Type.Object({ limit: Type.Optional(Limit), offset: Type.Optional(Offset) }, closed);

export const Page = <T extends TSchema>(item: T) =>
  Type.Object({ data: Type.Array(item), nextCursor: Type.Optional(Type.String()), total: Type.Optional(Type.Integer()) });
