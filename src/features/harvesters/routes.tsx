import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/**
 * Routes below /organizations/:organizationId, read-only. Pages are lazy-loaded, each with its
 * loader (./loaders) fetched beside it, so the data leaves as soon as the small chunk arrives.
 */
export function harvestRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'harvesters',
      lazy: {
        loader: async () => (await import('./loaders')).sourcesLoader(queryClient),
        Component: async () => (await import('./harvesters-page')).HarvestersPage,
      },
    },
    {
      path: 'harvesters/:sourceId',
      lazy: {
        loader: async () => (await import('./loaders')).sourceLoader(queryClient),
        Component: async () => (await import('./harvest-source-page')).HarvestSourcePage,
      },
    },
    {
      path: 'harvesters/:sourceId/jobs/:jobId',
      lazy: {
        loader: async () => (await import('./loaders')).jobLoader(queryClient),
        Component: async () => (await import('./harvest-job-page')).HarvestJobPage,
      },
    },
  ]
}
