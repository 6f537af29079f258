import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import type { ServiceProvider } from '../../api/types';
import { CopyValue } from './copy-value';
import type { Protocol } from './connection-draft';

/** What the administrator pastes into the identity provider: fixed by the account, known before anything is saved. */
export function ProviderValues({ sp, protocol }: { sp: ServiceProvider; protocol: Protocol }) {
  return (
    <Stack gap="sm" data-testid="provider-values">
      <Text size="sm" fw={600}>
        Paste these into your identity provider
      </Text>
      {protocol === 'saml' ? (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" verticalSpacing="sm">
          <CopyValue label="Entity ID" value={sp.spEntityId} hint="Also called Identifier or Audience URI." />
          <CopyValue label="Reply URL (ACS)" value={sp.acsUrl} hint="Also called Assertion Consumer Service URL or Single sign-on URL." />
          <Stack gap={2}>
            <Text size="xs" c="dimmed" fw={600}>
              Service provider metadata
            </Text>
            <Anchor href={sp.spMetadataUrl} target="_blank" rel="noreferrer" size="sm" className="mono" style={{ overflowWrap: 'anywhere' }}>
              {sp.spMetadataUrl} <IconExternalLink size={13} style={{ verticalAlign: -1 }} aria-label="opens in a new tab" />
            </Anchor>
            <Text size="xs" c="dimmed">
              For providers that import it (Entra ID: Upload metadata file).
            </Text>
          </Stack>
        </SimpleGrid>
      ) : (
        <CopyValue label="Redirect URI" value={sp.redirectUri} hint="Register it on the client (a Web application) you create for Allot." />
      )}
    </Stack>
  );
}
