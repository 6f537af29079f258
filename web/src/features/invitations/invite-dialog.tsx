import { Alert, Button, CloseButton, Group, Modal, Select, SimpleGrid, Stack, Text, Textarea } from '@mantine/core';
import { IconAlertTriangle, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useInvite } from '../../api/invitations';
import type { InvitationLanguage, InviteResult, LicenseKey } from '../../api/types';
import { FileDrop } from '../../components/file-drop';
import { formatNumber, plural } from '../../lib/format';
import { CSV_MAX_BYTES, EXPIRY_DAYS, INVITE_MAX, LANGUAGES, splitAddresses, type ExpiryDays } from './invitation-options';
import { InviteResultSummary } from './invite-result';
import { FormError } from '../../components/form-error';
import { MailNotice } from '../../components/mail-notice';

interface InviteDialogProps {
  subscriptionId: string;
  keys: LicenseKey[];
  initialKeyId: string | null;
  onClose: () => void;
}

/** Invite Users: pick a key, paste addresses or drop a one-column CSV, pick the language and the expiry. */
export function InviteDialog({ subscriptionId, keys, initialKeyId, onClose }: InviteDialogProps) {
  const invite = useInvite(subscriptionId);
  const usable = keys.filter((k) => k.status !== 'expired');
  const [keyId, setKeyId] = useState<string | null>(usable.some((k) => k.id === initialKeyId) ? initialKeyId : null);
  const [text, setText] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [language, setLanguage] = useState<InvitationLanguage>('en');
  const [days, setDays] = useState<ExpiryDays>(7);
  const [submitted, setSubmitted] = useState(false);
  const [result, setResult] = useState<InviteResult | null>(null);

  const key = usable.find((k) => k.id === keyId);
  const addresses = splitAddresses(text);
  const problems = {
    key: keyId ? null : 'Pick the key the invitees will use.',
    emails: file
      ? file.size > CSV_MAX_BYTES
        ? 'The file is larger than 2 MB: split it in parts.'
        : null
      : addresses.length === 0
        ? 'Paste at least one address, or drop a CSV file.'
        : addresses.length > INVITE_MAX
          ? `At most ${formatNumber(INVITE_MAX)} addresses at once (${formatNumber(addresses.length)} pasted).`
          : null,
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (problems.key || problems.emails || !keyId) return;
    const request = file
      ? ({ kind: 'csv', keyId, file, language, expiresInDays: days } as const)
      : ({ kind: 'emails', keyId, body: { emails: addresses, language, expiresInDays: days } } as const);
    invite.mutate(request, { onSuccess: setResult });
  };

  return (
    <Modal opened onClose={onClose} title="Invite users" size="lg">
      {result ? (
        <Stack gap="md">
          <InviteResultSummary result={result} />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              Each person gets an email with a personal activation code for the key, install steps and the download link. The first to activate get the
              seats.
            </Text>
            <MailNotice what="invitations" />
            {invite.isError && (
              <FormError error={invite.error} title="The server refused" />
            )}
            <Select
              label="Key"
              placeholder="Pick a key"
              required
              data={usable.map((k) => ({ value: k.id, label: `${k.name}${k.type === 'primary' ? ' (primary key)' : ''} — ${formatNumber(k.available)} available` }))}
              value={keyId}
              onChange={setKeyId}
              error={submitted && problems.key}
              comboboxProps={{ withinPortal: true }}
            />
            {key?.type === 'primary' && (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
                You are inviting on the primary key: invitees draw on the whole main pool, with no cap. A sublicense key per group keeps seats under control.
              </Alert>
            )}
            {key && key.status === 'blocked' && (
              <Alert color="yellow" variant="light" icon={<IconAlertTriangle size={18} />}>
                “{key.name}” is blocked: the codes will work once you unblock it.
              </Alert>
            )}
            {file ? (
              <Group justify="space-between" wrap="nowrap" p="sm" style={{ border: '1px solid var(--mantine-color-gray-3)', borderRadius: 'var(--mantine-radius-md)' }}>
                <Group gap="sm" wrap="nowrap">
                  <IconFileSpreadsheet size={20} />
                  <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                    {file.name}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatNumber(Math.ceil(file.size / 1024))} KB
                  </Text>
                </Group>
                <CloseButton aria-label="Remove the file" onClick={() => setFile(null)} />
              </Group>
            ) : (
              <Textarea
                label="Email addresses"
                description="One per line, or separated by commas."
                placeholder={'ana@example.com\nbo@example.com'}
                autosize
                minRows={4}
                maxRows={10}
                value={text}
                onChange={(e) => setText(e.currentTarget.value)}
                error={submitted && problems.emails}
                data-autofocus
              />
            )}
            {!file && (
              <FileDrop
                label="Or drop a CSV file here, or click to choose one"
                hint="One address per line; a header line (email) is optional. Up to 10,000 addresses, 2 MB."
                accept=".csv,text/csv"
                onFile={setFile}
              />
            )}
            {file && submitted && problems.emails && (
              <Text size="sm" c="red">
                {problems.emails}
              </Text>
            )}
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <Select label="Email language" data={LANGUAGES} value={language} onChange={(v) => v && setLanguage(v as InvitationLanguage)} allowDeselect={false} />
              <Select
                label="Codes expire after"
                data={EXPIRY_DAYS.map((d) => ({ value: String(d), label: plural(d, 'day') }))}
                value={String(days)}
                onChange={(v) => v && setDays(Number(v) as ExpiryDays)}
                allowDeselect={false}
              />
            </SimpleGrid>
            {key && !file && addresses.length > key.available && (
              <Text size="sm" c="dimmed">
                “{key.name}” has {plural(key.available, 'seat')} available for {plural(addresses.length, 'invitee')}: the first to activate get them.
              </Text>
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={onClose} disabled={invite.isPending}>
                Cancel
              </Button>
              <Button type="submit" loading={invite.isPending}>
                {file ? 'Send invitations' : addresses.length > 0 ? `Invite ${plural(addresses.length, 'person', 'people')}` : 'Send invitations'}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
