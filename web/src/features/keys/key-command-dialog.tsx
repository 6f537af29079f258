import { useKeyCommand } from '../../api/keys';
import type { LicenseKey } from '../../api/types';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { plural } from '../../lib/format';

const TEXT = {
  block: {
    title: 'Block',
    confirm: 'Block key',
    body: (k: LicenseKey) =>
      `Nobody can activate with it until you unblock it, and its ${plural(k.used, 'device')} stop working at their next check-in (within a week). Their seats stay taken.`,
  },
  regenerate: {
    title: 'Regenerate',
    confirm: 'Regenerate key',
    body: (k: LicenseKey) =>
      `A new key string replaces the current one, which stops working at once. The ${plural(k.used, 'device')} already activated keep their license; anyone else needs the new key.`,
  },
} as const;

/** The two key commands worth a second thought. */
export function KeyCommandDialog({ licenseKey, command, onClose }: { licenseKey: LicenseKey; command: keyof typeof TEXT; onClose: () => void }) {
  const run = useKeyCommand(licenseKey, command);
  const text = TEXT[command];
  return (
    <ConfirmDialog
      opened
      onClose={onClose}
      title={`${text.title} “${licenseKey.name}”?`}
      confirmLabel={text.confirm}
      danger
      loading={run.isPending}
      onConfirm={() => run.mutate(undefined, { onSuccess: onClose })}
    >
      {text.body(licenseKey)}
    </ConfirmDialog>
  );
}
