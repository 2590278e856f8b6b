import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { queryPreloader } from '@/api/preload'
import { meQueries } from '@/auth/me'
import { organizationQueries } from '@/features/organizations/queries'

/** `/`: the organization picker (mounted at the top of the signed-in area). */
export function organizationRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      index: true,
      // The picker lists the memberships /me/ gives.
      loader: queryPreloader(queryClient, () => meQueries.current()),
      lazy: async () => ({
        Component: (await import('./organization-picker-page')).OrganizationPickerPage,
      }),
    },
  ]
}

/** The index of /organizations/:organizationId: the organization home. */
export function organizationHomeRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      index: true,
      loader: queryPreloader(queryClient, (params) =>
        organizationQueries.detail(params.organizationId ?? ''),
      ),
      lazy: async () => ({
        Component: (await import('./organization-home-page')).OrganizationHomePage,
      }),
    },
  ]
}
