import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'

/** `members` below /organizations/:organizationId: a lazy page with its loader beside it. */
export function memberRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('members', queryClient, {
      loader: async () => (await import('./loaders')).membersLoader,
      Component: async () => (await import('./members-page')).MembersPage,
    }),
  ]
}
