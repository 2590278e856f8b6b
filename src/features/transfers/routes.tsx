import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { preloader } from '@/api/preload'
import { transferQueries } from './queries'

/** `transfers` below /organizations/:organizationId, lazy-loaded. */
export function transferRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'transfers',
      loader: preloader(
        queryClient,
        (client, { params }) =>
          void client.prefetchQuery(transferQueries.toRecipient(params.organizationId ?? '')),
      ),
      lazy: async () => ({ Component: (await import('./transfers-page')).TransfersPage }),
    },
  ]
}
