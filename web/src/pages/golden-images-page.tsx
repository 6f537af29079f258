import { ActionIcon, Anchor, Badge, Button, Card, Group, Menu, Stack, Text, Tooltip } from '@mantine/core';
import { IconDisc, IconDots, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useGoldenImages } from '../api/golden-images';
import { useAccountKeys } from '../api/keys';
import type { GoldenImage } from '../api/types';
import { AppTable, wrap } from '../components/data-table';
import { PageHeader } from '../components/page-header';
import { EmptyState, ErrorState } from '../components/states';
import { ARCHITECTURES } from '../features/golden-images/architectures';
import { Checksum } from '../features/golden-images/checksum';
import { DeleteGoldenImageDialog } from '../features/golden-images/delete-golden-image-dialog';
import { GoldenImageDialog } from '../features/golden-images/golden-image-dialog';
import { formatDate } from '../lib/format';
import { usePermissions } from '../lib/permissions';
import { useSignedIn } from '../lib/signed-in';
import NotFoundPage from './not-found-page';

export default function GoldenImagesPage() {
  const permissions = usePermissions();
  if (!permissions.canManageKeys) return <NotFoundPage />;
  return <GoldenImages />;
}

type Dialog = { kind: 'new' } | { kind: 'edit' | 'delete'; image: GoldenImage } | null;

function GoldenImages() {
  const { account } = useSignedIn();
  const images = useGoldenImages(account.id);
  const accountKeys = useAccountKeys(account.id);
  const [dialog, setDialog] = useState<Dialog>(null);
  const keyById = new Map(accountKeys.keys.map(({ key, subscription }) => [key.id, { key, subscription }]));
  const products = new Set(accountKeys.keys.map(({ subscription }) => subscription?.id));
  const keyNames = (image: GoldenImage) => image.keyIds.map((id) => keyById.get(id)?.key.name ?? 'a key');
  const close = () => setDialog(null);
  const newButton = (
    <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'new' })}>
      New golden image
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Golden images"
        description="The corporate virtual machines your people start from: a download per architecture, checked against its SHA-256. One image can serve many keys; a key has at most one, chosen from its row on the subscription page. Devices get it with their license: new ones when they activate, the others at their next check-in."
        actions={images.data && images.data.length > 0 ? newButton : undefined}
      />
      <Card>
        {images.isError ? (
          <ErrorState error={images.error} onRetry={() => images.refetch()} />
        ) : images.data && images.data.length === 0 ? (
          <EmptyState icon={IconDisc} title="No golden image yet" action={newButton}>
            Create one with the download address and checksum of each architecture’s virtual machine, then assign it to keys.
          </EmptyState>
        ) : (
          <AppTable<GoldenImage>
            records={images.data ?? []}
            fetching={images.isPending}
            idAccessor="id"
            noRecordsText="No golden images"
            pinLastColumn
            customRowAttributes={(image) => ({ 'data-testid': `golden-image-${image.name}` })}
            columns={[
              {
                accessor: 'name',
                title: 'Name',
                ...wrap(200),
                render: (image) => (
                  <Stack gap={2}>
                    <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                      {image.name}
                    </Text>
                    {image.description && (
                      <Text size="xs" c="dimmed" lineClamp={2} style={{ overflowWrap: 'anywhere' }}>
                        {image.description}
                      </Text>
                    )}
                    <Text size="xs" c="dimmed">
                      Updated {formatDate(image.updatedAt)}
                    </Text>
                  </Stack>
                ),
              },
              ...ARCHITECTURES.map(({ arch, label }) => ({
                accessor: arch,
                title: label,
                render: (image: GoldenImage) => {
                  const file = image.images[arch];
                  if (!file) return <Text size="sm" c="dimmed">—</Text>;
                  return (
                    <Stack gap={0} data-testid={`${arch}-${image.name}`}>
                      <Tooltip label={file.url} multiline maw={420} style={{ overflowWrap: 'anywhere' }}>
                        <Anchor href={file.url} size="sm" target="_blank" rel="noreferrer" style={{ maxWidth: 220, display: 'block', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                          {fileName(file.url)}
                        </Anchor>
                      </Tooltip>
                      <Checksum value={file.sha256} label={`${label} SHA-256 of ${image.name}`} />
                    </Stack>
                  );
                },
              })),
              {
                accessor: 'keyIds',
                title: 'Used by',
                ...wrap(160),
                render: (image) =>
                  image.keyIds.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      No key
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {image.keyIds.map((id) => {
                        const found = keyById.get(id);
                        const name = found?.key.name ?? 'A key';
                        const badge = (
                          <Badge key={id} color="gray" variant="outline" style={{ textTransform: 'none' }}>
                            {products.size > 1 && found?.subscription ? `${found.subscription.product.name}: ${name}` : name}
                          </Badge>
                        );
                        return found ? (
                          <Anchor key={id} component={Link} to={`/subscriptions/${found.key.subscriptionId}`} underline="never">
                            {badge}
                          </Anchor>
                        ) : (
                          badge
                        );
                      })}
                    </Group>
                  ),
              },
              {
                accessor: 'actions',
                title: <span className="sr-only">Actions</span>,
                textAlign: 'right',
                render: (image) => (
                  <Menu position="bottom-end">
                    <Menu.Target>
                      <ActionIcon variant="subtle" color="gray" aria-label={`Actions for image ${image.name}`}>
                        <IconDots size={18} />
                      </ActionIcon>
                    </Menu.Target>
                    <Menu.Dropdown>
                      <Menu.Item leftSection={<IconPencil size={16} />} onClick={() => setDialog({ kind: 'edit', image })}>
                        Edit
                      </Menu.Item>
                      <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog({ kind: 'delete', image })}>
                        Delete…
                      </Menu.Item>
                    </Menu.Dropdown>
                  </Menu>
                ),
              },
            ]}
          />
        )}
      </Card>
      {dialog?.kind === 'new' && <GoldenImageDialog accountId={account.id} image={null} onClose={close} />}
      {dialog?.kind === 'edit' && <GoldenImageDialog accountId={account.id} image={dialog.image} onClose={close} />}
      {dialog?.kind === 'delete' && <DeleteGoldenImageDialog image={dialog.image} keyNames={keyNames(dialog.image)} onClose={close} />}
    </>
  );
}

/** The last part of a download address ("windows-11-arm.pvmp"), or the host. */
function fileName(url: string): string {
  try {
    const parsed = new URL(url);
    const last = parsed.pathname.split('/').filter(Boolean).pop();
    return last ? decodeURIComponent(last) : parsed.host;
  } catch {
    return url;
  }
}
