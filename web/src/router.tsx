/**
 * The routes. What most visits show first is in the first load (the app shell, the sign-in page,
 * the subscription list and every tab of a subscription): its few files are fetched in parallel,
 * never one lazy chunk after another. The pages of the account (members, audit log, profile),
 * the password pages and the usage tab (with the chart library, the largest dependency) load
 * when first visited.
 *
 * Route loaders start reading what a page needs at once, in parallel, and ask for nothing before
 * the session is known, so a signed-out visit asks only for GET /v1/session. On the first load
 * they wait for the answers, and the app renders only then (main.tsx; index.html shows a loading
 * line meanwhile), so the page renders once, with its data, instead of as loading states first.
 * Afterwards they only start the reads: the next page shows its own loading state at once
 * rather than holding the previous one.
 */
import { createBrowserRouter, Navigate, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { devicesQuery } from './api/devices';
import { keysQuery } from './api/keys';
import { signedInOperator } from './api/operator';
import { queryClient } from './api/query-client';
import { signedInSession } from './api/session';
import { subscriptionQuery } from './api/subscriptions';
import type { Session } from './api/types';
import { AppLayout } from './components/layout/app-layout';
import { RouteError } from './components/route-error';
import { deviceQueryOf, viewFromSearch } from './features/devices/device-view';
import { permissionsOf } from './lib/permissions';
import BlacklistPage from './pages/blacklist-page';
import DevicesPage from './pages/devices-page';
import InvitationsPage from './pages/invitations-page';
import NotFoundPage from './pages/not-found-page';
import SignInPage from './pages/sign-in-page';
import SubscriptionLayout from './pages/subscription-layout';
import SubscriptionOverviewPage from './pages/subscription-overview-page';
import SubscriptionsPage from './pages/subscriptions-page';

type PageModule = { default: React.ComponentType };
/** A page of a lazy chunk, loaded when first visited. */
const page = (load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> => ({ lazy: async () => ({ Component: (await load()).default }) });
/** What a top-level route shows when it (or the page under it) fails. */
const frame = { errorElement: <RouteError /> };

/** Whether the first page is still to be shown (see above); false once the router has loaded it. */
let firstLoad = true;

/**
 * A loader that starts reads (prefetchQuery: they never fail, the page reports errors). `read`
 * runs once the session is known, and only for a member with subscriptions to manage (the
 * others would be refused).
 */
const prefetch =
  (read: (args: LoaderFunctionArgs, session: Session) => Promise<unknown>[]) =>
  async (args: LoaderFunctionArgs): Promise<null> => {
    const reads = signedInSession().then((session) =>
      session && !permissionsOf(session.member).hasNothingToManage ? Promise.all(read(args, session)) : null,
    );
    if (firstLoad) await reads;
    return null;
  };

const subscriptionId = (args: LoaderFunctionArgs): string => args.params.subscriptionId!;

/** The operator console (the vendor's staff): its own sign-in and layout, every page loaded when first visited. */
const operatorRoutes: RouteObject[] = [
  { path: '/operator/sign-in', ...frame, ...page(() => import('./pages/operator/operator-sign-in-page')) },
  {
    path: '/operator',
    ...frame,
    lazy: async () => ({ Component: (await import('./components/layout/operator-layout')).OperatorLayout }),
    loader: async () => {
      const session = signedInOperator();
      if (firstLoad) await session;
      return null;
    },
    shouldRevalidate: () => false,
    children: [
      { index: true, ...page(() => import('./pages/operator/operator-overview-page')) },
      { path: 'accounts', ...page(() => import('./pages/operator/operator-accounts-page')) },
      { path: 'accounts/:accountId', ...page(() => import('./pages/operator/operator-account-page')) },
      { path: 'accounts/:accountId/support', ...page(() => import('./pages/operator/operator-support-page')) },
      { path: 'products', ...page(() => import('./pages/operator/operator-products-page')) },
      { path: 'webhooks', ...page(() => import('./pages/operator/operator-webhooks-page')) },
      { path: 'operators', ...page(() => import('./pages/operator/operator-members-page')) },
      { path: '*', element: <NotFoundPage home="/operator" /> },
    ],
  },
];

export const router = createBrowserRouter([
  ...operatorRoutes,
  { path: '/sign-in', ...frame, Component: SignInPage },
  { path: '/forgot-password', ...frame, ...page(() => import('./pages/forgot-password-page')) },
  { path: '/set-password', ...frame, ...page(() => import('./pages/set-password-page')) },
  {
    path: '/',
    element: <AppLayout />,
    ...frame,
    // the session first of all (index.html has already asked for it)
    loader: async () => {
      const session = signedInSession();
      if (firstLoad) await session;
      return null;
    },
    shouldRevalidate: () => false,
    children: [
      { index: true, element: <Navigate to="/subscriptions" replace /> },
      { path: 'subscriptions', Component: SubscriptionsPage },
      {
        path: 'subscriptions/:subscriptionId',
        Component: SubscriptionLayout,
        // the header and the keys (every tab shows or filters by them), once per subscription
        loader: prefetch((args) => [
          queryClient.prefetchQuery(subscriptionQuery(subscriptionId(args))),
          queryClient.prefetchQuery(keysQuery(subscriptionId(args))),
        ]),
        shouldRevalidate: ({ currentParams, nextParams }) => currentParams.subscriptionId !== nextParams.subscriptionId,
        children: [
          { index: true, Component: SubscriptionOverviewPage },
          {
            path: 'devices',
            Component: DevicesPage,
            // the page of devices the URL asks for, alongside the subscription rather than after it
            loader: prefetch((args) => {
              const view = viewFromSearch(new URL(args.request.url).searchParams);
              return [queryClient.prefetchQuery(devicesQuery(subscriptionId(args), deviceQueryOf(view)))];
            }),
          },
          { path: 'blacklist', Component: BlacklistPage },
          { path: 'invitations', Component: InvitationsPage },
          { path: 'usage', ...page(() => import('./pages/usage-page')) },
        ],
      },
      { path: 'members', ...page(() => import('./pages/members-page')) },
      { path: 'golden-images', ...page(() => import('./pages/golden-images-page')) },
      { path: 'webhooks', ...page(() => import('./pages/webhooks-page')) },
      { path: 'sso', ...page(() => import('./pages/sso-page')) },
      { path: 'sso-users', ...page(() => import('./pages/sso-users-page')) },
      { path: 'audit-log', ...page(() => import('./pages/audit-log-page')) },
      { path: 'profile', ...page(() => import('./pages/profile-page')) },
      { path: '*', Component: NotFoundPage },
    ],
  },
]);

/** Resolves once the first page's code and data are in (see above): main.tsx renders the app then. */
export function firstPageLoaded(): Promise<void> {
  return new Promise((resolve) => {
    const stop = router.subscribe((state) => {
      if (!state.initialized) return;
      stop();
      resolve();
    });
    if (router.state.initialized) {
      stop();
      resolve();
    }
  });
}

void firstPageLoaded().then(() => {
  firstLoad = false;
});
