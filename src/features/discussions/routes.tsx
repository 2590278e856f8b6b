import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId. Pages and their loaders are lazy-loaded. */
export function discussionRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'discussions',
      lazy: {
        loader: async () => (await import('./loaders')).discussionListLoader(queryClient),
        Component: async () =>
          (await import('./organization-discussions-page')).OrganizationDiscussionsPage,
      },
    },
    {
      path: 'discussions/:discussionId',
      lazy: {
        loader: async () => (await import('./loaders')).discussionLoader(queryClient),
        Component: async () => (await import('./discussion-page')).DiscussionPage,
      },
    },
  ]
}
