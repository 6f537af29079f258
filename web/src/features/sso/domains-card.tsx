import { Alert, Badge, Button, Card, Code, Group, List, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconClockHour4, IconWorldWww } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useAddDomain, useDomains, useRemoveDomain, useVerifyDomain } from '../../api/sso';
import type { Domain } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/form-error';
import { EmptyState, ErrorState, LoadingState } from '../../components/states';
import { formatDateTime, formatRelative } from '../../lib/format';
import { CopyValue } from './copy-value';
import { describeCheck, failedCheck, type CheckResult } from './domain-check';

const PROPAGATION = 'DNS changes can take up to 72 hours to reach everyone: verify again at any time.';

/** Section a of the SSO page: the domains whose people sign in with the identity provider, each proven by a TXT record. */
export function DomainsCard({ accountId }: { accountId: string }) {
  const domains = useDomains(accountId);
  return (
    <Card>
      <Stack gap="md">
        <Stack gap={2}>
          <Title order={2}>Domains</Title>
          <Text size="sm" c="dimmed">
            People sign in with SSO by their email address: Allot finds your account by its domain. Prove each domain is yours with a DNS TXT record.
          </Text>
        </Stack>
        <AddDomainForm accountId={accountId} />
        {domains.isError ? (
          <ErrorState error={domains.error} onRetry={() => domains.refetch()} />
        ) : domains.isPending ? (
          <LoadingState minHeight={120} />
        ) : domains.data.length === 0 ? (
          <EmptyState icon={IconWorldWww} title="No domains yet">
            Add your company's email domain, such as example.com, to start.
          </EmptyState>
        ) : (
          <Stack gap="sm">
            {domains.data.map((d) => (
              <DomainRow key={d.id} domain={d} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function AddDomainForm({ accountId }: { accountId: string }) {
  const [name, setName] = useState('');
  const add = useAddDomain(accountId);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate(name.trim(), { onSuccess: () => setName('') });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        <Group gap="sm" align="flex-end">
          <TextInput
            label="Domain"
            placeholder="example.com"
            value={name}
            onChange={(e) => {
              setName(e.currentTarget.value);
              add.reset();
            }}
            maxLength={253}
            style={{ flex: '1 1 240px', maxWidth: 360 }}
          />
          <Button type="submit" variant="default" loading={add.isPending} disabled={!name.trim()}>
            Add domain
          </Button>
        </Group>
        {add.isError && <FormError error={add.error} />}
      </Stack>
    </form>
  );
}

function CheckText({ check }: { check: CheckResult }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{check.sentence}</Text>
      {check.found.length > 0 && (
        <List size="sm" spacing={2}>
          {check.found.map((v, i) => (
            <List.Item key={i}>
              <Code style={{ overflowWrap: 'anywhere' }}>{v}</Code>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function DomainRow({ domain }: { domain: Domain }) {
  const verify = useVerifyDomain(domain);
  const remove = useRemoveDomain(domain);
  const [removing, setRemoving] = useState(false);
  const pending = domain.status === 'pending';
  const refused = verify.isError ? failedCheck(verify.error, domain) : null;
  const lastCheck = pending && domain.lastCheck && domain.lastCheckedAt && !verify.isError ? describeCheck(domain.verification.name, domain.lastCheck) : null;

  return (
    <Paper withBorder radius="md" p="md" data-testid={`domain-${domain.domain}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Group gap="sm">
            <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
              {domain.domain}
            </Text>
            {pending ? <Badge color="yellow">Pending</Badge> : <Badge color="teal">Verified</Badge>}
          </Group>
          <Group gap="xs">
            {pending && (
              <Button size="xs" onClick={() => verify.mutate()} loading={verify.isPending}>
                Verify
              </Button>
            )}
            <Button size="xs" variant="default" color="red" onClick={() => setRemoving(true)} aria-label={`Remove ${domain.domain}`}>
              Remove
            </Button>
          </Group>
        </Group>
        {pending ? (
          <>
            <Text size="sm" c="dimmed">
              Publish this TXT record at your DNS host, then press Verify. Many DNS hosts want the name without the domain: <Code>_allot-challenge</Code>.
            </Text>
            <Group gap="xl" align="flex-start" wrap="wrap">
              <CopyValue label="Name" value={domain.verification.name} />
              <CopyValue label="Value" value={domain.verification.value} />
            </Group>
            {refused && (
              <Alert color="yellow" variant="light" title="Not verified yet" role="alert" data-code="DOMAIN_NOT_VERIFIED">
                <Stack gap={6}>
                  <CheckText check={refused} />
                  <Text size="sm">{PROPAGATION}</Text>
                </Stack>
              </Alert>
            )}
            {verify.isError && !refused && <FormError error={verify.error} title="Could not verify" />}
            {lastCheck && (
              <Group gap={6} align="flex-start" wrap="nowrap">
                <IconClockHour4 size={16} style={{ marginTop: 2, flexShrink: 0, color: 'var(--mantine-color-dimmed)' }} />
                <Stack gap={2}>
                  <Text size="sm" c="dimmed" title={formatDateTime(domain.lastCheckedAt)}>
                    Last checked {formatRelative(domain.lastCheckedAt)}.
                  </Text>
                  <CheckText check={lastCheck} />
                </Stack>
              </Group>
            )}
          </>
        ) : (
          <Text size="sm" c="dimmed">
            Verified {formatRelative(domain.verifiedAt)} ({formatDateTime(domain.verifiedAt)}). The TXT record may now be removed.
          </Text>
        )}
      </Stack>
      <ConfirmDialog
        opened={removing}
        title={`Remove ${domain.domain}?`}
        confirmLabel="Remove domain"
        danger
        loading={remove.isPending}
        onConfirm={() => remove.mutate(undefined, { onSuccess: () => setRemoving(false) })}
        onClose={() => setRemoving(false)}
      >
        {pending
          ? 'The domain and its TXT record are forgotten. Adding it again later gives a new record to publish.'
          : 'People with addresses at this domain can no longer sign in with SSO, and another account may then verify it.'}
      </ConfirmDialog>
    </Paper>
  );
}
