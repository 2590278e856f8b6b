import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'

/** Routes below /organizations/:organizationId. Pages and their loaders are lazy-loaded. */
export function discussionRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('discussions', queryClient, {
      loader: async () => (await import('./loaders')).discussionListLoader,
      Component: async () =>
        (await import('./organization-discussions-page')).OrganizationDiscussionsPage,
    }),
    lazyPageRoute('discussions/:discussionId', queryClient, {
      loader: async () => (await import('./loaders')).discussionLoader,
      Component: async () => (await import('./discussion-page')).DiscussionPage,
    }),
  ]
}
