import { NumberInput, Radio, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { OptionCard } from '../../components/option-card';
import type { LicenseKey, Subscription } from '../../api/types';
import { formatDate, plural, toDateInput, today } from '../../lib/format';
import { KEY_TYPE } from '../../lib/status';
import { NAME_MAX, type DraftProblems, type KeyDraft } from './key-draft';
import { seatLimit, typeHint, type SublicenseType } from './seat-rules';

interface KeyFieldsProps {
  draft: KeyDraft;
  onChange: (draft: KeyDraft) => void;
  problems: DraftProblems;
  /** Once the form was submitted: also the problems of fields still empty. */
  showProblems: boolean;
  subscription: Subscription;
  /** The key being changed; null when creating one. */
  licenseKey: LicenseKey | null;
  withName: boolean;
}

const TYPES: SublicenseType[] = ['dynamic', 'reserved'];

export function KeyFields({ draft, onChange, problems, showProblems, subscription, licenseKey, withName }: KeyFieldsProps) {
  const set = <K extends keyof KeyDraft>(field: K, value: KeyDraft[K]) => onChange({ ...draft, [field]: value });
  // Seats and expiry are explained as they are typed; an empty name only after a submit.
  const shown = (field: keyof KeyDraft) => (showProblems || (field !== 'name' && draft[field] !== '') ? problems[field] : undefined);
  const limit = seatLimit(subscription.seats, licenseKey, draft.type);

  return (
    <Stack gap="md">
      {withName && (
        <TextInput
          label="Name"
          description="The group of people the key serves, e.g. Engineering or Berlin office."
          required
          maxLength={NAME_MAX}
          value={draft.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={shown('name')}
          data-autofocus
        />
      )}
      <Radio.Group label="Type" required value={draft.type} onChange={(v) => set('type', v as SublicenseType)} description={typeHint(subscription.seats, draft.type)}>
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt="xs">
          {TYPES.map((type) => (
            <OptionCard key={type} value={type} label={KEY_TYPE[type].label} description={KEY_TYPE[type].description} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      <NumberInput
        label="Seats (maximum)"
        required
        min={1}
        max={subscription.seats.total}
        allowDecimal={false}
        allowNegative={false}
        thousandSeparator=","
        value={draft.maxSeats}
        onChange={(v) => set('maxSeats', typeof v === 'number' ? v : v === '' ? '' : Number(v))}
        description={
          licenseKey && licenseKey.used > 0
            ? `${plural(licenseKey.used, 'device')} use it now · up to ${plural(limit, 'seat')} possible`
            : `Up to ${plural(limit, 'seat')} possible`
        }
        error={shown('maxSeats')}
      />
      <TextInput
        type="date"
        label="Expires on"
        description={`Leave empty to expire with the subscription (${formatDate(subscription.expiresAt)}).`}
        min={today()}
        max={toDateInput(subscription.expiresAt)}
        value={draft.expiresOn}
        onChange={(e) => set('expiresOn', e.currentTarget.value)}
        error={shown('expiresOn')}
      />
    </Stack>
  );
}
