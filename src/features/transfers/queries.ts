import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams } from '@/api/pagination'
import { organizationQueries } from '@/features/organizations/queries'
import { isSearchable } from '@/ui/searchable'
import type { OrganizationSuggestion, Transfer } from './types'

// udata lists transfers by recipient or by subject only (a plain list, every status): there is
// no "proposed by this organization" filter, so outgoing ones are read per subject.
export const transferQueries = {
  all: () => ['transfers'] as const,
  toRecipient: (recipientId: string) => transfersBy('recipient', recipientId),
  ofSubject: (subjectId: string) => transfersBy('subject', subjectId),
}

/** The transfers whose `recipient` or `subject` is `id`: the filter names the key's part too. */
function transfersBy(filter: 'recipient' | 'subject', id: string) {
  return queryOptions({
    queryKey: [...transferQueries.all(), filter, id],
    queryFn: ({ signal }) =>
      apiFetch<Transfer[]>(`/api/1/transfer/?${toSearchParams({ [filter]: id })}`, { signal }),
  })
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
      enabled: isSearchable(q),
      placeholderData: keepPreviousData,
      staleTime: 5 * 60_000,
    }),
}
