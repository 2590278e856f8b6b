import type { OrganizationPermissions } from '@/auth/me'

/** Source: udata `GET /api/1/organizations/{org}/` (udata-api.md §4.2) and cdata `types/organizations.ts`. */
export type OrganizationRole = 'admin' | 'editor' | 'partial_editor'

export type OrganizationMember = {
  user: {
    id: string
    first_name?: string
    last_name?: string
    slug?: string
    /** masked by udata: `ad***@…` for the org's members, `***@domain` for others (§1.2) */
    email?: string | null
    /** null unless the caller is a member of the organization */
    last_login_at?: string | null
  }
  /** An `OrganizationRole` on current udata; kept open for other instances' roles. */
  role: string
  /** udata's translated role label */
  label?: string
  since?: string
}

export type Organization = {
  id: string
  name: string
  acronym: string | null
  slug: string
  description?: string
  url?: string | null
  business_number_id?: string | null
  /** `custom` holds the custom metadata definitions (see features/organization-profile) */
  extras?: Record<string, unknown>
  logo?: string | null
  logo_thumbnail?: string | null
  badges?: { kind: string }[]
  members?: OrganizationMember[]
  metrics?: {
    datasets?: number
    reuses?: number
    followers?: number
    members?: number
    views?: number
  }
  created_at?: string
  last_modified?: string
  deleted?: string | null
  permissions?: OrganizationPermissions
  page?: string
}
