import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'

/** `transfers` below /organizations/:organizationId; page and loader lazy-loaded side by side. */
export function transferRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('transfers', queryClient, {
      loader: async () => (await import('./loaders')).transfersLoader,
      Component: async () => (await import('./transfers-page')).TransfersPage,
    }),
  ]
}
