import { api, call } from './client';
import { useAction } from './mutation';
import { queryKeys } from './query-keys';

export function useRenameMe() {
  return useAction({
    run: (name: string) => call(() => api.PATCH('/v1/me', { body: { name } })),
    success: 'Your name is saved.',
    invalidate: () => [queryKeys.session],
  });
}

export function useChangePassword() {
  return useAction({
    run: (body: { currentPassword: string; newPassword: string }) => call(() => api.POST('/v1/me/password', { body })),
    success: 'Your password is changed; your other sessions are signed out.',
    invalidate: () => [],
  });
}
