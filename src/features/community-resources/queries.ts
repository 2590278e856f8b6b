import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import pLimit from 'p-limit'
import { apiFetch } from '@/api/client'
import { fetchAllPages, nextPagePath, toSearchParams, type PaginatedArray } from '@/api/pagination'
import { politeFetch } from '@/api/polite-fetch'
import { datasetQueries } from '@/features/datasets/queries'
import type { CommunityResource, DatasetWithCommunity } from './types'

/** Only what tells whether a dataset has community resources travels (udata-api.md §2). */
const datasetMask = 'data{id,title,community_resources{total}},next_page,page,page_size,total'

// At most 3 per-dataset requests in flight at once, across the whole list.
const perDatasetLimiter = pLimit(3)

export const communityResourceQueries = {
  all: () => ['community-resources'] as const,
  /** Every community resource on one dataset (all pages), newest first. */
  ofDataset: (datasetId: string) =>
    queryOptions({
      queryKey: [...communityResourceQueries.all(), 'of-dataset', datasetId],
      queryFn: ({ signal }) =>
        perDatasetLimiter(() =>
          fetchAllPages<CommunityResource>(
            `/api/1/datasets/community_resources/?${toSearchParams({
              dataset: datasetId,
              sort: '-created_at_internal',
              page_size: 100,
            })}`,
            { signal },
          ),
        ),
      staleTime: 5 * 60_000,
    }),
  detail: (resourceId: string) =>
    queryOptions({
      queryKey: [...communityResourceQueries.all(), 'detail', resourceId],
      queryFn: ({ signal }) =>
        apiFetch<CommunityResource>(
          `/api/1/datasets/community_resources/${encodeURIComponent(resourceId)}/`,
          { signal },
        ),
    }),
}

/**
 * The organization's datasets, page by page, to find those with community resources (udata has
 * no "community resources on datasets of organization X" filter). Oldest first, so datasets
 * created meanwhile land on the last page instead of shifting the others. Kept under the
 * datasets domain so dataset writes refresh it; pages go through the crawl's polite retries.
 */
export const communityDatasetQueries = {
  ofOrganization: (organizationId: string) =>
    infiniteQueryOptions({
      queryKey: [...datasetQueries.all(), 'with-community-resources', organizationId],
      queryFn: ({ pageParam, signal }) =>
        politeFetch<PaginatedArray<DatasetWithCommunity>>(pageParam, {
          signal,
          headers: { 'X-Fields': datasetMask },
        }),
      initialPageParam: `/api/2/datasets/?${toSearchParams({
        organization: organizationId,
        sort: 'created',
        page_size: 100,
      })}`,
      getNextPageParam: (last, _all, lastUrl) => nextPagePath(last.next_page, lastUrl) ?? undefined,
      staleTime: 5 * 60_000,
    }),
}
