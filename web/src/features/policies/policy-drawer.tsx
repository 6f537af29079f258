import { Alert, Badge, Button, Divider, Drawer, Group, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { IconInfoCircle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useKeyPolicy, useResetPolicy, useSavePolicy } from '../../api/policies';
import type { KeyPolicyView, LicenseKey, PolicySettings } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { FormError } from '../../components/form-error';
import { ErrorState, LoadingState } from '../../components/states';
import { formatDateTime } from '../../lib/format';
import { NETWORK, POLICY_SWITCHES, sameSettings, settingsOf, valueLabel, VM_STARTUP } from './policy-settings';

/**
 * A key's policy: what the licensed app allows on the machines activated with it. A sublicense
 * key inherits the account default (the primary key's) until it is customized; `editable` is
 * false for a License Administrator, who may read it only.
 */
export function PolicyDrawer({
  licenseKey,
  primaryKey,
  editable,
  onClose,
}: {
  licenseKey: LicenseKey;
  /** The account default's key, to say when the default last changed on a key that inherits it. */
  primaryKey: Pick<LicenseKey, 'id'> | null;
  editable: boolean;
  onClose: () => void;
}) {
  const view = useKeyPolicy(licenseKey);
  const inherits = view.data?.policy.inherited === true && licenseKey.type !== 'primary';
  const defaultView = useKeyPolicy(primaryKey, inherits);
  return (
    <Drawer
      opened
      onClose={onClose}
      position="right"
      size={560}
      title={<Title order={2}>Policy of “{licenseKey.name}”</Title>}
      closeButtonProps={{ 'aria-label': 'Close' }}
    >
      {view.isError ? (
        <ErrorState error={view.error} onRetry={() => view.refetch()} />
      ) : view.isPending ? (
        <LoadingState />
      ) : (
        // a new editor per version: what it shows is always the server's latest
        <PolicyEditor
          key={`${view.data.policy.version}-${view.data.policy.inherited}`}
          licenseKey={licenseKey}
          view={view.data}
          defaultChangedAt={defaultView.data?.updatedAt ?? null}
          editable={editable}
        />
      )}
    </Drawer>
  );
}

function PolicyEditor({ licenseKey, view, defaultChangedAt, editable }: { licenseKey: LicenseKey; view: KeyPolicyView; defaultChangedAt: string | null; editable: boolean }) {
  const primary = licenseKey.type === 'primary';
  const inherited = !primary && view.policy.inherited;
  const saved = settingsOf(view.policy);
  const [draft, setDraft] = useState<PolicySettings>(saved);
  const [customizing, setCustomizing] = useState(false);
  const [confirmReset, setConfirmReset] = useState(false);
  const save = useSavePolicy(licenseKey);
  const reset = useResetPolicy(licenseKey);
  const open = editable && (!inherited || customizing);
  const dirty = !sameSettings(draft, saved);
  const set = <F extends keyof PolicySettings>(field: F, value: PolicySettings[F]) => {
    setDraft((d) => ({ ...d, [field]: value }));
    save.reset();
  };
  const defaults = settingsOf(view.accountDefault);
  /** On a key with its own policy, where it departs from the account default. */
  const differs = (field: keyof PolicySettings) => !primary && !inherited && draft[field] !== defaults[field];
  const hint = (field: keyof PolicySettings) =>
    differs(field) ? (
      <Text span size="xs" c="orange.8" fw={500}>
        {' '}
        (default: {valueLabel(field, defaults)})
      </Text>
    ) : null;

  return (
    <Stack gap="md" data-testid="policy-editor">
      <Group gap="xs">
        {primary ? (
          <Badge color="grape">Account default</Badge>
        ) : inherited ? (
          <Badge color="gray">Inherits the account default</Badge>
        ) : (
          <Badge color="blue">Own policy</Badge>
        )}
        <Badge color="gray" variant="outline" className="tabular">
          Version {view.policy.version}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed" data-testid="policy-changed">
        {inherited
          ? defaultChangedAt
            ? `The account default last changed ${formatDateTime(defaultChangedAt)}.`
            : view.accountDefault.version === 1
              ? 'The account default has never been changed: these are the built-in settings.'
              : `Version ${view.accountDefault.version} of the account default.`
          : view.updatedAt
            ? `Last changed ${formatDateTime(view.updatedAt)}.`
            : 'Never changed: these are the built-in settings.'}
      </Text>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconRefresh size={16} style={{ flex: 'none', marginTop: 2 }} color="var(--mantine-color-blue-6)" />
        <Text size="sm">Devices get a change at their next check-in, not before: a license already on a machine keeps the policy it was issued with until then.</Text>
      </Group>

      {primary && (
        <Alert variant="light" color="grape" icon={<IconInfoCircle size={18} />} title="This is the account default">
          The primary key’s policy is the default of the account: every key that inherits it follows each change made here. A key with a policy of its own keeps it.
        </Alert>
      )}
      {inherited && !customizing && (
        <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />} title="Inherits the account default">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">
              This key follows the primary key’s policy (version {view.accountDefault.version}), shown below: when the default changes, so does this key. Customize to give it a
              policy of its own.
            </Text>
            {editable && (
              <Button size="xs" onClick={() => setCustomizing(true)}>
                Customize
              </Button>
            )}
          </Stack>
        </Alert>
      )}
      {inherited && customizing && (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />}>
          Starting from the account default. Saving gives this key a policy of its own: later changes to the default no longer reach it.
        </Alert>
      )}

      <Stack gap="sm">
        <Title order={3}>Restrictions</Title>
        {POLICY_SWITCHES.map(({ field, label, description }) =>
          open ? (
            <Switch
              key={field}
              checked={draft[field]}
              onChange={(e) => set(field, e.currentTarget.checked)}
              label={
                <>
                  {label}
                  {hint(field)}
                </>
              }
              description={description}
              aria-label={label}
            />
          ) : (
            <ReadOnlySetting key={field} field={field} label={label} description={description} value={draft[field] ? 'On' : 'Off'} on={draft[field]} />
          ),
        )}
      </Stack>
      <Divider />
      {open ? (
        <>
          <Radio.Group
            label="Virtual machine startup"
            value={draft.vmStartup}
            onChange={(v) => set('vmStartup', v as PolicySettings['vmStartup'])}
            description={differs('vmStartup') ? `The account default: ${valueLabel('vmStartup', defaults)}.` : undefined}
          >
            <Stack gap="xs" mt="xs">
              {VM_STARTUP.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} description={o.description} />
              ))}
            </Stack>
          </Radio.Group>
          <Radio.Group
            label="Virtual machine network"
            value={draft.network}
            onChange={(v) => set('network', v as PolicySettings['network'])}
            description={differs('network') ? `The account default: ${valueLabel('network', defaults)}.` : undefined}
          >
            <Stack gap="xs" mt="xs">
              {NETWORK.map((o) => (
                <Radio key={o.value} value={o.value} label={o.label} description={o.description} />
              ))}
            </Stack>
          </Radio.Group>
        </>
      ) : (
        <Stack gap="sm">
          <Title order={3}>Virtual machines</Title>
          <ReadOnlySetting
            field="vmStartup"
            label="Virtual machine startup"
            description={VM_STARTUP.find((o) => o.value === draft.vmStartup)?.description ?? ''}
            value={valueLabel('vmStartup', draft)}
          />
          <ReadOnlySetting
            field="network"
            label="Virtual machine network"
            description={NETWORK.find((o) => o.value === draft.network)?.description ?? ''}
            value={valueLabel('network', draft)}
          />
        </Stack>
      )}

      {save.isError && <FormError error={save.error} title="The policy was not saved" />}
      {reset.isError && <FormError error={reset.error} title="The key still has its own policy" />}

      {editable && (open || !inherited) && (
        <Group
          justify="space-between"
          gap="sm"
          py="sm"
          style={{ position: 'sticky', bottom: 0, background: 'var(--mantine-color-body)', borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 1 }}
        >
          {!primary && !inherited ? (
            <Button variant="subtle" color="red" onClick={() => setConfirmReset(true)} disabled={save.isPending}>
              Reset to account default
            </Button>
          ) : (
            <span />
          )}
          {open && (
            <Group gap="sm">
              {(dirty || customizing) && (
                <Button
                  variant="default"
                  onClick={() => {
                    setDraft(saved);
                    setCustomizing(false);
                    save.reset();
                  }}
                  disabled={save.isPending}
                >
                  Discard
                </Button>
              )}
              <Button onClick={() => save.mutate(draft)} loading={save.isPending} disabled={!dirty && !customizing}>
                {primary ? 'Save the account default' : inherited ? 'Save as its own policy' : 'Save policy'}
              </Button>
            </Group>
          )}
        </Group>
      )}
      <ConfirmDialog
        opened={confirmReset}
        onClose={() => setConfirmReset(false)}
        title={`Reset “${licenseKey.name}” to the account default?`}
        confirmLabel="Reset to account default"
        loading={reset.isPending}
        onConfirm={() => reset.mutate(undefined, { onSettled: () => setConfirmReset(false) })}
      >
        Its own policy is removed: the key follows the primary key’s policy (version {view.accountDefault.version}) again. Its devices get it at their next check-in.
      </ConfirmDialog>
    </Stack>
  );
}

/** A setting shown, not changed (a key that inherits, or a member who may only read): its value in a word. */
function ReadOnlySetting({ field, label, description, value, on }: { field: string; label: string; description: string; value: string; on?: boolean }) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md" data-testid={`setting-${field}`}>
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text size="sm">{label}</Text>
        <Text size="xs" c="dimmed">
          {description}
        </Text>
      </Stack>
      <Badge color={on === undefined ? 'blue' : on ? 'teal' : 'gray'} variant={on === false ? 'outline' : 'light'} style={{ flex: 'none' }}>
        {value}
      </Badge>
    </Group>
  );
}
