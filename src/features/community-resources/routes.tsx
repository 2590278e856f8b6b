import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { bundledPageRoute } from '@/api/lazy-route'

const pages = async () => (await import('./lazy-routes')).communityPages

/**
 * Routes below /organizations/:organizationId, lazy-loaded (see ./lazy-routes). The per-dataset
 * tab is a child of the dataset page (features/datasets/routes.tsx).
 */
export function communityResourceRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    bundledPageRoute('community-resources', queryClient, pages, 'list'),
    bundledPageRoute('community-resources/:resourceId', queryClient, pages, 'detail'),
  ]
}
