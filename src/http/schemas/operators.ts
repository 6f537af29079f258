import { Type } from '@sinclair/typebox';
import { EMAIL_MAX_CHARS, NAME_MAX_CHARS, OPERATOR_SEARCH_MAX_CHARS, OPERATOR_SEARCH_MAX_ROWS, OPERATOR_SEARCH_MIN_CHARS, PASSWORD_MAX_CHARS } from '../../domain/limits.ts';
import { closed } from './common.ts';

const Email = Type.String({ format: 'email', maxLength: EMAIL_MAX_CHARS });
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_CHARS });

export const OperatorSignInBody = Type.Object({ email: Email, password: Password }, closed);
export const CreateOperatorBody = Type.Object({ email: Email, name: Type.String({ minLength: 1, maxLength: NAME_MAX_CHARS }), password: Password }, closed);
export const AccountSearchQuery = Type.Object(
  {
    q: Type.String({ minLength: OPERATOR_SEARCH_MIN_CHARS, maxLength: OPERATOR_SEARCH_MAX_CHARS, description: 'A name, a domain, a member\'s address (or its start), the start of a license key, a fingerprint (or its start, 4 characters or more).' }),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: OPERATOR_SEARCH_MAX_ROWS, default: 20 })),
  },
  closed,
);
