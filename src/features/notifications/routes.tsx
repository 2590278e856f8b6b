import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** `/notifications`: the signed-in user's own, outside any organization; lazy-loaded. */
export function notificationRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: '/notifications',
      lazy: {
        loader: async () => (await import('./loaders')).notificationsLoader(queryClient),
        Component: async () => (await import('./notifications-page')).NotificationsPage,
      },
    },
  ]
}
