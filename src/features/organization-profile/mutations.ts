import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { organizationQueries } from '@/features/organizations/queries'
import type { Organization } from '@/features/organizations/types'
import type { OrganizationWrite } from './types'

const path = (organizationId: string) =>
  `/api/1/organizations/${encodeURIComponent(organizationId)}/`

// The name and logo show in the header's organization menu (from /me/) and on every object of
// the organization, so a profile write refreshes everything (no mutationKey).

/** A real partial update (udata-api-admin.md §2): only the keys sent change. */
export function useUpdateProfile(organizationId: string) {
  return useMutation({
    mutationFn: (values: OrganizationWrite) =>
      apiFetch<Organization>(path(organizationId), { method: 'PUT', json: values }),
  })
}

export function useUploadLogo(organizationId: string) {
  return useMutation({
    mutationKey: organizationQueries.all(),
    mutationFn: (file: File) => {
      const body = new FormData()
      body.append('file', file)
      // No Content-Type header: the browser writes the multipart boundary itself.
      return apiFetch<{ success?: boolean; image?: string }>(`${path(organizationId)}logo/`, {
        method: 'POST',
        body,
        timeoutMs: 120_000,
      })
    },
  })
}

/**
 * The organization as saved now, for the conflict check just before a save. udata has no v2
 * read of an organization (datasets and reuses re-read through v2), so this goes by slug: the
 * page's own read is by id, and a rename meanwhile answers 308 to the new slug, followed here.
 */
export function fetchCurrentProfile(organization: Pick<Organization, 'id' | 'slug'>) {
  return apiFetch<Organization>(path(organization.slug || organization.id))
}
