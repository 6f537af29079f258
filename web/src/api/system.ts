import { useQuery } from '@tanstack/react-query';
import { api, call } from './client';
import { queryKeys } from './query-keys';

/** What the server offers (GET /v1/system, public): read once per visit, it changes only when the server restarts. */
export function useSystem() {
  return useQuery({
    queryKey: queryKeys.system,
    queryFn: () => call(() => api.GET('/v1/system')),
    staleTime: Infinity,
    retry: false,
  });
}

/** True on a new server where nobody can sign in yet (`npx allot setup` makes the first administrator). */
export function useSetupNeeded(): boolean {
  return useSystem().data?.setupNeeded === true;
}

/** False when the server has no SMTP server (ALLOT_SMTP_URL unset): emails wait in its outbox. Undefined until known. */
export function useMailConfigured(): boolean | undefined {
  return useSystem().data?.mail.configured;
}
