import type { QueryClient } from '@tanstack/react-query'
import { preloader, searchParamsOf } from '@/api/preload'
import { parseItemStatus } from './item-status-search'
import { parseSourcesSearch } from './list-search'
import { harvestQueries } from './queries'

// Each harvest route's loader, loaded beside its page's chunk: it starts what the page shows.

export const sourcesLoader = (queryClient: QueryClient) =>
  preloader(queryClient, (client, args) => {
    const { withDeleted, page } = parseSourcesSearch(searchParamsOf(args))
    void client.prefetchQuery(
      harvestQueries.sources(args.params.organizationId ?? '', withDeleted, page),
    )
    void client.prefetchQuery(harvestQueries.backends())
  })

export const sourceLoader = (queryClient: QueryClient) =>
  preloader(queryClient, (client, { params }) => {
    const sourceId = params.sourceId ?? ''
    void client.prefetchQuery(harvestQueries.source(sourceId))
    void client.prefetchInfiniteQuery(harvestQueries.jobs(sourceId))
    void client.prefetchQuery(harvestQueries.backends())
  })

export const jobLoader = (queryClient: QueryClient) =>
  preloader(queryClient, (client, args) => {
    const jobId = args.params.jobId ?? ''
    void client.prefetchQuery(harvestQueries.source(args.params.sourceId ?? ''))
    void client.prefetchQuery(harvestQueries.job(jobId))
    void client.prefetchInfiniteQuery(
      harvestQueries.items(jobId, parseItemStatus(searchParamsOf(args))),
    )
  })
