// Dataservice (API) shapes as udata returns them (udata-api-admin.md §3.1; cdata
// datagouv-components/src/types/dataservices.ts). Only what the console uses.
import type { ContactPoint, OrganizationReference, SubsectionLink } from '@/features/datasets/types'

export type AccessType = 'open' | 'open_with_account' | 'restricted'
export const accessTypes = ['open', 'open_with_account', 'restricted'] as const

export const audienceRoles = [
  'local_authority_and_administration',
  'company_and_association',
  'private',
] as const
export type AudienceRole = (typeof audienceRoles)[number]
export const audienceConditions = ['yes', 'no', 'under_condition'] as const
export type AudienceCondition = (typeof audienceConditions)[number]
export type AccessAudience = { role: AudienceRole; condition: AudienceCondition }

export const dataserviceFormats = ['REST', 'WMS', 'WSL'] as const

/** The fields an API is read and written with alike. */
type DataserviceFields = {
  title: string
  acronym: string | null
  description: string
  base_api_url: string | null
  machine_documentation_url: string | null
  technical_documentation_url: string | null
  business_documentation_url: string | null
  authorization_request_url: string | null
  availability: number | null
  availability_url: string | null
  rate_limiting: string | null
  rate_limiting_url: string | null
  format: string | null
  license: string | null
  tags: string[]
  private: boolean
  access_type: AccessType
  access_audiences: AccessAudience[]
  access_type_reason_category: string | null
  access_type_reason: string | null
  archived_at: string | null
}

export type Dataservice = DataserviceFields & {
  id: string
  slug: string
  contact_points: ContactPoint[]
  /** a link to `/api/1/datasets/?dataservice=<id>`, never the list itself */
  datasets: SubsectionLink
  created_at: string
  /** bumped by every PATCH, DELETE and dataset add/remove: the version stamp of conflicts */
  metadata_modified_at: string
  deleted_at: string | null
  harvest: { domain?: string | null; remote_url?: string | null } | null
  organization: OrganizationReference | null
  metrics?: { discussions?: number; reuses?: number; views?: number; followers?: number }
  permissions?: { edit: boolean; delete: boolean }
  self_web_url?: string
}

/** A linked dataset as `/api/2/datasets/?dataservice=` lists it (only what the form shows). */
export type LinkedDatasetRef = { id: string; title: string }

/** `POST /api/1/dataservices/`; PATCH takes any subset. `datasets` is always the whole list. */
export type DataserviceWrite = DataserviceFields & {
  contact_points: string[]
  datasets: string[]
  deleted_at: null
  organization: string
}

/** `GET /api/1/access_type/reason_categories/` */
export type ReasonCategory = { value: string; label: string; definition?: string }

export type DataserviceSort = 'title' | '-title' | '-created' | 'created' | '-last_modified'
