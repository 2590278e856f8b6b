import type { QueryClient } from '@tanstack/react-query'
import { createBrowserRouter, type RouteObject } from 'react-router'
import { RequireSession } from '@/auth/require-session'
import { bulkRoutes } from '@/features/datasets/bulk/routes'
import { communityResourceRoutes } from '@/features/community-resources/routes'
import { dataserviceRoutes } from '@/features/dataservices/routes'
import { datasetRoutes } from '@/features/datasets/routes'
import { discussionRoutes } from '@/features/discussions/routes'
import { harvestRoutes } from '@/features/harvesters/routes'
import { healthRoutes } from '@/features/datasets/health/routes'
import { memberRoutes } from '@/features/members/routes'
import { notificationRoutes } from '@/features/notifications/routes'
import { datasetTabRoutes } from './pages/dataset-tab-routes'
import { organizationHomeRoutes, organizationRoutes } from './pages/organization-routes'
import { organizationProfileRoutes } from '@/features/organization-profile/routes'
import { reuseRoutes } from '@/features/reuses/routes'
import { transferRoutes } from '@/features/transfers/routes'
import { languageReady } from '@/i18n/messages'
import { AppShell } from './app-shell'
import { loadLaterStyles } from './dsfr-script-gate'
import { DatasetBulkActions } from './dataset-bulk-actions'
import { NotFoundPage } from './not-found-page'
import { RouteError } from './route-error'

/**
 * The one route table. Each feature lists its own routes (relative to
 * /organizations/:organizationId) and lazy-loads its pages, so routes are split; their loaders
 * start each page's queries in `queryClient` as soon as the URL matches (see api/preload.ts).
 * The shell wraps /connect too (header, language switch, footer); the guard wraps the rest.
 */
export const appRoutes = (queryClient: QueryClient): RouteObject[] => [
  {
    element: <AppShell />,
    errorElement: <RouteError standalone />,
    // The first lazy page loads in a blink; nothing to show meanwhile.
    HydrateFallback: () => null,
    children: [
      {
        path: '/connect',
        // The connect form's radios are in DSFR's later stylesheet: it comes with the page.
        lazy: async () => {
          const [{ ConnectPage }] = await Promise.all([
            import('@/auth/connect-page'),
            loadLaterStyles(),
          ])
          return { Component: ConnectPage }
        },
        errorElement: <RouteError />,
      },
      {
        element: <RequireSession />,
        children: [
          {
            errorElement: <RouteError />,
            children: [
              ...organizationRoutes(queryClient),
              ...notificationRoutes(queryClient),
              {
                path: '/organizations/:organizationId',
                children: [
                  ...organizationHomeRoutes(queryClient),
                  ...datasetRoutes(queryClient, datasetTabRoutes(queryClient), {
                    BulkActions: DatasetBulkActions,
                  }),
                  ...bulkRoutes,
                  ...reuseRoutes(queryClient),
                  ...dataserviceRoutes(queryClient),
                  ...discussionRoutes(queryClient),
                  ...healthRoutes,
                  ...memberRoutes(queryClient),
                  ...harvestRoutes(queryClient),
                  ...communityResourceRoutes(queryClient),
                  ...organizationProfileRoutes(queryClient),
                  ...transferRoutes(queryClient),
                ],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
  },
]

/** `load`, then the English of what it brought when the page is in English. */
function withItsLanguage<T>(load: () => Promise<T>): () => Promise<T> {
  return async () => {
    const loaded = await load()
    await languageReady()
    return loaded
  }
}

/**
 * A lazy page comes with its English when the page is in English (a chunk of its own, asked for
 * as the page's code is evaluated: i18n/messages.ts), so it never renders half translated nor
 * waits for its words while rendering. Loaders are not held: their requests leave at once.
 */
function withLanguage(routes: RouteObject[]): RouteObject[] {
  return routes.map((route) => {
    const { lazy, children } = route
    const next = { ...route }
    if (children) next.children = withLanguage(children)
    if (typeof lazy === 'function') next.lazy = withItsLanguage(lazy)
    else if (lazy?.Component) next.lazy = { ...lazy, Component: withItsLanguage(lazy.Component) }
    return next
  })
}

export function createAppRouter(queryClient: QueryClient) {
  return createBrowserRouter(withLanguage(appRoutes(queryClient)))
}
