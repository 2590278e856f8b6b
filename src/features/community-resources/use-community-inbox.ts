import { useInfiniteQuery, useQueries } from '@tanstack/react-query'
import { useEffect, useMemo } from 'react'
import { mergeCommunityResources } from './inbox'
import { communityDatasetQueries, communityResourceQueries } from './queries'
import type { CommunityResource, DatasetWithCommunity } from './types'

export type CommunityInbox = {
  items: CommunityResource[]
  /** the organization's datasets that have community resources, found so far */
  datasets: DatasetWithCommunity[]
  /** dataset pages read so far, out of `datasetPages` (known after the first one) */
  pagesRead: number
  datasetPages: number | null
  failed: number
  isPending: boolean
  error: unknown
  refetch: () => void
}

/**
 * Community resources others added to the organization's datasets. The organization's dataset
 * pages are read one after the other (each shows its finds at once), and for each dataset whose
 * `community_resources.total` is not 0, one cached query lists them (3 at most at once).
 */
export function useCommunityInbox(organizationId: string): CommunityInbox {
  const pages = useInfiniteQuery(communityDatasetQueries.ofOrganization(organizationId))
  const { hasNextPage, isFetchingNextPage, isError, fetchNextPage } = pages
  useEffect(() => {
    if (hasNextPage && !isFetchingNextPage && !isError) void fetchNextPage()
  }, [hasNextPage, isFetchingNextPage, isError, fetchNextPage])

  const datasets = useMemo(() => {
    const seen = new Map<string, DatasetWithCommunity>()
    for (const page of pages.data?.pages ?? [])
      for (const dataset of page.data)
        if ((dataset.community_resources?.total ?? 0) > 0) seen.set(dataset.id, dataset)
    return [...seen.values()]
  }, [pages.data])
  const perDataset = useQueries({
    queries: datasets.map((dataset) => communityResourceQueries.ofDataset(dataset.id)),
  })
  const dataKey = perDataset.map((query) => query.dataUpdatedAt).join(',')
  const items = useMemo(
    () =>
      mergeCommunityResources(
        perDataset.flatMap((query, index) =>
          query.data ? [{ dataset_id: datasets[index]?.id ?? '', resources: query.data }] : [],
        ),
        organizationId,
      ),
    // `perDataset` is a new array each render; its content changes only when a query's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataKey, organizationId, datasets],
  )
  const first = pages.data?.pages[0]
  return {
    items,
    datasets,
    pagesRead: pages.data?.pages.length ?? 0,
    datasetPages: first ? Math.max(1, Math.ceil(first.total / first.page_size)) : null,
    failed: perDataset.filter((query) => query.isError).length,
    isPending:
      pages.isPending ||
      (pages.hasNextPage && !pages.isError) ||
      perDataset.some((query) => query.isPending),
    error: pages.error,
    refetch: () => {
      void pages.refetch()
      for (const query of perDataset) if (query.isError) void query.refetch()
    },
  }
}
