import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId. Pages are lazy-loaded. */
export const bulkRoutes: RouteObject[] = [
  {
    path: 'bulk',
    lazy: async () => ({ Component: (await import('./jobs-page')).BulkJobsPage }),
  },
  {
    path: 'bulk/:jobId',
    lazy: async () => ({ Component: (await import('./job-page')).BulkJobPage }),
  },
]
