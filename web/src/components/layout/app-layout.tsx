import { AppShell, Box, Burger, Center, Group, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense } from 'react';
import { Navigate, Outlet } from 'react-router';
import { useSession } from '../../api/session';
import { permissionsOf } from '../../lib/permissions';
import { SignedInContext } from '../../lib/signed-in';
import { Brand } from '../brand';
import { ErrorState, LoadingState } from '../states';
import { MainNav } from './main-nav';
import { UserMenu } from './user-menu';

/** The signed-in area: without a session, the sign-in page (and back here afterwards). */
export function AppLayout() {
  const session = useSession();
  const [navOpened, nav] = useDisclosure(false);

  if (session.isPending) return <LoadingState label="Signing in…" minHeight="100vh" />;
  if (session.isError)
    return (
      <Center mih="100vh" p="md">
        <Box maw={480} w="100%">
          <ErrorState error={session.error} title="The server did not answer" onRetry={() => session.refetch()} />
        </Box>
      </Center>
    );
  if (!session.data) {
    // The address bar, not the rendered location: a read of the next page starts in its route
    // loader (router.tsx), so its 401 can arrive before that page is rendered.
    const next = window.location.pathname + window.location.search;
    return <Navigate to={next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`} replace />;
  }

  return (
    <SignedInContext.Provider value={session.data}>
      <AppShell header={{ height: 60 }} navbar={{ width: 232, breakpoint: 'md', collapsed: { mobile: !navOpened } }} padding={0}>
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap">
              <Burger opened={navOpened} onClick={nav.toggle} hiddenFrom="md" size="sm" aria-label={navOpened ? 'Close navigation' : 'Open navigation'} />
              <Brand />
            </Group>
            <UserMenu session={session.data} />
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm">
          <AppShell.Section grow>
            <MainNav permissions={permissionsOf(session.data.member)} onNavigate={nav.close} />
          </AppShell.Section>
          <AppShell.Section>
            <Text size="xs" c="dimmed" px="sm" pb={4}>
              {session.data.account.name}
            </Text>
          </AppShell.Section>
        </AppShell.Navbar>
        <AppShell.Main>
          <Box px={{ base: 'md', md: 'xl' }} py="lg" maw={1440}>
            <Suspense fallback={<LoadingState />}>
              <Outlet />
            </Suspense>
          </Box>
        </AppShell.Main>
      </AppShell>
    </SignedInContext.Provider>
  );
}
