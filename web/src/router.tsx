import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { AppLayout } from './components/layout/app-layout';
import { RouteError } from './components/route-error';
import { LoadingState } from './components/states';

type PageModule = { default: React.ComponentType };
/** Each page is its own chunk, loaded when first visited. */
const page = (load: () => Promise<PageModule>): Pick<RouteObject, 'lazy'> => ({ lazy: async () => ({ Component: (await load()).default }) });
/** What a top-level route shows while it (or the page under it) loads, and when it fails. */
const frame = { errorElement: <RouteError />, hydrateFallbackElement: <LoadingState minHeight="100vh" /> };

export const router = createBrowserRouter([
  { path: '/sign-in', ...frame, ...page(() => import('./pages/sign-in-page')) },
  { path: '/forgot-password', ...frame, ...page(() => import('./pages/forgot-password-page')) },
  { path: '/set-password', ...frame, ...page(() => import('./pages/set-password-page')) },
  {
    path: '/',
    element: <AppLayout />,
    ...frame,
    children: [
      { index: true, element: <Navigate to="/subscriptions" replace /> },
      { path: 'subscriptions', ...page(() => import('./pages/subscriptions-page')) },
      {
        path: 'subscriptions/:subscriptionId',
        ...page(() => import('./pages/subscription-layout')),
        children: [
          { index: true, ...page(() => import('./pages/subscription-overview-page')) },
          { path: 'devices', ...page(() => import('./pages/devices-page')) },
          { path: 'blacklist', ...page(() => import('./pages/blacklist-page')) },
          { path: 'invitations', ...page(() => import('./pages/invitations-page')) },
          { path: 'usage', ...page(() => import('./pages/usage-page')) },
        ],
      },
      { path: 'members', ...page(() => import('./pages/members-page')) },
      { path: 'audit-log', ...page(() => import('./pages/audit-log-page')) },
      { path: 'profile', ...page(() => import('./pages/profile-page')) },
      { path: '*', ...page(() => import('./pages/not-found-page')) },
    ],
  },
]);
