import type { QueryClient } from '@tanstack/react-query'
import { preloader, queryPreloader } from '@/api/preload'
import { communityDatasetQueries, communityResourceQueries } from './queries'

/** The list starts from the organization's first page of datasets; the rest follows in the page. */
export const communityListLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, { params }) =>
      void client.prefetchInfiniteQuery(
        communityDatasetQueries.ofOrganization(params.organizationId ?? ''),
      ),
  )

/** The dataset page's tab. */
export const datasetTabLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) =>
    communityResourceQueries.ofDataset(params.datasetId ?? ''),
  )

export const communityDetailLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) => communityResourceQueries.detail(params.resourceId ?? ''))
