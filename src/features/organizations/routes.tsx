import type { RouteObject } from 'react-router'

/** `/` (organization picker) and `/organizations/:organizationId` (home). */
export const organizationRoutes: RouteObject[] = []
