import type { QueryClient } from '@tanstack/react-query'
import { queryPreloader } from '@/api/preload'
import { reusedDatasetQueries, reuseQueries } from './queries'
import { parseReuseListSearch, toReuseApiParams } from './reuse-list-params'

// Each reuse route's loader, loaded beside its page's chunk: it starts what the page shows while
// the page's code arrives.

export const reuseListLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params, search) =>
    reuseQueries.list(toReuseApiParams(params.organizationId ?? '', parseReuseListSearch(search))),
  )

/** The edit page and the review detail read the same reuse. */
export const reuseDetailLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) => reuseQueries.detail(params.reuseId ?? ''))

/** The inbox starts from the organization's reused datasets; their reuses follow in the page. */
export const reviewInboxLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) =>
    reusedDatasetQueries.ofOrganization(params.organizationId ?? ''),
  )
