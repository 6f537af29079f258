import { useOutletContext } from 'react-router';
import type { Subscription } from '../../api/types';

/** The subscription the tabs below its header are about (loaded once by the layout). */
export const useCurrentSubscription = (): Subscription => useOutletContext<{ subscription: Subscription }>().subscription;
