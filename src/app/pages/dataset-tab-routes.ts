import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/**
 * The dataset page's tabs that other features provide (resources, reuses, community resources,
 * discussions). The app composes them, so datasets does not import those features and they may
 * import datasets' types and queries without a cycle. Each tab loads lazily with its loader.
 */
export function datasetTabRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'resources',
      lazy: {
        loader: async () => (await import('./dataset-tab-loaders')).resourcesTabLoader(queryClient),
        Component: async () => (await import('./dataset-tabs')).DatasetResourcesRoute,
      },
    },
    {
      path: 'reuses',
      lazy: {
        loader: async () => (await import('./dataset-tab-loaders')).reusesTabLoader(queryClient),
        Component: async () => (await import('./dataset-tabs')).DatasetReusesRoute,
      },
    },
    {
      // the community resources feature's own chunk (src/features/community-resources)
      path: 'community-resources',
      lazy: async () =>
        (await import('@/features/community-resources/lazy-routes')).datasetTabRoute(queryClient),
    },
    {
      path: 'discussions',
      lazy: {
        loader: async () =>
          (await import('./dataset-tab-loaders')).discussionsTabLoader(queryClient),
        Component: async () => (await import('./dataset-tabs')).DatasetDiscussionsRoute,
      },
    },
  ]
}
