import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** `transfers` below /organizations/:organizationId; page and loader lazy-loaded side by side. */
export function transferRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'transfers',
      lazy: {
        loader: async () => (await import('./loaders')).transfersLoader(queryClient),
        Component: async () => (await import('./transfers-page')).TransfersPage,
      },
    },
  ]
}
