import { ActionIcon, Alert, Badge, Button, Card, Code, CopyButton, Group, Menu, Modal, MultiSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconDots, IconKey, IconPencil, IconPlayerPause, IconPlayerPlay, IconPlus, IconTrash, IconWebhook } from '@tabler/icons-react';
import { ConfirmDialog } from '../components/confirm-dialog';
import { useState } from 'react';
import {
  useCreateWebhookEndpoint,
  useDeleteWebhookEndpoint,
  useRedeliverWebhook,
  useRotateWebhookSecret,
  useSendTestWebhook,
  useUpdateWebhookEndpoint,
  useWebhookDeliveries,
  useWebhookEndpoints,
  type WebhookEndpoint,
  type WebhookEventType,
  type WebhookScope,
} from '../api/webhooks';
import { PageHeader } from '../components/page-header';
import { EmptyState, ErrorState } from '../components/states';
import { formatDateTime } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { useSignedIn } from '../lib/signed-in';
import NotFoundPage from './not-found-page';

const EVENT_TYPES: WebhookEventType[] = [
  'activation.created',
  'activation.ended',
  'seats.limit_reached',
  'subscription.expiring_soon',
  'subscription.expired',
  'subscription.in_grace',
  'key.blocked',
  'key.regenerated',
  'key.expired',
  'invitation.accepted',
  'sso_user.deprovisioned',
];

/** The account console's page: its Account Administrators manage the account's endpoints. */
export default function AccountWebhooksPage() {
  const permissions = usePermissions();
  const { account } = useSignedIn();
  if (!permissions.isAccountAdmin) return <NotFoundPage />;
  return <WebhooksPage scope={{ accountId: account.id }} />;
}

