import '@fontsource-variable/inter';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import 'mantine-datatable/styles.css';
import './styles.css';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { queryKeys } from './api/query-keys';
import { ApiError } from './api/client';
import { isUnauthorized } from './lib/errors';
import { router } from './router';
import { theme } from './theme';

/** Any 401 means the session ended: forget it, and the layout sends the user to sign in. */
function signedOut(error: unknown): void {
  if (isUnauthorized(error)) queryClient.setQueryData(queryKeys.session, null);
}

const queryClient = new QueryClient({
  queryCache: new QueryCache({ onError: signedOut }),
  mutationCache: new MutationCache({ onError: signedOut }),
  defaultOptions: {
    // Only a lost connection or the server's own trouble is worth a second try.
    queries: { staleTime: 15_000, retry: (count, error) => error instanceof ApiError && (error.status === 0 || error.status >= 500) && count < 2 },
  },
});

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <Notifications position="top-right" />
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </MantineProvider>
  );
}
