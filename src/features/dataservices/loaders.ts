import type { QueryClient } from '@tanstack/react-query'
import { preloader, queryPreloader } from '@/api/preload'
import { parseDataserviceListSearch, toDataserviceListParams } from './dataservice-list-params'
import { dataserviceQueries } from './queries'

// Each route's loader, loaded beside its page's chunk: it starts what the page shows while the
// page's code arrives.

export const dataserviceListLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params, search) =>
    dataserviceQueries.organizationList(
      toDataserviceListParams(params.organizationId ?? '', parseDataserviceListSearch(search)),
    ),
  )

/** The API and the whole list of its linked datasets, both needed before the form opens. */
export const dataserviceDetailLoader = (queryClient: QueryClient) =>
  preloader(queryClient, (client, { params }) => {
    const id = params.dataserviceId ?? ''
    void client.prefetchQuery({ ...dataserviceQueries.detail(id), staleTime: 5 * 60_000 })
    void client.prefetchQuery({ ...dataserviceQueries.linkedDatasets(id), staleTime: 5 * 60_000 })
  })
