/**
 * The operator's changes to a subscription, each a small dialog that states its rule beside the
 * form (DOMAIN.md): seats never below what is committed, grace keeps devices working after
 * expiry, keys that expire with the subscription follow its new date.
 */
import { Alert, Button, Group, Modal, NumberInput, SegmentedControl, Select, Stack, Switch, Text, TextInput } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useChangeSubscription, useCreateSubscription, useProducts, type SubscriptionChange } from '../../api/operator';
import type { Subscription } from '../../api/types';
import { FormError } from '../../components/form-error';
import { endOfDayIso, formatDate, formatNumber, plural, toDateInput, today } from '../../lib/format';

const SEATS_MAX = 1_000_000;
const GRACE_MAX_DAYS = 365;

function Rule({ children }: { children: ReactNode }) {
  return (
    <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} />} p="sm" role="note">
      <Text size="sm">{children}</Text>
    </Alert>
  );
}

function DialogForm({ title, onClose, pending, error, submitLabel, disabled, onSubmit, children }: {
  title: string;
  onClose: () => void;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  disabled?: boolean;
  onSubmit: () => void;
  children: ReactNode;
}) {
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!disabled) onSubmit();
  };
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {error != null && !pending && <FormError error={error} title="The server refused" />}
          {children}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending} disabled={disabled}>
              {submitLabel}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

const asInt = (v: string | number): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

/** Committed seats: used, plus reserved seats not in use. The total never goes below them. */
export const committedOf = (s: Subscription): number => s.seats.used + s.seats.availableReserved;

export function SeatsDialog({ subscription: s, onClose }: { subscription: Subscription; onClose: () => void }) {
  const change = useChangeSubscription(s);
  const [mode, setMode] = useState<'add' | 'set'>('add');
  const [add, setAdd] = useState<string | number>(1);
  const [total, setTotal] = useState<string | number>(s.seats.total);
  const committed = committedOf(s);
  const adding = asInt(add);
  const newTotal = asInt(total);
  const valid = mode === 'add' ? adding !== null && adding >= 1 && s.seats.total + adding <= SEATS_MAX : newTotal !== null && newTotal >= Math.max(1, committed) && newTotal <= SEATS_MAX;
  const body: SubscriptionChange = mode === 'add' ? { addSeats: adding ?? 0 } : { seats: newTotal ?? 0 };
  return (
    <DialogForm title={`Seats of ${s.product.name}`} onClose={onClose} pending={change.isPending} error={change.error} submitLabel={mode === 'add' ? 'Add the seats' : 'Set the total'} disabled={!valid} onSubmit={() => change.mutate(body, { onSuccess: onClose })}>
      <SegmentedControl
        value={mode}
        onChange={(v) => setMode(v as 'add' | 'set')}
        data={[
          { value: 'add', label: 'Add seats' },
          { value: 'set', label: 'Set the total' },
        ]}
      />
      {mode === 'add' ? (
        <NumberInput
          label="Seats to add"
          description={adding ? `The total becomes ${formatNumber(s.seats.total + adding)} (now ${formatNumber(s.seats.total)}).` : `Now ${formatNumber(s.seats.total)}.`}
          min={1}
          max={SEATS_MAX - s.seats.total}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={add}
          onChange={setAdd}
          data-autofocus
        />
      ) : (
        <NumberInput
          label="New total"
          description={`At least ${formatNumber(Math.max(1, committed))}.`}
          min={Math.max(1, committed)}
          max={SEATS_MAX}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator=","
          value={total}
          onChange={setTotal}
          error={newTotal !== null && newTotal < committed ? `${formatNumber(committed)} seats are committed: the total cannot go below that.` : undefined}
        />
      )}
      <Rule>
        Seats can be added at any time, mid-term; two operators adding at once both count. The total can never go below what is committed: used (
        {formatNumber(s.seats.used)}) + reserved not in use ({formatNumber(s.seats.availableReserved)}) = <b>{formatNumber(committed)}</b>.
      </Rule>
    </DialogForm>
  );
}

export function ExtendDialog({ subscription: s, onClose }: { subscription: Subscription; onClose: () => void }) {
  const change = useChangeSubscription(s);
  const [day, setDay] = useState(toDateInput(s.expiresAt));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(day) && day >= today();
  return (
    <DialogForm title={`Extend ${s.product.name}`} onClose={onClose} pending={change.isPending} error={change.error} submitLabel="Save the expiry" disabled={!valid || day === toDateInput(s.expiresAt)} onSubmit={() => change.mutate({ expiresAt: endOfDayIso(day) }, { onSuccess: onClose })}>
      <TextInput type="date" label="New expiry" description={`Now ${formatDate(s.expiresAt)}. The subscription ends at the end of that day.`} min={today()} value={day} onChange={(e) => setDay(e.currentTarget.value)} data-autofocus />
      <Rule>
        Keys that expire with the subscription follow the new date; sublicense keys with a date of their own keep it. After expiry, devices keep working for the grace period (
        {plural(s.gracePeriodDays, 'day')}), then fail their next check-in.
      </Rule>
    </DialogForm>
  );
}

