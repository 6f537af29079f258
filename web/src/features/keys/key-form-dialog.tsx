import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { LicenseKey, Subscription } from '../../api/types';
import { draftOf, draftProblems, type KeyDraft } from './key-draft';
import { KeyFields } from './key-fields';
import { FormError } from '../../components/form-error';

interface KeyFormDialogProps {
  opened: boolean;
  onClose: () => void;
  title: string;
  submitLabel: string;
  subscription: Subscription;
  /** The key being changed; null to create one. */
  licenseKey: LicenseKey | null;
  pending: boolean;
  error: unknown;
  onSubmit: (draft: KeyDraft) => Promise<unknown>;
}

/** Creating a key, or changing its seats, type and expiry: one form, the same rules. */
export function KeyFormDialog({ opened, onClose, title, submitLabel, subscription, licenseKey, pending, error, onSubmit }: KeyFormDialogProps) {
  const [draft, setDraft] = useState<KeyDraft>(() => draftOf(licenseKey));
  const [submitted, setSubmitted] = useState(false);
  const problems = draftProblems(draft, subscription, licenseKey);

  const close = () => {
    setDraft(draftOf(licenseKey));
    setSubmitted(false);
    onClose();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return;
    try {
      await onSubmit(draft);
      close();
    } catch {
      // shown below, in the API's words
    }
  };

  return (
    <Modal opened={opened} onClose={close} title={title} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="lg">
          {error != null && !pending && (
            <FormError error={error} title="The server refused" />
          )}
          <KeyFields
            draft={draft}
            onChange={setDraft}
            problems={problems}
            showProblems={submitted}
            subscription={subscription}
            licenseKey={licenseKey}
            withName={licenseKey === null}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
