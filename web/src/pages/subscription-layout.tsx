import { Outlet, useParams } from 'react-router';
import { useSubscription } from '../api/subscriptions';
import { PageHeader } from '../components/page-header';
import { ErrorState, LoadingState } from '../components/states';
import { StatusBadge } from '../components/status-badge';
import { ExpiryLine } from '../features/subscription/expiry-line';
import { SubscriptionTabs } from '../features/subscription/subscription-tabs';
import { SUBSCRIPTION_STATUS } from '../lib/status';

const CRUMBS = [{ label: 'Subscriptions', to: '/subscriptions' }];

export default function SubscriptionLayout() {
  const id = useParams().subscriptionId!;
  const subscription = useSubscription(id);

  if (subscription.isPending) return <LoadingState />;
  if (subscription.isError)
    return (
      <>
        <PageHeader title="Subscription" crumbs={CRUMBS} />
        <ErrorState error={subscription.error} title="This subscription cannot be shown" onRetry={() => subscription.refetch()} />
      </>
    );

  const s = subscription.data;
  return (
    <>
      <PageHeader
        crumbs={CRUMBS}
        title={s.product.name}
        badge={<StatusBadge table={SUBSCRIPTION_STATUS} status={s.status} />}
        description={<ExpiryLine subscription={s} />}
      />
      <SubscriptionTabs subscriptionId={s.id} />
      <Outlet context={{ subscription: s }} />
    </>
  );
}
