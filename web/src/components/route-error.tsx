import { Button, Center, Stack, Text, Title } from '@mantine/core';
import { isRouteErrorResponse, useRouteError } from 'react-router';

/** A page that failed to load (a new version was deployed, the connection dropped) or crashed. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? `${error.status} ${error.statusText}` : error instanceof Error ? error.message : 'Unknown error';
  return (
    <Center mih="60vh" p="xl">
      <Stack align="center" gap="sm" maw={480} ta="center">
        <Title order={2}>This page could not be shown</Title>
        <Text c="dimmed" size="sm">
          {/[.!?]$/.test(message) ? message : `${message}.`} Reloading usually helps, for instance after the server was updated.
        </Text>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </Stack>
    </Center>
  );
}
