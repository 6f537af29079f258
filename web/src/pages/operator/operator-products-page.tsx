import { Anchor, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { IconPackage, IconPencil, IconPlus } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useCreateProduct, useProducts, useUpdateProduct, type Product } from '../../api/operator';
import { AppTable, wrap } from '../../components/data-table';
import { FormError } from '../../components/form-error';
import { PageHeader } from '../../components/page-header';
import { EmptyState, ErrorState } from '../../components/states';
import { formatDate } from '../../lib/format';

const isUrl = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};
const CODE = /^[a-z0-9][a-z0-9._-]{0,63}$/;

export default function OperatorProductsPage() {
  const products = useProducts();
  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<Product | null>(null);
  return (
    <>
      <PageHeader
        title="Products"
        description="What you license. A subscription is for one product; its download link goes into every invitation email."
        actions={
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Create a product
          </Button>
        }
      />
      {products.isError ? (
        <ErrorState error={products.error} onRetry={() => products.refetch()} />
      ) : (
        <AppTable<Product>
          records={products.data ?? []}
          fetching={products.isPending}
          idAccessor="id"
          pinLastColumn
          emptyState={!products.isPending && <EmptyState icon={IconPackage} title="No products yet">Create a product before selling subscriptions.</EmptyState>}
          columns={[
            {
              accessor: 'name',
              title: 'Product',
              ...wrap(200),
              render: (p) => (
                <Stack gap={0}>
                  <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                    {p.name}
                  </Text>
                  <Text size="xs" c="dimmed" className="mono">
                    {p.code}
                  </Text>
                </Stack>
              ),
            },
            {
              accessor: 'downloadUrl',
              title: 'Download link',
              ...wrap(260),
              render: (p) =>
                p.downloadUrl ? (
                  <Anchor href={p.downloadUrl} target="_blank" rel="noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {p.downloadUrl}
                  </Anchor>
                ) : (
                  <Text size="sm" c="dimmed">
                    None: invitations go without a link
                  </Text>
                ),
            },
            { accessor: 'createdAt', title: 'Created', render: (p) => <Text size="sm">{formatDate(p.createdAt)}</Text> },
            {
              accessor: 'actions',
              title: <span className="sr-only">Actions</span>,
              textAlign: 'right',
              render: (p) => (
                <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => setEditing(p)} aria-label={`Edit the download link of ${p.name}`}>
                  Edit link
                </Button>
              ),
            },
          ]}
        />
      )}
      {creating && <CreateProductDialog onClose={() => setCreating(false)} />}
      {editing && <DownloadUrlDialog product={editing} onClose={() => setEditing(null)} />}
    </>
  );
}

function CreateProductDialog({ onClose }: { onClose: () => void }) {
  const create = useCreateProduct();
  const [name, setName] = useState('');
  const [code, setCode] = useState('');
  const [url, setUrl] = useState('');
  const codeOk = CODE.test(code);
  const urlOk = url.trim() === '' || isUrl(url.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!name.trim() || !codeOk || !urlOk) return;
    create.mutate({ name: name.trim(), code, downloadUrl: url.trim() || null }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title="Create a product" size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {create.isError && <FormError error={create.error} title="The server refused" />}
          <TextInput label="Name" required maxLength={200} value={name} onChange={(e) => setName(e.currentTarget.value)} placeholder="Desktop Pro" data-autofocus />
          <TextInput
            label="Code"
            required
            description="How the API and your billing system name it: lowercase letters, digits, dots, dashes and underscores. It cannot change."
            value={code}
            onChange={(e) => setCode(e.currentTarget.value.toLowerCase())}
            error={code && !codeOk ? 'Lowercase letters, digits, dots, dashes and underscores, starting with a letter or digit.' : undefined}
            placeholder="desktop-pro"
            className="mono"
          />
          <TextInput
            label="Download link"
            description="Optional. Sent in invitation emails with the activation code."
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={!urlOk ? 'An http:// or https:// address.' : undefined}
            placeholder="https://downloads.example.com/desktop-pro"
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending} disabled={!name.trim() || !codeOk || !urlOk}>
              Create the product
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function DownloadUrlDialog({ product, onClose }: { product: Product; onClose: () => void }) {
  const update = useUpdateProduct(product.id);
  const [url, setUrl] = useState(product.downloadUrl ?? '');
  const urlOk = url.trim() === '' || isUrl(url.trim());
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (urlOk) update.mutate({ downloadUrl: url.trim() || null }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={`Download link of ${product.name}`} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {update.isError && <FormError error={update.error} title="The server refused" />}
          <TextInput
            label="Download link"
            description="Invitations sent from now on carry it; leave it empty to send none."
            value={url}
            onChange={(e) => setUrl(e.currentTarget.value)}
            error={!urlOk ? 'An http:// or https:// address.' : undefined}
            data-autofocus
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={update.isPending}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!urlOk}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
