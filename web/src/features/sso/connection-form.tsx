import { Alert, Button, FileButton, Group, List, NumberInput, PasswordInput, Radio, SegmentedControl, SimpleGrid, Stack, Switch, Text, Textarea, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useSaveSsoConnection } from '../../api/sso';
import type { SsoConnection } from '../../api/types';
import { errorCode } from '../../lib/errors';
import { useSignedIn } from '../../lib/signed-in';
import { bodyOf, connectionError, DEVICES_PER_USER_DEFAULT, DEVICES_PER_USER_MAX, draftOf, missingOf, type ConnectionDraft, type Protocol } from './connection-draft';

interface ConnectionFormProps {
  accountId: string;
  saved: SsoConnection | null;
  verifiedDomains: string[];
  /** The protocol chosen, so that the values to paste into the provider follow it. */
  onProtocol: (protocol: Protocol) => void;
  onSaved?: () => void;
}

/** Create or replace the account's connection: SAML 2.0 (metadata, or the three values) or OpenID Connect. */
export function ConnectionForm({ accountId, saved, verifiedDomains, onProtocol, onSaved }: ConnectionFormProps) {
  const [draft, setDraft] = useState<ConnectionDraft>(() => draftOf(saved));
  const save = useSaveSsoConnection(accountId);
  const set = <K extends keyof ConnectionDraft>(field: K, value: ConnectionDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    save.reset();
  };
  const { member } = useSignedIn();
  const myDomainVerified = verifiedDomains.includes(member.email.split('@').pop()!.toLowerCase());
  const secretStored = saved?.protocol === 'oidc' && saved.clientSecretSet;
  const missing = missingOf(draft, secretStored);
  const refusal = save.isError ? connectionError(save.error) : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (missing) return;
    save.mutate(bodyOf(draft), {
      onSuccess: (c) => {
        setDraft(draftOf(c));
        onSaved?.();
      },
    });
  };

  const readFile = async (file: File | null) => {
    if (file) set('idpMetadataXml', await file.text());
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Identity provider connection">
      <Stack gap="md">
        <SegmentedControl
          value={draft.protocol}
          onChange={(v) => {
            set('protocol', v as Protocol);
            onProtocol(v as Protocol);
          }}
          data={[
            { value: 'saml', label: 'SAML 2.0' },
            { value: 'oidc', label: 'OpenID Connect' },
          ]}
          style={{ alignSelf: 'flex-start' }}
          aria-label="Protocol"
        />

        {draft.protocol === 'saml' ? (
          <Stack gap="sm">
            <Radio.Group label="From the identity provider" value={draft.samlSource} onChange={(v) => set('samlSource', v as ConnectionDraft['samlSource'])}>
              <Group gap="lg" mt={6}>
                <Radio value="metadata" label="Its metadata document" />
                <Radio value="values" label="Entity ID, sign-on URL and certificate" />
              </Group>
            </Radio.Group>
            {draft.samlSource === 'metadata' ? (
              <Stack gap={6}>
                <Textarea
                  label="Metadata document (XML)"
                  description="Federation metadata, IdP metadata: paste the XML, or upload the file your provider gives."
                  placeholder="<EntityDescriptor …>"
                  autosize
                  minRows={4}
                  maxRows={10}
                  value={draft.idpMetadataXml}
                  onChange={(e) => set('idpMetadataXml', e.currentTarget.value)}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
                />
                <FileButton onChange={(f) => void readFile(f)} accept=".xml,application/xml,text/xml,application/samlmetadata+xml">
                  {(props) => (
                    <Button {...props} variant="default" size="xs" leftSection={<IconUpload size={14} />} style={{ alignSelf: 'flex-start' }}>
                      Upload metadata file
                    </Button>
                  )}
                </FileButton>
              </Stack>
            ) : (
              <>
                <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
                  <TextInput label="Entity ID" description="The provider's Identifier, Issuer or Entity ID." value={draft.idpEntityId} onChange={(e) => set('idpEntityId', e.currentTarget.value)} />
                  <TextInput
                    label="Single sign-on URL"
                    description="Where people sign in (HTTP-Redirect binding)."
                    placeholder="https://"
                    value={draft.idpSsoUrl}
                    onChange={(e) => set('idpSsoUrl', e.currentTarget.value)}
                  />
                </SimpleGrid>
                <Textarea
                  label="Signing certificate (PEM)"
                  description="Paste the certificate, BEGIN and END lines included. Before your provider rolls its certificate over, paste the new one after the old."
                  placeholder="-----BEGIN CERTIFICATE-----"
                  autosize
                  minRows={4}
                  maxRows={10}
                  value={draft.idpCertificates}
                  onChange={(e) => set('idpCertificates', e.currentTarget.value)}
                  styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 12 } }}
                />
              </>
            )}
          </Stack>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <TextInput
              label="Issuer URL"
              description="Allot reads the provider's endpoints from its discovery document when you save."
              placeholder="https://login.example.com"
              value={draft.issuer}
              onChange={(e) => set('issuer', e.currentTarget.value)}
            />
            <TextInput label="Client ID" description="Of the client you registered for Allot." value={draft.clientId} onChange={(e) => set('clientId', e.currentTarget.value)} />
            <PasswordInput
              label="Client secret"
              description={secretStored ? 'A secret is stored (it is never shown). Leave empty to keep it.' : 'Stored encrypted; never shown again.'}
              placeholder={secretStored ? 'Stored' : undefined}
              autoComplete="new-password"
              value={draft.clientSecret}
              onChange={(e) => set('clientSecret', e.currentTarget.value)}
            />
          </SimpleGrid>
        )}

        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <TextInput
            label="Administrators group"
            description="Members of this group sign in to this console as Account Administrators. Leave empty for none."
            value={draft.adminGroup}
            onChange={(e) => set('adminGroup', e.currentTarget.value)}
          />
          <NumberInput
            label="Devices per person"
            description="One seat covers this many active devices of a person."
            min={1}
            max={DEVICES_PER_USER_MAX}
            clampBehavior="strict"
            allowDecimal={false}
            value={draft.devicesPerUser}
            onChange={(v) => set('devicesPerUser', typeof v === 'number' ? v : DEVICES_PER_USER_DEFAULT)}
          />
          <TextInput
            label="Groups attribute"
            description="The attribute or claim that carries groups. Empty: groups (and Entra ID's groups claim for SAML)."
            placeholder="groups"
            value={draft.groupsAttribute}
            onChange={(e) => set('groupsAttribute', e.currentTarget.value)}
          />
          <TextInput
            label="Email attribute"
            description={draft.protocol === 'saml' ? 'Empty: the NameID when it is an address, else the usual email attributes.' : 'Empty: the email claim.'}
            placeholder={draft.protocol === 'saml' ? 'NameID' : 'email'}
            value={draft.emailAttribute}
            onChange={(e) => set('emailAttribute', e.currentTarget.value)}
          />
        </SimpleGrid>

        <Switch
          label="Require SSO for the console"
          description="Passwords stop working for addresses of your verified domains."
          checked={draft.enforce}
          onChange={(e) => set('enforce', e.currentTarget.checked)}
        />
        {draft.enforce && (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title="Password sign-in stops" data-testid="enforce-warning">
            {verifiedDomains.length > 0
              ? `Nobody with an address at ${verifiedDomains.join(', ')} can sign in with a password any more${myDomainVerified ? ', you included' : ''}. `
              : 'Nobody with an address at your verified domains can sign in with a password any more. '}
            Keep a way in for the day the identity provider fails: an Account Administrator whose address is on another domain, or the operator.
          </Alert>
        )}

        {refusal && (
          <Alert color="red" variant="light" role="alert" title="The connection was not saved" data-code={errorCode(save.error) ?? undefined}>
            <Text size="sm">{refusal.message}</Text>
            {refusal.problems.length > 0 && (
              <List size="sm" mt={4}>
                {refusal.problems.map((p, i) => (
                  <List.Item key={i}>{p}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          {missing && (
            <Text size="sm" c="dimmed">
              {missing}
            </Text>
          )}
          <Button type="submit" loading={save.isPending} disabled={missing !== null}>
            {saved ? 'Save connection' : 'Connect'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
