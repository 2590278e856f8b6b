import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { bundledPageRoute } from '@/api/lazy-route'

const pages = async () => (await import('./lazy-routes')).harvestPages

/** Routes below /organizations/:organizationId, read-only, lazy-loaded (see ./lazy-routes). */
export function harvestRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    bundledPageRoute('harvesters', queryClient, pages, 'sources'),
    bundledPageRoute('harvesters/:sourceId', queryClient, pages, 'source'),
    bundledPageRoute('harvesters/:sourceId/jobs/:jobId', queryClient, pages, 'job'),
  ]
}
