import type { Subscription } from '../../api/types';
import { formatDate, formatRelative } from '../../lib/format';

/** "Expires 31 Dec 2027 (in 13 months) · renews automatically", or how the grace period stands. */
export function ExpiryLine({ subscription: s }: { subscription: Subscription }) {
  const parts: string[] = [];
  if (s.status === 'grace') parts.push(`Expired on ${formatDate(s.expiresAt)}; the grace period ends ${formatDate(s.graceEndsAt)} (${formatRelative(s.graceEndsAt)})`);
  else if (s.status === 'expired') parts.push(`Expired on ${formatDate(s.expiresAt)}; the grace period ended ${formatDate(s.graceEndsAt)}`);
  else parts.push(`Expires ${formatDate(s.expiresAt)} (${formatRelative(s.expiresAt)})`);
  if (s.autoRenew) parts.push('renews automatically');
  return <>{parts.join(' · ')}</>;
}
