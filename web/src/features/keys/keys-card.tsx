import { Alert, Card, Group, Stack, Text, Title, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useGoldenImages } from '../../api/golden-images';
import { useKeys } from '../../api/keys';
import type { LicenseKey, Subscription } from '../../api/types';
import { AppTable, wrap } from '../../components/data-table';
import { KeyString } from '../../components/key-string';
import { ErrorState } from '../../components/states';
import { StatusBadge } from '../../components/status-badge';
import { formatDate, formatNumber } from '../../lib/format';
import { usePermissions } from '../../lib/permissions';
import { KEY_STATUS, KEY_TYPE } from '../../lib/status';
import { CreateKeyButton } from './create-key-button';
import { KeyActions } from './key-actions';
import { useSignedIn } from '../../lib/signed-in';
import { AssignImageDialog } from '../golden-images/assign-image-dialog';
import { PolicyDrawer } from '../policies/policy-drawer';
import { KeyNameEditor } from './key-name-editor';
import { KeyPolicyCell } from './key-policy-cell';

const number = (n: number | null, fallback = '—') => (
  <Text size="sm" className="tabular">
    {n === null ? fallback : formatNumber(n)}
  </Text>
);

/** The License Keys card: each key's type, seats, expiry and status, and what can be done with it. */
export function KeysCard({ subscription }: { subscription: Subscription }) {
  const permissions = usePermissions();
  const keys = useKeys(subscription.id, permissions.isAccountAdmin ? undefined : permissions.seesKey);
  const admin = permissions.canManageKeys;
  const { account } = useSignedIn();
  const images = useGoldenImages(account.id, admin);
  // the key whose policy drawer or golden-image dialog is open (by id: the row's data stays the latest)
  const [open, setOpen] = useState<{ what: 'policy' | 'image'; keyId: string } | null>(null);
  const openKey = open ? keys.data?.find((k) => k.id === open.keyId) : undefined;
  const close = () => setOpen(null);

  return (
    <Card>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start">
          <Stack gap={2}>
            <Title order={2}>License keys</Title>
            <Text size="sm" c="dimmed">
              {admin ? 'Split the seats between groups of users: one sublicense key per group.' : 'The keys assigned to you.'}
            </Text>
          </Stack>
          {admin && <CreateKeyButton subscription={subscription} />}
        </Group>
        {admin && (
          <Alert variant="light" color="yellow" icon={<IconAlertTriangle size={18} />} title="Keep the primary key to yourself">
            Anyone with it can activate on the whole main pool, and it has no cap of its own. Give people a sublicense key, or invite them by email.
          </Alert>
        )}
        {keys.isError ? (
          <ErrorState error={keys.error} onRetry={() => keys.refetch()} />
        ) : (
          <AppTable<LicenseKey>
            records={keys.data ?? []}
            fetching={keys.isPending}
            idAccessor="id"
            noRecordsText="No keys to show"
            pinLastColumn={admin}
            columns={[
              {
                accessor: 'name',
                title: 'Name and key',
                ...wrap(220),
                render: (k) => (
                  <Stack gap={2} align="flex-start">
                    <KeyNameEditor licenseKey={k} editable={admin} />
                    <KeyString value={k.key} label={`${k.name} key`} />
                    <KeyPolicyCell
                      licenseKey={k}
                      images={admin ? (images.data ?? []) : undefined}
                      onPolicy={() => setOpen({ what: 'policy', keyId: k.id })}
                      onImage={admin ? () => setOpen({ what: 'image', keyId: k.id }) : undefined}
                    />
                  </Stack>
                ),
              },
              {
                accessor: 'type',
                title: 'Type',
                render: (k) => (
                  <Tooltip label={KEY_TYPE[k.type].description}>
                    <StatusBadge table={KEY_TYPE} status={k.type} />
                  </Tooltip>
                ),
              },
              { accessor: 'maxSeats', title: 'Max', textAlign: 'right', render: (k) => number(k.maxSeats, 'Main pool') },
              { accessor: 'used', title: 'Used', textAlign: 'right', render: (k) => number(k.used) },
              { accessor: 'available', title: 'Available', textAlign: 'right', render: (k) => number(k.available) },
              {
                accessor: 'expiresAt',
                title: 'Expires',
                render: (k) => (
                  <Stack gap={0}>
                    <Text size="sm">{formatDate(k.expiresAt)}</Text>
                    {k.expiresWithSubscription && (
                      <Text size="xs" c="dimmed">
                        with the subscription
                      </Text>
                    )}
                  </Stack>
                ),
              },
              { accessor: 'status', title: 'Status', render: (k) => <StatusBadge table={KEY_STATUS} status={k.status} /> },
              ...(admin
                ? [{ accessor: 'actions', title: <span className="sr-only">Actions</span>, textAlign: 'right' as const, render: (k: LicenseKey) => (
                      <KeyActions
                        licenseKey={k}
                        subscription={subscription}
                        onPolicy={() => setOpen({ what: 'policy', keyId: k.id })}
                        onImage={() => setOpen({ what: 'image', keyId: k.id })}
                      />
                    ),
                  },
                ]
                : []),
            ]}
          />
        )}
      </Stack>
      {openKey && open?.what === 'policy' && <PolicyDrawer licenseKey={openKey} primaryKey={keys.data?.find((k) => k.type === 'primary') ?? null} editable={admin} onClose={close} />}
      {openKey && open?.what === 'image' && <AssignImageDialog licenseKey={openKey} accountId={account.id} onClose={close} />}
    </Card>
  );
}
