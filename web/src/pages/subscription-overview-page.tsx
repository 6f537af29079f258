import { Stack } from '@mantine/core';
import { SeatBox } from '../features/subscription/seat-box';
import { useCurrentSubscription } from '../features/subscription/context';
import { KeysCard } from '../features/keys/keys-card';

export default function SubscriptionOverviewPage() {
  const subscription = useCurrentSubscription();
  return (
    <Stack gap="lg">
      <SeatBox seats={subscription.seats} />
      <KeysCard subscription={subscription} />
    </Stack>
  );
}
