import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** `members` below /organizations/:organizationId: a lazy page with its loader beside it. */
export function memberRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'members',
      lazy: {
        loader: async () => (await import('./loaders')).membersLoader(queryClient),
        Component: async () => (await import('./members-page')).MembersPage,
      },
    },
  ]
}