export function TermsDialog({ subscription: s, onClose }: { subscription: Subscription; onClose: () => void }) {
  const change = useChangeSubscription(s);
  const [grace, setGrace] = useState<string | number>(s.gracePeriodDays);
  const [autoRenew, setAutoRenew] = useState(s.autoRenew);
  const days = asInt(grace);
  const valid = days !== null && days >= 0 && days <= GRACE_MAX_DAYS && (days !== s.gracePeriodDays || autoRenew !== s.autoRenew);
  const body: SubscriptionChange = { ...(days !== s.gracePeriodDays && { gracePeriodDays: days ?? 0 }), ...(autoRenew !== s.autoRenew && { autoRenew }) };
  return (
    <DialogForm title={`Grace and renewal of ${s.product.name}`} onClose={onClose} pending={change.isPending} error={change.error} submitLabel="Save" disabled={!valid} onSubmit={() => change.mutate(body, { onSuccess: onClose })}>
      <NumberInput label="Grace period (days)" min={0} max={GRACE_MAX_DAYS} allowDecimal={false} allowNegative={false} value={grace} onChange={setGrace} data-autofocus />
      <Rule>Grace keeps devices working for that many days after the expiry date (30 by default). Once it ends, devices fail their next check-in.</Rule>
      <Switch label="Renews automatically" description="Shown to the customer; your billing system renews it by extending the expiry." checked={autoRenew} onChange={(e) => setAutoRenew(e.currentTarget.checked)} />
    </DialogForm>
  );
}

const inAYear = (): string => {
  const d = new Date();
  d.setFullYear(d.getFullYear() + 1);
  return toDateInput(d.toISOString());
};

export function CreateSubscriptionDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const create = useCreateSubscription(accountId);
  const products = useProducts();
  const [product, setProduct] = useState<string | null>(null);
  const [seats, setSeats] = useState<string | number>(10);
  const [day, setDay] = useState(inAYear());
  const [grace, setGrace] = useState<string | number>(30);
  const [autoRenew, setAutoRenew] = useState(false);
  const n = asInt(seats);
  const days = asInt(grace);
  const valid = product !== null && n !== null && n >= 1 && n <= SEATS_MAX && /^\d{4}-\d{2}-\d{2}$/.test(day) && day > today() && days !== null && days >= 0 && days <= GRACE_MAX_DAYS;
  const submit = () =>
    create.mutate({ product: product!, seats: n!, expiresAt: endOfDayIso(day), gracePeriodDays: days!, autoRenew }, { onSuccess: onClose });
  return (
    <DialogForm title="Sell a subscription" onClose={onClose} pending={create.isPending} error={create.error} submitLabel="Create the subscription" disabled={!valid} onSubmit={submit}>
      <Select
        label="Product"
        placeholder={products.isPending ? 'Loading…' : 'Choose a product'}
        data={(products.data ?? []).map((p) => ({ value: p.code, label: `${p.name} (${p.code})` }))}
        value={product}
        onChange={setProduct}
        searchable
        nothingFoundMessage="No product: create one on the Products page"
        data-autofocus
      />
      <NumberInput label="Seats" min={1} max={SEATS_MAX} allowDecimal={false} allowNegative={false} thousandSeparator="," value={seats} onChange={setSeats} />
      <Group grow align="flex-start">
        <TextInput type="date" label="Starts" value={today()} disabled description="Active from now" />
        <TextInput type="date" label="Expires" min={today()} value={day} onChange={(e) => setDay(e.currentTarget.value)} description="At the end of that day" />
      </Group>
      <NumberInput label="Grace period (days)" min={0} max={GRACE_MAX_DAYS} allowDecimal={false} allowNegative={false} value={grace} onChange={setGrace} />
      <Switch label="Renews automatically" checked={autoRenew} onChange={(e) => setAutoRenew(e.currentTarget.checked)} />
      <Rule>
        The subscription comes with its primary key. Seats can be added later, never reduced below what is committed (used + reserved). Grace keeps devices working that many days
        after expiry.
      </Rule>
    </DialogForm>
  );
}
