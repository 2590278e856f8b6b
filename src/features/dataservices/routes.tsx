import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'

// One import site per module: each site costs the entry its own list of chunks to preload.
const loaders = () => import('./loaders')
const pages = () => import('./dataservice-pages')

/** Routes below /organizations/:organizationId; lazy pages, each with its loader beside it. */
export function dataserviceRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    lazyPageRoute('dataservices', queryClient, {
      loader: async () => (await loaders()).dataserviceListLoader,
      Component: async () =>
        (await import('./organization-dataservices-page')).OrganizationDataservicesPage,
    }),
    {
      path: 'dataservices/new',
      lazy: async () => ({ Component: (await pages()).DataserviceCreatePage }),
    },
    lazyPageRoute('dataservices/:dataserviceId', queryClient, {
      loader: async () => (await loaders()).dataserviceDetailLoader,
      Component: async () => (await pages()).DataservicePage,
    }),
  ]
}
