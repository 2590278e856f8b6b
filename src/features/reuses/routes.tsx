import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId. Pages are lazy-loaded. */
export const reuseRoutes: RouteObject[] = [
  {
    path: 'reuses',
    lazy: async () => ({
      Component: (await import('./organization-reuses-page')).OrganizationReusesPage,
    }),
  },
  {
    path: 'reuses/new',
    lazy: async () => ({ Component: (await import('./reuse-create-page')).ReuseCreatePage }),
  },
  {
    path: 'reuses/:reuseId',
    lazy: async () => ({ Component: (await import('./reuse-edit-page')).ReuseEditPage }),
  },
  {
    path: 'review',
    lazy: async () => ({ Component: (await import('./review-inbox-page')).ReviewInboxPage }),
  },
  {
    path: 'review/:reuseId',
    lazy: async () => ({ Component: (await import('./review-detail-page')).ReviewDetailPage }),
  },
]
