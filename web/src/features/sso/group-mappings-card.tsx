import { Badge, Button, Card, NumberInput, Stack, Table, TagsInput, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAccountKeys } from '../../api/keys';
import { useSaveKeyGroups } from '../../api/sso';
import type { LicenseKey, Subscription } from '../../api/types';
import { ErrorState, LoadingState } from '../../components/states';
import { errorMessage } from '../../lib/errors';
import { formatNumber } from '../../lib/format';

const GROUPS_PER_KEY_MAX = 100;

/** Section c of the SSO page: which identity-provider groups draw their seats on which key. */
export function GroupMappingsCard({ accountId }: { accountId: string }) {
  const accountKeys = useAccountKeys(accountId);
  const products = new Set(accountKeys.keys.map(({ subscription }) => subscription?.id));
  return (
    <Card>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2}>Groups and keys</Title>
          <Text size="sm" c="dimmed">
            A person's seat is drawn on the key their identity-provider groups map to; with several, on the key of the lowest priority number. People in no mapped group draw on
            the primary key. Groups are names or ids, as your provider sends them (the Users page shows what arrived); with SCIM, a group's name and its
            external id both work.
          </Text>
        </Stack>
        {accountKeys.error ? (
          <ErrorState error={accountKeys.error} />
        ) : accountKeys.isPending ? (
          <LoadingState minHeight={120} />
        ) : (
          <Table.ScrollContainer minWidth={720}>
            <Table withTableBorder verticalSpacing="sm" horizontalSpacing="sm" data-testid="group-mappings">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>Key</Table.Th>
                  <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>Seat limit</Table.Th>
                  <Table.Th ta="right">Used</Table.Th>
                  <Table.Th>Mapped groups</Table.Th>
                  <Table.Th>Priority</Table.Th>
                  <Table.Th>
                    <span className="sr-only">Save</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {accountKeys.keys.map(({ key, subscription }) => (
                  <MappingRow key={key.id} licenseKey={key} subscription={products.size > 1 ? subscription : null} />
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Card>
  );
}

const sameGroups = (a: string[], b: string[]) => a.length === b.length && a.every((g, i) => g === b[i]);

function MappingRow({ licenseKey: key, subscription }: { licenseKey: LicenseKey; subscription: Subscription | null }) {
  const [groups, setGroups] = useState(key.ssoGroups);
  const [priority, setPriority] = useState(key.ssoPriority);
  const save = useSaveKeyGroups(key);
  const primary = key.type === 'primary';
  const dirty = !sameGroups(groups, key.ssoGroups) || priority !== key.ssoPriority;
  return (
    <Table.Tr data-testid={`mapping-${key.name}`}>
      <Table.Td style={{ minWidth: 160 }}>
        <Stack gap={0}>
          <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
            {key.name}
          </Text>
          {subscription && (
            <Text size="xs" c="dimmed">
              {subscription.product.name}
            </Text>
          )}
        </Stack>
      </Table.Td>
      <Table.Td ta="right" className="tabular" style={{ whiteSpace: 'nowrap' }}>
        {primary ? <Badge color="grape">Pool</Badge> : formatNumber(key.maxSeats ?? 0)}
      </Table.Td>
      <Table.Td ta="right" className="tabular">
        {formatNumber(key.used)}
      </Table.Td>
      {primary ? (
        <Table.Td colSpan={3}>
          <Text size="sm" c="dimmed">
            People in no mapped group
          </Text>
        </Table.Td>
      ) : (
        <>
          <Table.Td style={{ minWidth: 260 }}>
            <TagsInput
              aria-label={`Groups mapped to ${key.name}`}
              placeholder={groups.length === 0 ? 'Type a group, press Enter' : undefined}
              value={groups}
              onChange={(v) => {
                setGroups(v);
                save.reset();
              }}
              maxTags={GROUPS_PER_KEY_MAX}
              splitChars={[',']}
              clearable
              error={save.isError ? errorMessage(save.error) : undefined}
            />
          </Table.Td>
          <Table.Td style={{ width: 110 }}>
            <NumberInput
              aria-label={`Priority of ${key.name}`}
              value={priority}
              onChange={(v) => setPriority(typeof v === 'number' ? v : 0)}
              allowDecimal={false}
              min={0}
              max={1_000_000}
              w={96}
            />
          </Table.Td>
          <Table.Td style={{ width: 90 }}>
            <Button size="xs" variant={dirty ? 'filled' : 'default'} disabled={!dirty} loading={save.isPending} onClick={() => save.mutate({ ssoGroups: groups, ssoPriority: priority })}>
              Save
            </Button>
          </Table.Td>
        </>
      )}
    </Table.Tr>
  );
}
