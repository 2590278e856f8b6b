/**
 * Dataset API types, with udata's own names and casing.
 * Sources: reference/udata-api.md §4.3, §4.8, §4.10, §5.1 (udata v17.6), cdata's
 * `datagouv-components/src/types/datasets.ts`, and the recorded fixtures in
 * research-data/udata-api/datagouv_client-*.json. Only fields the console uses are listed;
 * everything the 2025 fixtures lack (permissions, access_type, quality…) is optional.
 */

/** `filetype`: a file hosted by udata, or a link (resources/ and the health report read it). */
export type ResourceFiletype = 'file' | 'remote'

/** `GET /api/1/datasets/licenses/` item. */
export type License = {
  id: string
  title: string
  maintainer?: string | null
  url: string | null
  flags?: string[]
  alternate_urls?: string[]
  alternate_titles?: string[]
}

/** `GET /api/1/datasets/frequencies/` item (`label` translated with `?lang=`). */
export type Frequency = { id: string; label: string }

/** `GET /api/1/spatial/granularities/` item. */
export type Granularity = { id: string; name: string }

/** `GET /api/1/spatial/zones/suggest/` item; ids look like `fr:commune:75056`. */
export type SpatialZone = {
  id: string
  name: string
  code?: string | null
  level?: string
  uri?: string
}

/** `GET /api/1/tags/suggest/` item. */
export type TagSuggestion = { text: string }

/** Plain dates `YYYY-MM-DD`; `end` may be open. */
export type TemporalCoverage = { start: string; end: string | null }

/**
 * `zones` are ids, or zone objects when the full-objects header is sent; `granularity`
 * likewise. `geom` is a GeoJSON MultiPolygon we never edit.
 */
export type Spatial = {
  zones: Array<string | SpatialZone> | null
  granularity: string | Granularity | null
  geom?: unknown
}

export type ContactPoint = {
  id: string
  name: string
  email: string | null
  contact_form?: string | null
  role: string
  organization?: string | { id: string } | null
  owner?: string | { id: string } | null
}

/** Computed for the caller (udata ≥ 2026); older instances omit it. */
export type Permissions = { edit: boolean; delete: boolean; edit_resources?: boolean }

export type Badge = { kind: string }

export type OrganizationReference = {
  id: string
  name: string
  acronym?: string | null
  slug: string
  logo?: string | null
  logo_thumbnail?: string | null
  badges?: Badge[]
  uri?: string
  page?: string
  class?: 'Organization'
}

export type UserReference = {
  id: string
  first_name: string
  last_name: string
  slug: string
  avatar?: string | null
  avatar_thumbnail?: string | null
  uri?: string
  page?: string
  class?: 'User'
}

export type DatasetMetrics = {
  discussions?: number
  discussions_open?: number
  followers?: number
  reuses?: number
  dataservices?: number
  views?: number
  resources_downloads?: number
}

/** Keys other than `score` are absent when the dataset has no resources. */
export type DatasetQuality = {
  score: number
  license?: boolean
  temporal_coverage?: boolean
  spatial?: boolean
  update_frequency?: boolean
  update_fulfilled_in_time?: boolean
  dataset_description_quality?: boolean
  has_resources?: boolean
  has_open_format?: boolean
  all_resources_available?: boolean
  resources_documentation?: boolean
}

/** Non-null on harvested datasets: the next harvest run overwrites console edits. */
export type Harvest = {
  backend?: string
  domain?: string
  source_id?: string
  remote_id?: string
  remote_url?: string | null
  last_update?: string | null
  created_at?: string | null
  modified_at?: string | null
  archived_at?: string | null
  archived?: string | null
  uri?: string | null
}

/** Enough of a v1 resource for the dataset views; the resources feature owns the full story. */
export type Resource = {
  id: string
  title: string
  description?: string | null
  filetype: 'file' | 'remote'
  type: string
  format: string | null
  url: string
  filesize?: number | null
  mime?: string | null
  created_at?: string
  last_modified: string
  extras?: Record<string, unknown>
}

export const accessTypes = ['open', 'open_with_account', 'restricted'] as const
export type AccessType = (typeof accessTypes)[number]

/** Who may get a restricted dataset, and on what terms (udata-api-admin.md §3.1, §6.1). */
export const audienceRoles = [
  'local_authority_and_administration',
  'company_and_association',
  'private',
] as const
export const audienceConditions = ['yes', 'no', 'under_condition'] as const
export type AccessAudience = {
  role: (typeof audienceRoles)[number]
  condition: (typeof audienceConditions)[number]
}

