import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'

/** Routes below /organizations/:organizationId; lazy pages, each with its loader beside it. */
export function dataserviceRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      path: 'dataservices',
      lazy: {
        loader: async () => (await import('./loaders')).dataserviceListLoader(queryClient),
        Component: async () =>
          (await import('./organization-dataservices-page')).OrganizationDataservicesPage,
      },
    },
    {
      path: 'dataservices/new',
      lazy: async () => ({
        Component: (await import('./dataservice-create-page')).DataserviceCreatePage,
      }),
    },
    {
      path: 'dataservices/:dataserviceId',
      lazy: {
        loader: async () => (await import('./loaders')).dataserviceDetailLoader(queryClient),
        Component: async () => (await import('./dataservice-page')).DataservicePage,
      },
    },
  ]
}
