import type { ComponentProps } from 'react'
import { DetailPageError } from './detail-page'
import { LoadingState } from './query-state'

type DetailQuery = { isPending: boolean; error: unknown; refetch: () => unknown }

/**
 * What a detail page shows until its thing is in: loading, then, if the load failed, the failure
 * with the way back. The page returns it while its query has not succeeded (`!query.isSuccess`).
 */
export function DetailPageFallback({
  query,
  ...page
}: Omit<ComponentProps<typeof DetailPageError>, 'error' | 'onRetry'> & { query: DetailQuery }) {
  if (query.isPending) return <LoadingState />
  return <DetailPageError {...page} error={query.error} onRetry={() => void query.refetch()} />
}
