import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId, read-only, lazy-loaded (see ./lazy-routes). */
export function harvestRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'harvesters',
      lazy: async () => (await import('./lazy-routes')).sourcesRoute(queryClient),
    },
    {
      path: 'harvesters/:sourceId',
      lazy: async () => (await import('./lazy-routes')).sourceRoute(queryClient),
    },
    {
      path: 'harvesters/:sourceId/jobs/:jobId',
      lazy: async () => (await import('./lazy-routes')).jobRoute(queryClient),
    },
  ]
}
