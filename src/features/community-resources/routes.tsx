import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/**
 * Routes below /organizations/:organizationId, lazy-loaded (see ./lazy-routes). The per-dataset
 * tab is a child of the dataset page (features/datasets/routes.tsx).
 */
export function communityResourceRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'community-resources',
      lazy: async () => (await import('./lazy-routes')).listRoute(queryClient),
    },
    {
      path: 'community-resources/:resourceId',
      lazy: async () => (await import('./lazy-routes')).detailRoute(queryClient),
    },
  ]
}
