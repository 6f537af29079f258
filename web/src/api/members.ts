import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { useAction } from './mutation';
import { useMailConfigured } from './system';
import { queryKeys } from './query-keys';
import type { Member, Role } from './types';

export function useMembers(accountId: string) {
  return useQuery({
    queryKey: queryKeys.members(accountId),
    queryFn: () => call(() => api.GET('/v1/accounts/{accountId}/members', { params: { path: { accountId } } })),
    select: (answer) => answer.data,
  });
}

const touched = (accountId: string) => [queryKeys.members(accountId), queryKeys.events];

export function useInviteMember(accountId: string) {
  const mail = useMailConfigured();
  return useAction({
    run: (body: { email: string; name: string; role: Role; keyIds?: string[] }) =>
      call(() => api.POST('/v1/accounts/{accountId}/members', { params: { path: { accountId } }, body })),
    success: (member) =>
      mail === false
        ? `${member.email} is invited. The email to set their password waits until mail is set up.`
        : `${member.email} is invited: they get an email to set their password.`,
    invalidate: () => touched(accountId),
  });
}

export function useUpdateMember(member: Member) {
  return useAction({
    run: (body: { name?: string; role?: Role; keyIds?: string[] }) => call(() => api.PATCH('/v1/members/{id}', { params: { path: { id: member.id } }, body })),
    success: `${member.name || member.email} is updated.`,
    invalidate: () => touched(member.accountId),
  });
}

const COMMANDS = {
  // refusals of block (the last administrator) are shown in its dialog
  block: { done: 'is blocked: their sessions ended', failure: null },
  unblock: { done: 'can sign in again', failure: 'Could not unblock' },
  'resend-invitation': { done: 'gets a new link to set their password', failure: 'Could not resend the invitation to' },
} as const;

export function useMemberCommand(member: Member, command: keyof typeof COMMANDS) {
  const who = member.name || member.email;
  const mail = useMailConfigured();
  const waits = command === 'resend-invitation' && mail === false;
  return useAction({
    run: () => call(() => api.POST(`/v1/members/{id}/${command}`, { params: { path: { id: member.id } } })),
    success: waits ? `${who} has a new link to set their password; the email waits until mail is set up.` : `${who} ${COMMANDS[command].done}.`,
    failure: COMMANDS[command].failure ? `${COMMANDS[command].failure} ${who}` : undefined,
    invalidate: () => touched(member.accountId),
  });
}

export function useRemoveMember(member: Member) {
  return useAction({
    run: () => call(() => api.DELETE('/v1/members/{id}', { params: { path: { id: member.id } } })),
    success: `${member.name || member.email} is removed from the account.`,
    invalidate: () => touched(member.accountId),
  });
}
