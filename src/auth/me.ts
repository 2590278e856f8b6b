import { queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'

/** Source: udata `GET /api/1/me/` (udata-api.md §4.1) and cdata `types/users.ts`. */
export type OrganizationPermissions = {
  edit: boolean
  delete: boolean
  members: boolean
  harvest: boolean
  private: boolean
}

/** An organization reference as embedded in `/me/` (udata `OrganizationReference`). */
export type MeOrganization = {
  id: string
  name: string
  acronym: string | null
  slug: string
  logo?: string | null
  logo_thumbnail?: string | null
  badges?: { kind: string }[]
  uri?: string
  page?: string
  /** Missing on older instances (before udata 9): treat as unknown, not as "no rights". */
  permissions?: OrganizationPermissions
}

export type Me = {
  id: string
  slug: string
  first_name: string
  last_name: string
  email?: string
  avatar_thumbnail?: string | null
  roles?: string[]
  organizations: MeOrganization[]
  page?: string
}

export const meQueries = {
  all: () => ['me'] as const,
  current: () =>
    queryOptions({
      queryKey: meQueries.all(),
      queryFn: ({ signal }) => apiFetch<Me>('/api/1/me/', { signal }),
      // Memberships change rarely; a sign-out or reconnect clears the cache anyway.
      staleTime: 5 * 60_000,
    }),
}

export function displayName(me: Pick<Me, 'first_name' | 'last_name' | 'slug'>): string {
  return `${me.first_name} ${me.last_name}`.trim() || me.slug
}
