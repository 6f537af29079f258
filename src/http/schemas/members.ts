import { Type } from '@sinclair/typebox';
import { Id } from '../../app/views/common.ts';
import { AccountRole } from '../../app/views/members.ts';
import { LIMITS } from '../../app/validate.ts';
import { closed, Name } from './common.ts';

const Email = Type.String({ format: 'email', maxLength: 254 });
const Password = Type.String({ minLength: 1, maxLength: 200 });

export const SignInBody = Type.Object({ email: Email, password: Password }, closed);
export const CreateMemberBody = Type.Object(
  {
    email: Email,
    name: Name,
    role: AccountRole,
    keyIds: Type.Optional(Type.Array(Id, { maxItems: LIMITS.grantsMax })),
    password: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Operator only: the member is active at once. Otherwise they are emailed a link.' })),
  },
  closed,
);
export const UpdateMemberBody = Type.Object(
  { name: Type.Optional(Name), role: Type.Optional(AccountRole), keyIds: Type.Optional(Type.Array(Id, { maxItems: LIMITS.grantsMax })) },
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