/** `GET /api/1/access_type/reason_categories/` item (INSPIRE art. 13 grounds). */
export type AccessReasonCategory = { value: string; label: string; definition?: string }

/** `GET /api/1/contacts/roles/` item. */
export type ContactRole = { id: string; label: string }

/** Fields shared by v1 and v2 dataset objects. */
export type DatasetBase = {
  id: string
  title: string
  acronym: string | null
  slug: string
  description: string
  description_short?: string | null
  tags: string[]
  /** An id (`"notspecified"` when none), or a License with the full-objects header. */
  license: string | License | null
  /** An id (`"unknown"` by default), or a Frequency with the full-objects header. */
  frequency: string | Frequency | null
  frequency_date: string | null
  temporal_coverage: TemporalCoverage | null
  spatial: Spatial | null
  private: boolean
  /** ISO datetime when archived, null otherwise (cdata types it boolean; the API says date). */
  archived: string | null
  /** ISO datetime when soft-deleted, null otherwise. */
  deleted: string | null
  featured?: boolean
  created_at: string
  last_modified: string
  last_update: string
  internal?: { created_at_internal: string; last_modified_internal: string }
  organization: OrganizationReference | null
  owner: UserReference | null
  badges: Badge[]
  metrics?: DatasetMetrics
  quality?: DatasetQuality
  extras: Record<string, unknown>
  harvest: Harvest | null
  contact_points?: ContactPoint[]
  access_type?: AccessType
  access_audiences?: AccessAudience[]
  authorization_request_url?: string | null
  access_type_reason_category?: string | null
  access_type_reason?: string | null
  schema?: { name: string | null; version: string | null; url: string | null } | null
  uri: string
  page: string
  permissions?: Permissions
}

/** `GET /api/1/datasets/{id}/`: resources embedded. */
export type Dataset = DatasetBase & { resources: Resource[] }

/** The link object v2 puts where v1 embeds the list. */
export type SubsectionLink = { rel: 'subsection'; href: string; type: 'GET'; total: number }

/** `GET /api/2/datasets/…`: resources replaced by a link with their `total`. */
export type DatasetV2 = DatasetBase & {
  resources: SubsectionLink
  community_resources?: SubsectionLink
}

/**
 * The body of `PUT /api/1/datasets/{id}/` as the console sends it (udata-api.md §8.1):
 * `tags` and `temporal_coverage` always present (udata resets them when absent), ids rather
 * than objects, never `resources`. Build it with `toDatasetPut` from dataset-payload.ts.
 */
export type DatasetPut = {
  title: string
  acronym: string | null
  description: string
  description_short: string | null
  tags: string[]
  license: string
  frequency: string
  frequency_date: string | null
  temporal_coverage: TemporalCoverage | null
  spatial: { zones: string[]; granularity: string | null } | null
  private: boolean
  archived: string | null
  /** `[]` does not clear on udata, `null` does; absent keeps. */
  contact_points?: string[] | null
  /** Absent keeps; present replaces the whole dict. */
  extras?: Record<string, unknown>
  access_type?: AccessType
  access_audiences?: AccessAudience[]
  authorization_request_url?: string | null
  access_type_reason_category?: string | null
  access_type_reason?: string | null
  /** Only `null`, to restore a soft-deleted dataset (a PUT on it is 410 otherwise). */
  deleted?: null
}

/** `POST /api/1/datasets/` body. `private` defaults to false on udata, so drafts send true. */
export type NewDataset = {
  title: string
  description: string
  organization: string
  private: boolean
  acronym?: string | null
  description_short?: string | null
  tags?: string[]
  license?: string
  frequency?: string
}

/** `GET /api/1/activity/` item (§4.10). */
export type Activity = {
  id?: string
  actor: UserReference | null
  organization: OrganizationReference | null
  related_to: string
  related_to_id: string
  related_to_kind: string
  related_to_url?: string
  created_at: string
  label?: string
  key: string
  icon?: string
  changes?: string[]
  extras?: Record<string, unknown>
}

export type DatasetSort = 'title' | 'created' | 'last_update' | 'reuses' | 'followers' | 'views'

/** Badge kinds udata accepts in the `badge` filter of dataset lists. */
export const datasetBadgeKinds = ['pivotal-data', 'spd', 'inspire', 'hvd', 'sl', 'sr'] as const
