// Reuse shapes as udata returns them (reference/udata-api.md §4.6, §5.3; cdata
// datagouv-components/src/types/reuses.ts). Only the fields the console uses; non-core ones optional.

export type OwnerRef = {
  id: string
  slug?: string
  first_name?: string
  last_name?: string
  page?: string
  avatar?: string | null
}

export type OrganizationRef = {
  id: string
  name: string
  slug?: string
  acronym?: string | null
  page?: string
  logo?: string | null
}

export type ReuseMetrics = {
  datasets?: number
  discussions?: number
  discussions_open?: number
  followers?: number
  views?: number
}

/** A linked dataset as the v1 reuse embeds it (full object, or `{id,title,uri,page}` on lists). */
export type ReuseDatasetRef = {
  id: string
  title: string
  slug?: string
  uri?: string
  page?: string
  organization?: OrganizationRef | null
}

type ReuseBase = {
  id: string
  slug: string
  title: string
  description: string
  type: string
  topic: string
  url: string
  tags: string[]
  private: boolean
  /** datetime or null (cdata types it boolean; the API sends a date) */
  archived: string | null
  deleted: string | null
  featured?: boolean
  image: string | null
  image_thumbnail?: string | null
  organization: OrganizationRef | null
  owner: OwnerRef | null
  created_at: string
  last_modified: string
  metrics?: ReuseMetrics
  permissions?: { edit?: boolean; delete?: boolean }
  page?: string
  uri?: string
}

/** `GET /api/1/reuses/{id}/` */
export type Reuse = ReuseBase & { datasets: ReuseDatasetRef[] }

/** v2 lists: `datasets` becomes a link object to `/api/2/datasets/?reuse=<id>`. */
export type ReuseV2 = ReuseBase & {
  datasets: { rel?: string; href: string; type?: string; total: number } | ReuseDatasetRef[]
}

/** `GET /api/1/reuses/types/` and `/topics/` */
export type ReuseLabel = { id: string; label: string }

/** `POST /api/1/reuses/`; PUT takes any subset (a real partial update, §8.2). */
export type ReuseWrite = {
  title: string
  description: string
  url: string
  type: string
  topic: string
  tags: string[]
  datasets: string[]
  private: boolean
  archived: string | null
  organization?: string
  deleted?: null
}

/** Newer udata answers `[{value,label}]`, older ones a `{value: label}` map. */
export type ReportReasonsResponse =
  { value?: string; id?: string; label: string }[] | Record<string, string>
export type ReportReason = { value: string; label: string }

/** The slim dataset shape the picker and the inbox need (v2 list items, suggest items). */
export type DatasetSummary = {
  id: string
  title: string
  acronym?: string | null
  slug?: string
  page?: string
  organization?: OrganizationRef | null
  metrics?: { reuses?: number }
  private?: boolean
  deleted?: string | null
}

/** A reuse of the instance-wide list, as `reuseQueries.createdSince` asks for it (X-Fields). */
export type RecentReuse = Pick<ReuseV2, 'id' | 'created_at' | 'deleted'> & {
  organization: { id: string } | null
  datasets: { id: string }[]
}
