import type { AppDeps, Caller } from '../context.ts';
import { activationPage, type ActivationQuery, type ActivationRow } from '../device-listing.ts';
import type { Page } from '../ports/listing.ts';
import { openActivation, readSettled } from '../subscription-entry.ts';
import { activationView, type ActivationView } from '../views/activations.ts';

export type { ActivationQuery, ActivationRow } from '../device-listing.ts';

/** The devices of a subscription: filter, search, sort, page (server side). */
export async function listActivations(
  deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>,
  caller: Caller,
  subscriptionId: string,
  query: ActivationQuery,
): Promise<Page<ActivationRow>> {
  return readSettled(deps, caller, (scope) => activationPage(scope, subscriptionId, query));
}

export async function getActivation(deps: Pick<AppDeps, 'store' | 'clock' | 'ids'>, caller: Caller, id: string): Promise<ActivationView> {
  return readSettled(deps, caller, async (scope) => activationView((await openActivation(scope, id)).activation));
}
