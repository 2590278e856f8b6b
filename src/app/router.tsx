import { createBrowserRouter, type RouteObject } from 'react-router'
import { RequireSession } from '@/auth/require-session'
import { bulkRoutes } from '@/features/bulk/routes'
import { datasetRoutes } from '@/features/datasets/routes'
import { discussionRoutes } from '@/features/discussions/routes'
import { organizationRoutes } from '@/features/organizations/routes'
import { reuseRoutes } from '@/features/reuses/routes'
import { AppShell } from './app-shell'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

/**
 * The one route table. Each feature lists its own routes (relative to
 * /organizations/:organizationId) and lazy-loads its pages, so routes are split.
 */
export const routes: RouteObject[] = [
  {
    path: '/connect',
    lazy: async () => ({ Component: (await import('@/auth/connect-page')).ConnectPage }),
    errorElement: <RouteError />,
  },
  {
    element: <RequireSession />,
    errorElement: <RouteError />,
    children: [
      {
        element: <AppShell />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              ...organizationRoutes,
              {
                path: '/organizations/:organizationId',
                children: [...datasetRoutes, ...bulkRoutes, ...reuseRoutes, ...discussionRoutes],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]

export const router = createBrowserRouter(routes)