/** Webhook endpoints of an account, or (operator: true) the operator's own, which receive every account's events. */
export function WebhooksPage({ scope }: { scope: WebhookScope }) {
  const endpoints = useWebhookEndpoints(scope);
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<string | null>(null);
  const [logOf, setLogOf] = useState<WebhookEndpoint | null>(null);
  const [editing, setEditing] = useState<WebhookEndpoint | null>(null);
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
      New endpoint
    </Button>
  );
  return (
    <>
      <PageHeader
        title="Webhooks"
        description={
          'operator' in scope
            ? 'Endpoints that receive every account’s events, signed in the Standard Webhooks format.'
            : 'Endpoints of your systems that receive this account’s events (a device activated, the last seat taken, a subscription about to expire…), signed in the Standard Webhooks format.'
        }
        actions={endpoints.data && endpoints.data.length > 0 ? newButton : undefined}
      />
      <Card>
        {endpoints.isError ? (
          <ErrorState error={endpoints.error} onRetry={() => endpoints.refetch()} />
        ) : endpoints.data && endpoints.data.length === 0 ? (
          <EmptyState icon={IconWebhook} title="No webhook endpoint yet" action={newButton}>
            Add the URL of a receiver and pick the events it wants; verify each message with its signing secret.
          </EmptyState>
        ) : (
          <Table verticalSpacing="sm" highlightOnHover>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Endpoint</Table.Th>
                <Table.Th>Events</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(endpoints.data ?? []).map((e) => (
                <EndpointRow key={e.id} endpoint={e} onSecret={setSecret} onLog={() => setLogOf(e)} onEdit={() => setEditing(e)} />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Card>
      {logOf && <DeliveryLog endpoint={logOf} onClose={() => setLogOf(null)} />}
      {creating && (
        <EndpointForm
          scope={scope}
          onClose={() => setCreating(false)}
          onCreated={(s) => {
            setCreating(false);
            setSecret(s);
          }}
        />
      )}
      {editing && <EditEvents endpoint={editing} onClose={() => setEditing(null)} />}
      <Modal opened={secret !== null} onClose={() => setSecret(null)} title="Signing secret" size="lg">
        <Stack>
          <Alert color="yellow">Copy it now: it is shown this once. Your receiver verifies every message with it.</Alert>
          <Code block data-testid="webhook-secret" style={{ overflowWrap: 'anywhere' }}>
            {secret}
          </Code>
          <Group justify="flex-end">
            <CopyButton value={secret ?? ''}>{({ copied, copy }) => <Button onClick={copy}>{copied ? 'Copied' : 'Copy secret'}</Button>}</CopyButton>
            <Button variant="default" onClick={() => setSecret(null)}>
              Done
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

function EndpointRow({ endpoint, onSecret, onLog, onEdit }: { endpoint: WebhookEndpoint; onSecret: (s: string) => void; onLog: () => void; onEdit: () => void }) {
  const update = useUpdateWebhookEndpoint(endpoint.id);
  const rotate = useRotateWebhookSecret(endpoint.id);
  const test = useSendTestWebhook(endpoint.id);
  const remove = useDeleteWebhookEndpoint(endpoint.id);
  const [deleting, setDeleting] = useState(false);
  return (
    <Table.Tr data-testid={`webhook-${endpoint.url}`}>
      <Table.Td maw={320}>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {endpoint.url}
        </Text>
        {endpoint.description && (
          <Text size="xs" c="dimmed">
            {endpoint.description}
          </Text>
        )}
      </Table.Td>
      <Table.Td maw={280}>
        <Group gap={4}>
          {endpoint.events.map((t) => (
            <Badge key={t} variant="light" size="sm" tt="none">
              {t}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>
        {endpoint.enabled ? (
          <Badge color="green">Enabled</Badge>
        ) : (
          <Stack gap={2}>
            <Badge color="red">Disabled</Badge>
            <Text size="xs" c="dimmed">
              {endpoint.disabledReason}
            </Text>
          </Stack>
        )}
        {endpoint.failureStreak > 0 && (
          <Text size="xs" c="orange">
            {endpoint.failureStreak} failed in a row
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs" wrap="nowrap" justify="flex-end">
          <Button size="xs" variant="default" onClick={onLog}>
            Delivery log
          </Button>
          <Button size="xs" variant="default" onClick={() => test.mutate()} disabled={!endpoint.enabled} loading={test.isPending}>
            Send test event
          </Button>
          <Menu position="bottom-end" withinPortal>
            <Menu.Target>
              <ActionIcon variant="default" size="md" aria-label={`More actions for ${endpoint.url}`} loading={rotate.isPending || update.isPending}>
                <IconDots size={16} />
              </ActionIcon>
            </Menu.Target>
            <Menu.Dropdown>
              <Menu.Item leftSection={<IconPencil size={14} />} onClick={onEdit}>
                Edit events
              </Menu.Item>
              <Menu.Item leftSection={<IconKey size={14} />} onClick={() => rotate.mutate(undefined, { onSuccess: (r) => onSecret(r.secret) })}>
                Rotate secret
              </Menu.Item>
              <Menu.Item leftSection={endpoint.enabled ? <IconPlayerPause size={14} /> : <IconPlayerPlay size={14} />} onClick={() => update.mutate({ enabled: !endpoint.enabled })}>
                {endpoint.enabled ? 'Disable' : 'Enable'}
              </Menu.Item>
              <Menu.Divider />
              <Menu.Item color="red" leftSection={<IconTrash size={14} />} onClick={() => setDeleting(true)}>
                Delete
              </Menu.Item>
            </Menu.Dropdown>
          </Menu>
        </Group>
        <ConfirmDialog
          opened={deleting}
          title="Delete this endpoint?"
          confirmLabel="Delete endpoint"
          danger
          loading={remove.isPending}
          onConfirm={() => remove.mutate(undefined, { onSuccess: () => setDeleting(false) })}
          onClose={() => setDeleting(false)}
        >
          <Text size="sm">
            {endpoint.url} stops receiving events at once, and its delivery log is deleted with it. Messages not yet delivered are dropped.
          </Text>
        </ConfirmDialog>
      </Table.Td>
    </Table.Tr>
  );
}

function EndpointForm({ scope, onClose, onCreated }: { scope: WebhookScope; onClose: () => void; onCreated: (secret: string) => void }) {
  const create = useCreateWebhookEndpoint(scope);
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<string[]>(['activation.created', 'activation.ended']);
  const [description, setDescription] = useState('');
  const error = create.error instanceof Error ? create.error.message : null;
  return (
    <Modal opened onClose={onClose} title="New webhook endpoint" size="lg">
      <form
        onSubmit={(ev) => {
          ev.preventDefault();
          create.mutate({ url, events: events as WebhookEventType[], description: description || null }, { onSuccess: (r) => onCreated(r.secret) });
        }}
      >
        <Stack>
          <TextInput label="URL" placeholder="https://erp.example.com/allot-hooks" required value={url} onChange={(e) => setUrl(e.currentTarget.value)} />
          <MultiSelect label="Events" data={EVENT_TYPES} value={events} onChange={setEvents} required searchable />
          <TextInput label="Description" value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          {error && <Alert color="red">{error}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!url || events.length === 0}>
              Create endpoint
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function EditEvents({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const update = useUpdateWebhookEndpoint(endpoint.id);
  const [events, setEvents] = useState<string[]>(endpoint.events);
  return (
    <Modal opened onClose={onClose} title="Events" size="lg">
      <Stack>
        <MultiSelect label="Events it receives" data={EVENT_TYPES} value={events} onChange={setEvents} searchable />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button disabled={events.length === 0} loading={update.isPending} onClick={() => update.mutate({ events: events as WebhookEventType[] }, { onSuccess: onClose })}>
            Save
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function DeliveryLog({ endpoint, onClose }: { endpoint: WebhookEndpoint; onClose: () => void }) {
  const deliveries = useWebhookDeliveries(endpoint.id);
  const redeliver = useRedeliverWebhook(endpoint.id);
  const color = { delivered: 'green', pending: 'blue', retrying: 'orange', failed: 'red', stopped: 'gray' } as const;
  return (
    <Modal opened onClose={onClose} title={`Delivery log of ${endpoint.url}`} size="90%">
      {deliveries.data && deliveries.data.length === 0 ? (
        <Text c="dimmed">Nothing sent yet.</Text>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table verticalSpacing="xs" data-testid="webhook-deliveries">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Event</Table.Th>
                <Table.Th>Status</Table.Th>
                <Table.Th>Attempts</Table.Th>
                <Table.Th>Last answer</Table.Th>
                <Table.Th>Next attempt</Table.Th>
                <Table.Th>Created</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(deliveries.data ?? []).map((d) => (
                <Table.Tr key={d.id}>
                  <Table.Td>
                    <Text size="sm">{d.eventType}</Text>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {d.messageId}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={color[d.status]}>{d.status}</Badge>
                  </Table.Td>
                  <Table.Td>{d.attempts}</Table.Td>
                  <Table.Td maw={260}>
                    <Text size="sm">{d.lastStatusCode ?? '—'}</Text>
                    {d.lastError && (
                      <Text size="xs" c="red" lineClamp={2}>
                        {d.lastError}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{d.nextAttemptAt ? formatDateTime(d.nextAttemptAt) : '—'}</Table.Td>
                  <Table.Td>{formatDateTime(d.createdAt)}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" disabled={!endpoint.enabled || d.status === 'pending' || d.status === 'retrying'} onClick={() => redeliver.mutate(d.id)}>
                      Redeliver
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Modal>
  );
}
