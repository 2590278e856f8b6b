import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/**
 * Routes below /organizations/:organizationId. Pages are lazy-loaded, each with its loader
 * (./loaders) fetched beside it. The per-dataset tab is a child of the dataset page
 * (features/datasets/routes.tsx).
 */
export function communityResourceRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'community-resources',
      lazy: {
        loader: async () => (await import('./loaders')).communityListLoader(queryClient),
        Component: async () => (await import('./community-resources-page')).CommunityResourcesPage,
      },
    },
    {
      path: 'community-resources/:resourceId',
      lazy: {
        loader: async () => (await import('./loaders')).communityDetailLoader(queryClient),
        Component: async () => (await import('./community-resource-page')).CommunityResourcePage,
      },
    },
  ]
}
