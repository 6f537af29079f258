import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';
import type { MyDetails } from './types';

export type { MyDetails } from './types';

export function useUpdateMe() {
  return useAction({
    run: (body: MyDetails) => call(() => api.PATCH('/v1/me', { body })),
    success: (member, body) => (body.email !== undefined ? `Your details are saved: you now sign in with ${member.email}.` : 'Your name is saved.'),
    invalidate: () => [queryKeys.session, queryKeys.events],
  });
}

export function useChangePassword() {
  return useAction({
    run: (body: { currentPassword: string; newPassword: string }) => call(() => api.POST('/v1/me/password', { body })),
    success: 'Your password is changed; your other sessions are signed out.',
    invalidate: () => [],
  });
}
