import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { bundledPageRoute, lazyPageRoute } from '@/api/lazy-route'

// One import site per module: each site costs the entry its own list of chunks to preload.
const loaders = () => import('./dataset-tab-loaders')
const tabs = () => import('./dataset-tabs')
// The community resources feature's own chunk, with its pages (src/features/community-resources).
const communityPages = async () =>
  (await import('@/features/community-resources/lazy-routes')).communityPages

/**
 * The dataset page's tabs that other features provide (resources, reuses, community resources,
 * discussions). The app composes them, so datasets does not import those features and they may
 * import datasets' types and queries without a cycle. Each tab loads lazily with its loader.
 */
export function datasetTabRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('resources', queryClient, {
      loader: async () => (await loaders()).resourcesTabLoader,
      Component: async () => (await tabs()).DatasetResourcesRoute,
    }),
    lazyPageRoute('reuses', queryClient, {
      loader: async () => (await loaders()).reusesTabLoader,
      Component: async () => (await tabs()).DatasetReusesRoute,
    }),
    bundledPageRoute('community-resources', queryClient, communityPages, 'datasetTab'),
    lazyPageRoute('discussions', queryClient, {
      loader: async () => (await loaders()).discussionsTabLoader,
      Component: async () => (await tabs()).DatasetDiscussionsRoute,
    }),
  ]
}
