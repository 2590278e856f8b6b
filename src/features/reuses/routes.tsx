import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/**
 * Routes below /organizations/:organizationId. Pages are lazy-loaded, each with its loader
 * (./loaders) fetched beside it, so the data leaves as soon as the small loader chunk arrives.
 */
export function reuseRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'reuses',
      lazy: {
        loader: async () => (await import('./loaders')).reuseListLoader(queryClient),
        Component: async () => (await import('./organization-reuses-page')).OrganizationReusesPage,
      },
    },
    {
      path: 'reuses/new',
      lazy: async () => ({ Component: (await import('./reuse-create-page')).ReuseCreatePage }),
    },
    {
      path: 'reuses/:reuseId',
      lazy: {
        loader: async () => (await import('./loaders')).reuseDetailLoader(queryClient),
        Component: async () => (await import('./reuse-edit-page')).ReuseEditPage,
      },
    },
    {
      path: 'review',
      lazy: {
        loader: async () => (await import('./loaders')).reviewInboxLoader(queryClient),
        Component: async () => (await import('./review-inbox-page')).ReviewInboxPage,
      },
    },
    {
      path: 'review/:reuseId',
      lazy: {
        loader: async () => (await import('./loaders')).reuseDetailLoader(queryClient),
        Component: async () => (await import('./review-detail-page')).ReviewDetailPage,
      },
    },
  ]
}
