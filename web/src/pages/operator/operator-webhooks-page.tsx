import { WebhooksPage } from '../webhooks-page';

/** The operator's own webhook endpoints: they receive the events of every account. */
export default function OperatorWebhooksPage() {
  return <WebhooksPage scope={{ operator: true }} />;
}
