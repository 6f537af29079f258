import { Type } from '@sinclair/typebox';
import { Id } from '../../app/views/common.ts';
import { AccountRole } from '../../app/views/members.ts';
import { closed, Name } from './common.ts';
import { EMAIL_MAX_CHARS, KEY_GRANTS_MAX_COUNT, PASSWORD_MAX_CHARS } from '../../domain/limits.ts';

const Email = Type.String({ format: 'email', maxLength: EMAIL_MAX_CHARS });
const Password = Type.String({ minLength: 1, maxLength: PASSWORD_MAX_CHARS });

export const SignInBody = Type.Object({ email: Email, password: Password }, closed);
export const CreateMemberBody = Type.Object(
  {
    email: Email,
    name: Name,
    role: AccountRole,
    keyIds: Type.Optional(Type.Array(Id, { maxItems: KEY_GRANTS_MAX_COUNT })),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: PASSWORD_MAX_CHARS, description: 'Operator only: the member is active at once. Otherwise they are emailed a link.' })),
  },
  closed,
);
export const UpdateMemberBody = Type.Object(
  { name: Type.Optional(Name), role: Type.Optional(AccountRole), keyIds: Type.Optional(Type.Array(Id, { maxItems: KEY_GRANTS_MAX_COUNT })) },
  { ...closed, minProperties: 1 },
);
export const UpdateMeBody = Type.Object(
  {
    name: Type.Optional(Name),
    email: Type.Optional(Email),
    currentPassword: Type.Optional({ ...Password, description: 'Required to change the email address.' }),
  },
  closed,
);
export const ChangePasswordBody = Type.Object({ currentPassword: Password, newPassword: Password }, closed);
export const PasswordResetBody = Type.Object({ email: Email }, closed);
export const ConfirmPasswordBody = Type.Object({ token: Type.String({ minLength: 1, maxLength: 100 }), password: Password }, closed);
