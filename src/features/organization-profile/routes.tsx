import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { queryPreloader } from '@/api/preload'
import { organizationQueries } from '@/features/organizations/queries'

/** `profile` below /organizations/:organizationId: the organization's profile, lazy-loaded. */
export function organizationProfileRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'profile',
      loader: queryPreloader(queryClient, (params) =>
        organizationQueries.detail(params.organizationId ?? ''),
      ),
      lazy: async () => ({ Component: (await import('./profile-page')).ProfilePage }),
    },
  ]
}
