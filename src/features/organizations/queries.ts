import { queryOptions } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { apiFetch } from '@/api/client'
import { toSearchParams, type PaginatedArray } from '@/api/pagination'
import { discussionQueries } from '@/features/discussions/queries'
import { reuseQueries } from '@/features/reuses/queries'
import type { Organization } from './types'

export const organizationQueries = {
  all: () => ['organizations'] as const,
  details: () => [...organizationQueries.all(), 'detail'] as const,
  detail: (organizationId: string) =>
    queryOptions({
      queryKey: [...organizationQueries.details(), organizationId] as const,
      queryFn: ({ signal }) =>
        apiFetch<Organization>(`/api/1/organizations/${encodeURIComponent(organizationId)}/`, {
          signal,
        }),
      // Names, logos and members change rarely; the home and the picker share this.
      staleTime: 5 * 60_000,
    }),
}

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

/** The `:organizationId` of the current route, for pages below /organizations/:organizationId. */
export function useOrganizationId(): string {
  const { organizationId } = useParams()
  if (!organizationId) throw new Error('useOrganizationId needs an :organizationId route param')
  return organizationId
}
