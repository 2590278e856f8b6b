import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { listPageQuery } from '@/api/list-page-query'
import { nextPagePath, toSearchParams, type PaginatedArray } from '@/api/pagination'
import { referenceQuery } from '@/api/reference'
import type { HarvestBackend, HarvestItem, HarvestJob, HarvestSource, ItemStatus } from './types'

const pageSize = 20

/** Follows udata's `next_page` link (rebased on the instance, see api/pagination.ts). */
function pagedFrom<T>(firstUrl: string) {
  return {
    queryFn: ({ pageParam, signal }: { pageParam: string; signal: AbortSignal }) =>
      apiFetch<PaginatedArray<T>>(pageParam, { signal }),
    initialPageParam: firstUrl,
    getNextPageParam: (last: PaginatedArray<T>, _all: unknown, lastUrl: string) =>
      nextPagePath(last.next_page, lastUrl) ?? undefined,
  }
}

export const harvestQueries = {
  all: () => ['harvest'] as const,
  backends: () =>
    referenceQuery<HarvestBackend[]>(
      [...harvestQueries.all(), 'backends'],
      '/api/1/harvest/backends/',
    ),
  /**
   * The organization's sources. udata reads `deleted` as a Python bool of the raw string, so any
   * value (even `false`) includes deleted sources: the parameter is sent only to include them.
   */
  sources: (organizationId: string, withDeleted: boolean, page: number) =>
    listPageQuery<HarvestSource>(
      [...harvestQueries.all(), 'sources', organizationId, withDeleted, page],
      `/api/1/harvest/sources/?${toSearchParams({
        organization: organizationId,
        deleted: withDeleted ? 'true' : undefined,
        page,
        page_size: pageSize,
      })}`,
    ),
  source: (sourceId: string) =>
    queryOptions({
      queryKey: [...harvestQueries.all(), 'source', sourceId],
      queryFn: ({ signal }) =>
        apiFetch<HarvestSource>(`/api/1/harvest/source/${encodeURIComponent(sourceId)}/`, {
          signal,
        }),
    }),
  jobs: (sourceId: string) =>
    infiniteQueryOptions({
      queryKey: [...harvestQueries.all(), 'jobs', sourceId],
      ...pagedFrom<HarvestJob>(
        `/api/1/harvest/source/${encodeURIComponent(sourceId)}/jobs/?page_size=${pageSize}`,
      ),
    }),
  job: (jobId: string) =>
    queryOptions({
      queryKey: [...harvestQueries.all(), 'job', jobId],
      queryFn: ({ signal }) =>
        apiFetch<HarvestJob>(`/api/1/harvest/job/${encodeURIComponent(jobId)}/`, { signal }),
    }),
  /** `status` null: every item. */
  items: (jobId: string, status: ItemStatus | null) =>
    infiniteQueryOptions({
      queryKey: [...harvestQueries.all(), 'items', jobId, status],
      ...pagedFrom<HarvestItem>(
        `/api/1/harvest/job/${encodeURIComponent(jobId)}/items/?${toSearchParams({
          status: status ?? undefined,
          page_size: pageSize,
        })}`,
      ),
    }),
}
