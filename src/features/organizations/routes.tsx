import type { RouteObject } from 'react-router'

/** `/`: the organization picker (mounted at the top of the signed-in area). */
export const organizationRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({
      Component: (await import('./organization-picker-page')).OrganizationPickerPage,
    }),
  },
]

/** The index of /organizations/:organizationId: the organization home. */
export const organizationHomeRoutes: RouteObject[] = [
  {
    index: true,
    lazy: async () => ({
      Component: (await import('./organization-home-page')).OrganizationHomePage,
    }),
  },
]
