import type { QueryClient } from '@tanstack/react-query'
import { z } from 'zod'
import { preloader, searchParamsOf } from '@/api/preload'
import { discussionQueries } from '@/features/discussions/queries'
import { resourceQueries } from '@/features/resources/queries'
import { reuseQueries } from '@/features/reuses/queries'
import { datasetQueries } from './queries'

// The dataset page's tabs, each starting what it shows while its chunk loads. They load lazily
// beside the tab's component, so none of this weighs on the first screen.

const pageSchema = z.coerce.number().int().min(1).max(100_000).catch(1)

/** The activity page the tab shows for this URL query (`?page=`). */
export function activityPageOf(searchParams: URLSearchParams): number {
  return pageSchema.parse(searchParams.get('page') ?? undefined)
}

const datasetIdOf = (params: { datasetId?: string }) => params.datasetId ?? ''

export const resourcesTabLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, { params }) =>
      void client.prefetchInfiniteQuery(resourceQueries.list(datasetIdOf(params), {})),
  )

export const reusesTabLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, args) =>
      void client.prefetchQuery(
        reuseQueries.ofDatasetPage(datasetIdOf(args.params), searchParamsOf(args)),
      ),
  )

export const discussionsTabLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, { params }) =>
      void client.prefetchQuery(discussionQueries.ofSubject(datasetIdOf(params), false)),
  )

export const activityTabLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, args) =>
      void client.prefetchQuery(
        datasetQueries.activity(datasetIdOf(args.params), activityPageOf(searchParamsOf(args))),
      ),
  )
