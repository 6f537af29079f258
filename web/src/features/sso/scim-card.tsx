import { Alert, Badge, Button, Card, Code, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconAlertTriangle, IconKey, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useCreateScimToken, useRevokeScimToken, useScimTokens } from '../../api/scim';
import type { CreatedScimToken, ScimToken } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/form-error';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { NAME_MAX } from '../keys/key-draft';
import { formatDateTime, formatRelative } from '../../lib/format';
import { CopyValue } from './copy-value';

const BASE_URL_HINT = 'The “Tenant URL” in Entra ID, the “SCIM connector base URL” in Okta.';

/** Section d of the SSO page: the SCIM base URL and the tokens an identity provider provisions people and groups with. */
export function ScimCard({ accountId }: { accountId: string }) {
  const tokens = useScimTokens(accountId);
  const [creating, setCreating] = useState(false);
  const live = (tokens.data?.data ?? []).filter((t) => t.revokedAt === null);
  return (
    <Card data-testid="scim">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={2} style={{ flex: '1 1 420px' }}>
            <Group gap="sm">
              <Title order={2}>Provisioning (SCIM)</Title>
              {tokens.data && (live.length > 0 ? <Badge color="teal">On</Badge> : <Badge color="gray">Off</Badge>)}
            </Group>
            <Text size="sm" c="dimmed">
              Your identity provider creates, updates and removes your people and groups in Allot. Someone it deactivates or removes loses their seat at once, and their
              devices stop at their next check-in. Once a token exists, people's groups come from SCIM instead of their sign-in, and only people SCIM provisioned can sign in
              with SSO. Setting it up in Entra ID and Okta: <Code>docs/scim.md</Code> in Allot's documentation.
            </Text>
          </Stack>
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)} disabled={!tokens.data}>
            New token
          </Button>
        </Group>
        {tokens.isError ? (
          <ErrorState error={tokens.error} onRetry={() => tokens.refetch()} />
        ) : tokens.isPending ? (
          <LoadingState minHeight={120} />
        ) : (
          <>
            <CopyValue label="SCIM base URL" value={tokens.data.baseUrl} hint={BASE_URL_HINT} />
            {tokens.data.data.length === 0 ? (
              <EmptyState icon={IconKey} title="No SCIM token yet">
                SCIM is off: people and their groups come from their sign-ins. Make a token for your identity provider to turn it on.
              </EmptyState>
            ) : (
              <TokensTable tokens={tokens.data.data} lastLive={live.length === 1} />
            )}
          </>
        )}
      </Stack>
      {creating && <NewTokenDialog accountId={accountId} onClose={() => setCreating(false)} />}
    </Card>
  );
}

/** Live tokens first, then the revoked ones (kept for the record). */
function TokensTable({ tokens, lastLive }: { tokens: ScimToken[]; lastLive: boolean }) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table withTableBorder verticalSpacing="sm" horizontalSpacing="sm" data-testid="scim-tokens">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Token</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th style={{ whiteSpace: 'nowrap' }}>Last used</Table.Th>
            <Table.Th>Status</Table.Th>
            <Table.Th>
              <span className="sr-only">Revoke</span>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {[...tokens.filter((t) => t.revokedAt === null), ...tokens.filter((t) => t.revokedAt !== null)].map((t) => (
            <TokenRow key={t.id} token={t} lastLive={lastLive && t.revokedAt === null} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function TokenRow({ token, lastLive }: { token: ScimToken; lastLive: boolean }) {
  const revoke = useRevokeScimToken(token);
  const [confirming, setConfirming] = useState(false);
  const revoked = token.revokedAt !== null;
  return (
    <Table.Tr data-testid={`scim-token-${token.name}`}>
      <Table.Td style={{ minWidth: 140 }}>
        <Text size="sm" fw={600} c={revoked ? 'dimmed' : undefined} style={{ overflowWrap: 'anywhere' }}>
          {token.name}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" className="mono" style={{ whiteSpace: 'nowrap' }} title="The start of the token, to recognise it">
          {token.prefix}…
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(token.createdAt)}>
          {formatRelative(token.createdAt)}
        </Text>
      </Table.Td>
      <Table.Td>
        <Text size="sm" c={token.lastUsedAt ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }} title={token.lastUsedAt ? formatDateTime(token.lastUsedAt) : undefined}>
          {token.lastUsedAt ? formatRelative(token.lastUsedAt) : 'Never'}
        </Text>
      </Table.Td>
      <Table.Td>
        {revoked ? (
          <Group gap={6} wrap="nowrap">
            <Badge color="gray">Revoked</Badge>
            <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} title={formatDateTime(token.revokedAt)}>
              {formatRelative(token.revokedAt)}
            </Text>
          </Group>
        ) : (
          <Badge color="teal">Active</Badge>
        )}
      </Table.Td>
      <Table.Td ta="right">
        {!revoked && (
          <Button size="xs" variant="default" onClick={() => setConfirming(true)} aria-label={`Revoke ${token.name}`}>
            Revoke
          </Button>
        )}
        <ConfirmDialog
          opened={confirming}
          title={`Revoke “${token.name}”?`}
          confirmLabel="Revoke token"
          danger
          loading={revoke.isPending}
          onConfirm={() => revoke.mutate(undefined, { onSuccess: () => setConfirming(false) })}
          onClose={() => setConfirming(false)}
        >
          <Stack gap="xs">
            <Text size="sm">Your identity provider's next request with this token is refused: its provisioning stops until you give it a new token.</Text>
            <Text size="sm">The people and groups it provisioned stay as they are.</Text>
            {lastLive && (
              <Text size="sm" fw={600}>
                It is the last active token: SCIM turns off. Groups come from sign-ins again, and people SCIM did not provision can sign in with SSO.
              </Text>
            )}
          </Stack>
        </ConfirmDialog>
      </Table.Td>
    </Table.Tr>
  );
}

/** Name the token, then show it once with the base URL. */
function NewTokenDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const create = useCreateScimToken(accountId);
  const [name, setName] = useState('');
  const [made, setMade] = useState<CreatedScimToken | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name.trim(), { onSuccess: setMade });
  };
  return (
    <Modal opened onClose={onClose} title={made ? `SCIM token “${made.name}”` : 'New SCIM token'} size="lg" closeOnClickOutside={!made}>
      {made ? (
        <Stack gap="md">
          <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />} title="Copy the token now">
            It will not be shown again: Allot keeps only a hash of it. If you lose it, make a new token and revoke this one.
          </Alert>
          <CopyValue label="Secret token" value={made.token} hint="The “Secret Token” in Entra ID; in Okta, the Bearer token of HTTP Header authentication." />
          <CopyValue label="SCIM base URL" value={made.baseUrl} hint={BASE_URL_HINT} />
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Done
            </Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate aria-label="New SCIM token">
          <Stack gap="md">
            <TextInput
              label="Name"
              description="After the identity provider, such as “Entra ID”: the Users page names it as the provider of the people it provisions."
              placeholder="Entra ID"
              value={name}
              onChange={(e) => {
                setName(e.currentTarget.value);
                create.reset();
              }}
              maxLength={NAME_MAX}
              data-autofocus
            />
            {create.isError && <FormError error={create.error} title="The token was not made" />}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose} disabled={create.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={create.isPending} disabled={!name.trim()}>
                Make token
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
