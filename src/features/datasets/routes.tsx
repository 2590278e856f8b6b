import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { lazyPageRoute } from '@/api/lazy-route'
import { queryPreloader } from '@/api/preload'
import { parseDatasetListSearch, toDatasetListParams } from './dataset-list-params'
import type { BulkActionsSlot } from './dataset-selection'
import { MetadataTab } from './lazy-routes'
import { datasetQueries } from './queries'

/**
 * Routes below /organizations/:organizationId. Pages are lazy-loaded; each route's loader
 * starts the page's main query as soon as the URL matches, beside its chunk. The list's loader
 * is in the entry (not lazy): the datasets table is the screen most visits open, and its list
 * request then leaves before React has rendered anything. `BulkActions` is what the app layer
 * puts beside a selection in the list (the bulk feature; datasets does not import it).
 */
export function datasetRoutes(
  queryClient: QueryClient,
  otherTabs: RouteObject[],
  { BulkActions }: { BulkActions?: BulkActionsSlot } = {},
): RouteObject[] {
  return [
    {
      path: 'datasets',
      loader: queryPreloader(queryClient, (params, search) =>
        datasetQueries.list(
          toDatasetListParams(params.organizationId ?? '', parseDatasetListSearch(search)),
        ),
      ),
      lazy: async () => {
        const { OrganizationDatasetsPage } = await import('./organization-datasets-page')
        return { Component: () => <OrganizationDatasetsPage BulkActions={BulkActions} /> }
      },
    },
    {
      path: 'datasets/new',
      lazy: async () => ({ Component: (await import('./dataset-create-page')).DatasetCreatePage }),
    },
    {
      path: 'datasets/:datasetId',
      loader: queryPreloader(queryClient, (params) =>
        datasetQueries.detail(params.datasetId ?? ''),
      ),
      lazy: async () => ({ Component: (await import('./dataset-page')).DatasetPage }),
      children: [
        // Not a route `lazy`: the router renders no matched route before all their lazy code is in,
        // and the metadata form (zod, the schemas: 30 kB gzip) held the page's title and tabs.
        { index: true, Component: MetadataTab },
        // The tabs other features provide, composed by the app (src/app/pages/dataset-tab-routes.ts).
        ...otherTabs,
        lazyPageRoute('activity', queryClient, {
          loader: async () => (await import('./tab-loaders')).activityTabLoader,
          Component: async () => (await import('./dataset-activity-tab')).DatasetActivityTab,
        }),
      ],
    },
  ]
}
