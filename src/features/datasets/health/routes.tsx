import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId; the page (and its chart library) is lazy-loaded. */
export const healthRoutes: RouteObject[] = [
  {
    path: 'health',
    lazy: async () => ({ Component: (await import('./health-page')).HealthPage }),
  },
]
