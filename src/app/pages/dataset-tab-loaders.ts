import type { QueryClient } from '@tanstack/react-query'
import { preloader, queryPreloader } from '@/api/preload'
import { datasetIdOf } from '@/features/datasets/tab-loaders'
import { discussionQueries } from '@/features/discussions/queries'
import { resourceQueries } from '@/features/resources/queries'
import { reuseQueries } from '@/features/reuses/queries'

// The loaders of the dataset tabs other features provide, each starting what its tab shows while
// the tab's chunk loads. They load lazily beside the tab, so none of this weighs on the first screen.

export const resourcesTabLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, { params }) =>
      void client.prefetchInfiniteQuery(resourceQueries.list(datasetIdOf(params), {})),
  )

export const reusesTabLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params, search) =>
    reuseQueries.ofDatasetPage(datasetIdOf(params), search),
  )

export const discussionsTabLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) => discussionQueries.ofSubject(datasetIdOf(params), false))
