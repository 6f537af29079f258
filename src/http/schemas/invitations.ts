import { Type } from '@sinclair/typebox';
import { INVITATION_EXPIRY_DAYS, INVITATION_STATUSES } from '../../domain/invitations.ts';
import { Id, literals } from '../../app/views/common.ts';
import { InvitationLanguage } from '../../app/views/invitations.ts';
import { closed, Limit, Offset } from './common.ts';
import { EMAIL_CSV_CELL_MAX_CHARS, INVITATION_BATCH_MAX_COUNT } from '../../domain/limits.ts';

export const ExpiresInDays = Type.Unsafe<number>({ type: 'integer', enum: [...INVITATION_EXPIRY_DAYS], description: 'Days until the code expires.' });
export const InviteBody = Type.Object(
  {
    emails: Type.Array(Type.String({ maxLength: EMAIL_CSV_CELL_MAX_CHARS }), { maxItems: INVITATION_BATCH_MAX_COUNT, description: `Up to ${INVITATION_BATCH_MAX_COUNT} addresses.` }),
    language: Type.Optional(InvitationLanguage),
    expiresInDays: Type.Optional(ExpiresInDays),
  },
  closed,
);
export const InviteQuery = Type.Object({ language: Type.Optional(InvitationLanguage), expiresInDays: Type.Optional(ExpiresInDays) }, closed);

const InvitationFilters = {
  status: Type.Optional(literals(INVITATION_STATUSES)),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Part of the email address.' })),
  limit: Type.Optional(Limit),
  offset: Type.Optional(Offset),
};
export const KeyInvitationQuery = Type.Object(InvitationFilters, closed);
export const SubscriptionInvitationQuery = Type.Object({ ...InvitationFilters, keyId: Type.Optional(Id) }, closed);
export const KeyInvitationExportQuery = Type.Object({ status: InvitationFilters.status, q: InvitationFilters.q }, closed);
export const SubscriptionInvitationExportQuery = Type.Object({ status: InvitationFilters.status, q: InvitationFilters.q, keyId: Type.Optional(Id) }, closed);
