import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams, type PaginatedArray } from '@/api/pagination'
import { discussionQueries } from '@/features/discussions/queries'
import { reuseQueries } from '@/features/reuses/queries'
import { reuseListUrl } from '@/features/reuses/reuse-list-request'

// Apart from organizations/queries.ts, which the shell's first screen loads: only the home needs
// these, and their keys come from the discussions' and reuses' factories.
/** Counts for the organization home; keyed under each domain so its writes refresh them. */
export const organizationCountQueries = {
  openDiscussions: (organizationId: string) =>
    queryOptions({
      queryKey: [
        ...discussionQueries.lists(),
        'count',
        { org: organizationId, closed: false },
      ] as const,
      queryFn: ({ signal }) =>
        apiFetch<Pick<PaginatedArray<never>, 'total'>>(
          `/api/1/discussions/?${toSearchParams({ org: organizationId, closed: false, page_size: 1 }).toString()}`,
          { signal, headers: { 'X-Fields': 'total' } },
        ),
      select: (page) => page.total,
      staleTime: 60_000,
    }),
  reuses: (organizationId: string) =>
    queryOptions({
      queryKey: [...reuseQueries.lists(), 'count', { organization: organizationId }] as const,
      queryFn: ({ signal }) =>
        apiFetch<Pick<PaginatedArray<never>, 'total'>>(
          reuseListUrl({ organization: organizationId, page_size: 1 }),
          { signal, headers: { 'X-Fields': 'total' } },
        ),
      select: (page) => page.total,
      staleTime: 60_000,
    }),
}
