// Dataservice (API) shapes as udata returns them (udata-api-admin.md §3.1; cdata
// datagouv-components/src/types/dataservices.ts). Only what the console uses.
import type {
  AccessAudience,
  AccessType,
  ContactPoint,
  OrganizationReference,
  SubsectionLink,
} from '@/features/datasets/types'

// An API's access type and audiences are a dataset's (udata/core/access_type, shared by both):
// their lists are in datasets' types. Type-only here, so that this module stays free of imports
// when it runs (the sandbox imports it).
export type { AccessAudience, AccessType } from '@/features/datasets/types'
export type AudienceRole = AccessAudience['role']
export type AudienceCondition = AccessAudience['condition']

export const dataserviceFormats = ['REST', 'WMS', 'WSL'] as const

/** An API's links, each an http(s) URL or empty, written and checked alike. */
export const dataserviceUrlFields = [
  'base_api_url',
  'machine_documentation_url',
  'technical_documentation_url',
  'business_documentation_url',
  'authorization_request_url',
  'availability_url',
  'rate_limiting_url',
] as const

/** An API's short texts, trimmed, empty for none. */
export const dataserviceTextFields = ['acronym', 'rate_limiting', 'access_type_reason'] as const

/** The fields an API is read and written with alike (the sandbox stores them as they are). */
export type DataserviceFields = {
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

export type DataserviceSort = 'title' | '-title' | '-created' | 'created' | '-last_modified'
