import { Anchor, Card, Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Brand } from './brand';

/** The frame of the signed-out pages: sign in, forgot password, set password. */
export function AuthCard({ title, description, children }: { title: string; description?: ReactNode; children: ReactNode }) {
  return (
    <Center mih="100vh" p="md">
      <Stack w="100%" maw={420} gap="lg">
        <Center>
          <Brand size={34} />
        </Center>
        <Card p="xl" shadow="sm" component="main">
          <Stack gap="lg">
            <Stack gap={6}>
              <Title order={1} fz="1.375rem">
                {title}
              </Title>
              {description && (
                <Text c="dimmed" size="sm">
                  {description}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Card>
        <Text c="dimmed" size="xs" ta="center">
          Allot license server ·{' '}
          <Anchor href="/docs" size="xs" c="dimmed" underline="always">
            API reference
          </Anchor>
        </Text>
      </Stack>
    </Center>
  );
}
