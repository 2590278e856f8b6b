import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'

/** `/notifications`: the signed-in user's own, outside any organization; lazy-loaded. */
export function notificationRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('/notifications', queryClient, {
      loader: async () => (await import('./loaders')).notificationsLoader,
      Component: async () => (await import('./notifications-page')).NotificationsPage,
    }),
  ]
}
