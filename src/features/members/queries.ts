import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams } from '@/api/pagination'
import { referenceQuery } from '@/api/reference'
import { meQueries } from '@/auth/me'
import { organizationQueries } from '@/features/organizations/queries'
import type { Language } from '@/i18n/language'
import { isSearchable } from '@/ui/searchable'
import type {
  Assignment,
  MembershipRequest,
  MyInvitation,
  RoleOption,
  UserSuggestion,
} from './types'

// Under the organizations domain: a member write refreshes the organization (its members[]),
// its requests and its assignments at once.
const membersKey = (organizationId: string) =>
  [...organizationQueries.all(), 'members', organizationId] as const

/** People are no domain of the console's: only suggestions, which nothing writes. */
const userQueries = { all: () => ['users'] as const }

export const memberQueries = {
  of: membersKey,
  roles: (lang: Language) =>
    referenceQuery<RoleOption[]>(
      [...organizationQueries.all(), 'roles', lang],
      `/api/1/organizations/roles/?lang=${lang}`,
    ),
  /** Pending requests and invitations (the list is the whole history without `status=`). */
  pending: (organizationId: string) =>
    queryOptions({
      queryKey: [...membersKey(organizationId), 'membership', 'pending'] as const,
      queryFn: ({ signal }) =>
        apiFetch<MembershipRequest[]>(
          `/api/1/organizations/${encodeURIComponent(organizationId)}/membership/?status=pending`,
          { signal },
        ),
    }),
  assignments: (organizationId: string) =>
    queryOptions({
      queryKey: [...membersKey(organizationId), 'assignments'] as const,
      queryFn: ({ signal }) =>
        apiFetch<Assignment[]>(
          `/api/1/organizations/${encodeURIComponent(organizationId)}/assignments/`,
          { signal },
        ),
    }),
  userSuggest: (q: string) =>
    queryOptions({
      queryKey: [...userQueries.all(), 'suggest', q] as const,
      queryFn: ({ signal }) =>
        apiFetch<UserSuggestion[]>(`/api/1/users/suggest/?${toSearchParams({ q, size: 8 })}`, {
          signal,
        }),
      enabled: isSearchable(q),
      placeholderData: keepPreviousData,
    }),
}

/** The signed-in user's pending invitations; under `me` so that accepting refreshes /me/ too. */
export const myInvitationQueries = {
  pending: () =>
    queryOptions({
      queryKey: [...meQueries.all(), 'org-invitations'] as const,
      queryFn: ({ signal }) => apiFetch<MyInvitation[]>('/api/1/me/org_invitations/', { signal }),
    }),
}
