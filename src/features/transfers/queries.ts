import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams } from '@/api/pagination'
import { organizationQueries } from '@/features/organizations/queries'
import type { OrganizationSuggestion, Transfer } from './types'

// udata lists transfers by recipient or by subject only (a plain list, every status): there is
// no "proposed by this organization" filter, so outgoing ones are read per subject.
export const transferQueries = {
  all: () => ['transfers'] as const,
  toRecipient: (recipientId: string) =>
    queryOptions({
      queryKey: [...transferQueries.all(), 'recipient', recipientId],
      queryFn: ({ signal }) =>
        apiFetch<Transfer[]>(`/api/1/transfer/?${toSearchParams({ recipient: recipientId })}`, {
          signal,
        }),
    }),
  ofSubject: (subjectId: string) =>
    queryOptions({
      queryKey: [...transferQueries.all(), 'subject', subjectId],
      queryFn: ({ signal }) =>
        apiFetch<Transfer[]>(`/api/1/transfer/?${toSearchParams({ subject: subjectId })}`, {
          signal,
        }),
    }),
}

export const organizationSuggestQueries = {
  suggest: (q: string) =>
    queryOptions({
      queryKey: [...organizationQueries.all(), 'suggest', q],
      queryFn: ({ signal }) =>
        apiFetch<OrganizationSuggestion[]>(
          `/api/1/organizations/suggest/?${toSearchParams({ q, size: 10 })}`,
          { signal },
        ),
      enabled: q.trim().length >= 2,
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
}
