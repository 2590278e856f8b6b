import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId. Pages are lazy-loaded. */
export const datasetRoutes: RouteObject[] = []
