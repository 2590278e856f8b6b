import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'

/**
 * Routes below /organizations/:organizationId. Pages are lazy-loaded, each with its loader
 * (./loaders) fetched beside it, so the data leaves as soon as the small loader chunk arrives.
 */
export function reuseRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('reuses', queryClient, {
      loader: async () => (await import('./loaders')).reuseListLoader,
      Component: async () => (await import('./organization-reuses-page')).OrganizationReusesPage,
    }),
    {
      path: 'reuses/new',
      lazy: async () => ({ Component: (await import('./reuse-create-page')).ReuseCreatePage }),
    },
    lazyPageRoute('reuses/:reuseId', queryClient, {
      loader: async () => (await import('./loaders')).reuseDetailLoader,
      Component: async () => (await import('./reuse-edit-page')).ReuseEditPage,
    }),
    lazyPageRoute('review', queryClient, {
      loader: async () => (await import('./loaders')).reviewInboxLoader,
      Component: async () => (await import('./review-inbox-page')).ReviewInboxPage,
    }),
    lazyPageRoute('review/:reuseId', queryClient, {
      loader: async () => (await import('./loaders')).reuseDetailLoader,
      Component: async () => (await import('./review-detail-page')).ReviewDetailPage,
    }),
  ]
}
