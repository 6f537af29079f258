import { useUpdateKey } from '../../api/keys';
import type { LicenseKey, Subscription, UpdateKeyInput } from '../../api/types';
import { draftOf, expiryOf, type KeyDraft } from './key-draft';
import { KeyFormDialog } from './key-form-dialog';

/** Only what changed is sent, so the API judges exactly that change. */
function changes(key: LicenseKey, draft: KeyDraft, subscription: Subscription): UpdateKeyInput {
  const before = draftOf(key);
  const patch: UpdateKeyInput = {};
  if (draft.type !== before.type) patch.type = draft.type;
  if (draft.maxSeats !== before.maxSeats) patch.maxSeats = Number(draft.maxSeats);
  if (draft.expiresOn !== before.expiresOn) patch.expiresAt = expiryOf(draft, subscription);
  return patch;
}

export function EditKeyDialog({ licenseKey, subscription, onClose }: { licenseKey: LicenseKey; subscription: Subscription; onClose: () => void }) {
  const update = useUpdateKey(licenseKey);
  return (
    <KeyFormDialog
      opened
      onClose={onClose}
      title={`Seats, type and expiry of “${licenseKey.name}”`}
      submitLabel="Save changes"
      subscription={subscription}
      licenseKey={licenseKey}
      pending={update.isPending}
      error={update.error}
      onSubmit={async (draft) => {
        const patch = changes(licenseKey, draft, subscription);
        if (Object.keys(patch).length > 0) await update.mutateAsync(patch);
      }}
    />
  );
}
