import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, call, download } from './client';
import { useMailConfigured } from './system';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { Invitation, InvitationLanguage, InvitationStatus, InviteInput } from './types';

export interface InvitationFilter {
  status?: InvitationStatus;
  keyId?: string;
  q?: string;
  limit: number;
  offset: number;
}

const touched = (subscriptionId: string) => [queryKeys.subscription(subscriptionId), queryKeys.events];

export function useInvitations(subscriptionId: string, query: InvitationFilter) {
  return useQuery({
    queryKey: queryKeys.invitations(subscriptionId, query),
    queryFn: () => call(() => api.GET('/v1/subscriptions/{id}/invitations', { params: { path: { id: subscriptionId }, query } })),
    placeholderData: keepPreviousData,
  });
}

export type InviteRequest = { keyId: string } & ({ kind: 'emails'; body: InviteInput } | { kind: 'csv'; file: File; language: InvitationLanguage; expiresInDays: NonNullable<InviteInput['expiresInDays']> });

/** Invites by a list of addresses (JSON) or by the CSV file itself (text/csv: the server reads it and reports lines). */
export function useInvite(subscriptionId: string) {
  return useAction({
    run: async (request: InviteRequest) => {
      const csv = request.kind === 'csv' ? await request.file.text() : '';
      return call(() =>
        request.kind === 'emails'
          ? api.POST('/v1/keys/{id}/invitations', { params: { path: { id: request.keyId } }, body: request.body })
          : api.POST('/v1/keys/{id}/invitations', {
              params: { path: { id: request.keyId }, query: { language: request.language, expiresInDays: request.expiresInDays } },
              body: csv,
              bodySerializer: (text) => text as string,
              headers: { 'content-type': 'text/csv' },
            }),
      );
    },
    invalidate: () => touched(subscriptionId),
  });
}

export function useInvitationCommand(subscriptionId: string, command: 'resend' | 'revoke') {
  const mail = useMailConfigured();
  return useAction({
    run: (invitation: Invitation) => call(() => api.POST(`/v1/invitations/{id}/${command}`, { params: { path: { id: invitation.id } } })),
    success: (invitation) =>
      command === 'revoke'
        ? `The invitation of ${invitation.email} is revoked.`
        : mail === false
          ? `${invitation.email} has a new code; the email waits until mail is set up.`
          : `A new code is on its way to ${invitation.email}.`,
    failure: command === 'resend' ? 'Could not resend the invitation' : 'Could not revoke the invitation',
    invalidate: () => touched(subscriptionId),
  });
}

export function downloadInvitations(subscriptionId: string, status: InvitationStatus | undefined, fileName: string) {
  return download(
    () => api.GET('/v1/subscriptions/{id}/invitations.csv', { params: { path: { id: subscriptionId }, query: { status } }, parseAs: 'blob' }),
    fileName,
  );
}
