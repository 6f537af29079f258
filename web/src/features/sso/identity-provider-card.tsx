import { Badge, Button, Card, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useRemoveSsoConnection, useSsoConnection } from '../../api/sso';
import type { SsoConnection } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime, formatRelative } from '../../lib/format';
import { CertificatesTable } from './certificates-table';
import { ConnectionForm } from './connection-form';
import type { Protocol } from './connection-draft';
import { ProviderValues } from './provider-values';

const PROTOCOL_NAME: Record<Protocol, string> = { saml: 'SAML 2.0', oidc: 'OpenID Connect' };

/** Section b of the SSO page: what to paste into the identity provider, and the connection to it. */
export function IdentityProviderCard({ accountId, verifiedDomains }: { accountId: string; verifiedDomains: string[] }) {
  const sso = useSsoConnection(accountId);
  return (
    <Card>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2}>Identity provider</Title>
          <Text size="sm" c="dimmed">
            Connect your company's identity provider (Microsoft Entra ID, Okta, Google Workspace, or any SAML 2.0 or OpenID Connect provider). Register Allot there first, with
            the values below.
          </Text>
        </Stack>
        {sso.isError ? (
          <ErrorState error={sso.error} onRetry={() => sso.refetch()} />
        ) : sso.isPending ? (
          <LoadingState minHeight={120} />
        ) : (
          <Connection accountId={accountId} connection={sso.data.connection} sp={sso.data.serviceProvider} verifiedDomains={verifiedDomains} />
        )}
      </Stack>
    </Card>
  );
}

function Connection({
  accountId,
  connection,
  sp,
  verifiedDomains,
}: {
  accountId: string;
  connection: SsoConnection | null;
  sp: SsoConnection['serviceProvider'] | null;
  verifiedDomains: string[];
}) {
  const [protocol, setProtocol] = useState<Protocol>(connection?.protocol ?? 'saml');
  const [removing, setRemoving] = useState(false);
  const remove = useRemoveSsoConnection(accountId);
  return (
    <>
      {sp && (
        <Paper withBorder radius="md" p="md" bg="var(--mantine-color-gray-0)">
          <ProviderValues sp={sp} protocol={protocol} />
        </Paper>
      )}
      {connection ? (
        <Stack gap="sm" data-testid="saved-connection">
          <Group justify="space-between" align="center" wrap="wrap">
            <Group gap="sm">
              <Badge color="teal">Connected</Badge>
              <Text size="sm">
                {PROTOCOL_NAME[connection.protocol]} · {connection.protocol === 'oidc' ? connection.issuer : connection.idpEntityId}
              </Text>
            </Group>
            <Group gap="sm">
              <Text size="xs" c="dimmed" title={formatDateTime(connection.updatedAt)}>
                Saved {formatRelative(connection.updatedAt)}
              </Text>
              <Button size="xs" variant="default" color="red" onClick={() => setRemoving(true)}>
                Remove connection
              </Button>
            </Group>
          </Group>
          {connection.protocol === 'saml' && connection.idpCertificates.length > 0 && <CertificatesTable certificates={connection.idpCertificates} />}
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          No connection yet: nobody can sign in with SSO until you save one.
        </Text>
      )}
      <Divider label={connection ? 'Change the connection' : 'Connect'} labelPosition="left" />
      <ConnectionForm key={connection?.updatedAt ?? 'new'} accountId={accountId} saved={connection} verifiedDomains={verifiedDomains} onProtocol={setProtocol} />
      <ConfirmDialog
        opened={removing}
        title="Remove the connection?"
        confirmLabel="Remove connection"
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setRemoving(false) })}
        onClose={() => setRemoving(false)}
      >
        Nobody can sign in with SSO any more, to the console or on a new device, until you connect a provider again, and passwords work again for your domains. Devices
        already activated stay active.
      </ConfirmDialog>
    </>
  );
}
