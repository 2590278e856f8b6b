import { queryOptions } from '@tanstack/react-query'
import { useParams } from 'react-router'
import { apiFetch } from '@/api/client'
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

/** The `:organizationId` of the current route, for pages below /organizations/:organizationId. */
export function useOrganizationId(): string {
  const { organizationId } = useParams()
  if (!organizationId) throw new Error('useOrganizationId needs an :organizationId route param')
  return organizationId
}
