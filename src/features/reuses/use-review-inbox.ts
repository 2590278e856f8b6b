import { useQueries, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { reusedDatasetQueries, reuseQueries } from './queries'
import { mergeInbox, type InboxItem } from './review-inbox'
import type { DatasetSummary } from './types'

export type ReviewInbox = {
  items: InboxItem[]
  datasets: DatasetSummary[]
  /** datasets whose reuses have loaded, out of `datasets.length` */
  loaded: number
  failed: number
  isPending: boolean
  error: unknown
  refetch: () => void
}

/**
 * Reuses by others of the organization's datasets. udata has no endpoint for this: the datasets
 * with reuses are listed first, then one cached query per dataset runs (at most 4 at once, see
 * `reuseQueries.allOfDataset`), and the answers are merged as they arrive.
 */
export function useReviewInbox(organizationId: string): ReviewInbox {
  const datasetsQuery = useQuery(reusedDatasetQueries.ofOrganization(organizationId))
  const datasets = useMemo(() => datasetsQuery.data ?? [], [datasetsQuery.data])
  const perDataset = useQueries({
    queries: datasets.map((dataset) => reuseQueries.allOfDataset(dataset.id)),
  })
  const answers = perDataset.map((query, index) => ({
    dataset_id: datasets[index]?.id ?? '',
    reuses: query.data,
  }))
  const dataKey = perDataset.map((query) => query.dataUpdatedAt).join(',')
  const items = useMemo(
    () =>
      mergeInbox(
        answers.flatMap(({ dataset_id, reuses }) => (reuses ? [{ dataset_id, reuses }] : [])),
        organizationId,
      ),
    // `answers` is a new array each render; its content changes only when a query's data does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [dataKey, organizationId, datasets],
  )
  return {
    items,
    datasets,
    loaded: perDataset.filter((query) => query.isSuccess).length,
    failed: perDataset.filter((query) => query.isError).length,
    isPending: datasetsQuery.isPending || perDataset.some((query) => query.isPending),
    error: datasetsQuery.error,
    refetch: () => {
      void datasetsQuery.refetch()
      for (const query of perDataset) if (query.isError) void query.refetch()
    },
  }
}
