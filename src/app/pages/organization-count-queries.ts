import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams, type PaginatedArray } from '@/api/pagination'
import { discussionQueries } from '@/features/discussions/queries'
import { reuseQueries } from '@/features/reuses/queries'

// The home composes counts of other domains, so they live beside it in src/app: in
// organizations/queries.ts they would make organizations import reuses and discussions (a
// folder cycle) and load their factories with the shell's first screen.

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
          `/api/2/reuses/?${toSearchParams({ organization: organizationId, page_size: 1 }).toString()}`,
          { signal, headers: { 'X-Fields': 'total' } },
        ),
      select: (page) => page.total,
      staleTime: 60_000,
    }),
}
