import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { preloader, searchParamsOf } from '@/api/preload'
import { notificationListParams, notificationQueries } from './queries'

/** `/notifications`: the signed-in user's own, outside any organization; lazy-loaded. */
export function notificationRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/notifications',
      loader: preloader(
        queryClient,
        (client, args) =>
          void client.prefetchQuery(
            notificationQueries.list(notificationListParams(searchParamsOf(args))),
          ),
      ),
      lazy: async () => ({
        Component: (await import('./notifications-page')).NotificationsPage,
      }),
    },
  ]
}
