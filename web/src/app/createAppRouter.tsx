import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType } from 'react';
import { createBrowserRouter, Navigate } from 'react-router';
import { onUnauthorized } from '../api/apiRequest';
import { queryKeys } from '../api/queryKeys';
import { PageSkeleton } from '../components/PageSkeleton';
import { prefetchEditor } from '../features/editor/prefetchEditor';
import { AppShell } from './AppShell';
import { LazyScreen, screenChunk } from './lazyScreen';
import { RequireAuth } from './RequireAuth';
import { RouteError } from './RouteError';

/** Each screen is its own chunk: the first load carries the shell and the login page only. */
function page<T extends Record<string, ComponentType>>(load: () => Promise<T>, name: keyof T) {
  return <LazyScreen chunk={screenChunk(load, name)} />;
}

/** `/settings/<path>` sections other than grades, all in one chunk. */
const settingsTabRoutes = [
  ['channels', 'ChannelsSettingsTab'],
  ['alimtalk-templates', 'AlimtalkTemplatesTab'],
  ['prices', 'PricesSettingsTab'],
  ['messaging', 'MessagingSettingsTab'],
  ['account', 'AccountSettingsTab'],
  ['api-keys', 'ApiKeysSettingsTab'],
] as const;

export function createAppRouter(queryClient: QueryClient) {
  const editor = screenChunk(() => import('../features/editor/components/EditorPage'), 'EditorPage');
  const router = createBrowserRouter([
    {
      path: '/login',
      element: page(() => import('../features/auth/components/LoginPage'), 'LoginPage'),
      errorElement: <RouteError />,
    },
    {
      path: '/invite/:token',
      element: page(() => import('../features/team/components/InvitePage'), 'InvitePage'),
      errorElement: <RouteError />,
    },
    {
      element: (
        <RequireAuth>
          <AppShell />
        </RequireAuth>
      ),
      errorElement: <RouteError />,
      children: [
        { index: true, element: <Navigate to="/journeys" replace /> },
        {
          path: '/journeys',
          element: page(() => import('../features/journeys/components/JourneyListPage'), 'JourneyListPage'),
        },
        {
          path: '/journeys/:id',
          element: <LazyScreen chunk={editor} />,
          // Not awaited: starts the editor chunk and the journey early, alongside the session check.
          loader: ({ params }) => {
            void editor.preload();
            prefetchEditor(queryClient, params.id ?? '');
            return null;
          },
          hydrateFallbackElement: <PageSkeleton />,
        },
        {
          path: '/journeys/:id/review',
          element: page(() => import('../features/review/components/ReviewPage'), 'ReviewPage'),
        },
        {
          path: '/journeys/:id/versions/:version',
          element: page(() => import('../features/review/components/VersionPage'), 'VersionPage'),
        },
        {
          path: '/customers',
          element: page(() => import('../features/customers/components/CustomersPage'), 'CustomersPage'),
        },
        {
          path: '/customers/:externalId',
          element: page(() => import('../features/customers/components/CustomerPage'), 'CustomerPage'),
        },
        {
          path: '/segments',
          element: page(() => import('../features/segments/components/SegmentsPage'), 'SegmentsPage'),
        },
        {
          path: '/templates',
          element: page(() => import('../features/templates/components/TemplatesPage'), 'TemplatesPage'),
        },
        {
          path: '/messages',
          element: page(() => import('../features/messages/components/MessagesPage'), 'MessagesPage'),
        },
        {
          path: '/settings',
          element: page(() => import('../features/settings/components/SettingsLayout'), 'SettingsLayout'),
          children: [
            {
              index: true,
              element: page(
                () => import('../features/settings/components/settingsTabs'),
                'SettingsIndexRedirect',
              ),
            },
            {
              path: 'grades',
              element: page(
                () => import('../features/grades/components/GradeSettingsPage'),
                'GradeSettingsPage',
              ),
            },
            {
              path: 'review',
              element: page(
                () => import('../features/audit/components/ReviewSettingsTab'),
                'ReviewSettingsTab',
              ),
            },
            {
              path: 'team',
              element: page(() => import('../features/team/components/TeamSettingsTab'), 'TeamSettingsTab'),
            },
            {
              path: 'test-recipients',
              element: page(
                () => import('../features/testSend/components/TestRecipientsTab'),
                'TestRecipientsTab',
              ),
            },
            {
              path: 'audit',
              element: page(() => import('../features/audit/components/AuditLogPage'), 'AuditLogPage'),
            },
            ...settingsTabRoutes.map(([path, name]) => ({
              path,
              element: page(() => import('../features/settings/components/settingsTabs'), name),
            })),
          ],
        },
        {
          path: '/demo/shop',
          element: page(() => import('../features/demoShop/components/DemoShopPage'), 'DemoShopPage'),
        },
        {
          path: '/journeys/:id/dashboard',
          element: page(
            () => import('../features/dashboard/components/JourneyDashboardPage'),
            'JourneyDashboardPage',
          ),
        },
        {
          path: '/insights',
          element: page(
            () => import('../features/dashboard/components/WorkspaceOverviewPage'),
            'WorkspaceOverviewPage',
          ),
        },
        { path: '*', element: page(() => import('../pages/NotFoundPage'), 'NotFoundPage') },
      ],
    },
  ]);
  // Any 401 (an expired session) sends the user to the login page, back to where they were afterwards.
  const stopRedirecting = onUnauthorized(() => {
    queryClient.setQueryData(queryKeys.auth.me, null);
    const { pathname, search } = router.state.location;
    if (pathname !== '/login')
      void router.navigate(`/login?next=${encodeURIComponent(pathname + search)}`, { replace: true });
  });
  // A disposed router no longer moves the window to the login page.
  const dispose = router.dispose.bind(router);
  router.dispose = () => {
    stopRedirecting();
    dispose();
  };
  return router;
}
