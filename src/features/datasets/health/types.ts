import type { DatasetQuality, ResourceFiletype } from '@/features/datasets/types'

/** The Hydra keys the report reads (udata-api-admin.md §7.2); absent = never checked. */
export type CheckExtras = {
  'check:available'?: boolean
  'check:status'?: number
  'check:timeout'?: boolean
  'check:error'?: string
  'check:date'?: string
}

/** A resource as the health masks read it. */
export type HealthResource = {
  id: string
  title: string
  filetype: ResourceFiletype
  url: string
  extras: CheckExtras & Record<string, unknown>
}

/** A dataset as the health masks read it; v1 lists embed `resources`, v2 ones count them. */
export type HealthDataset = {
  id: string
  title: string
  frequency: string
  frequency_date: string | null
  last_update: string | null
  quality?: DatasetQuality
}

export type HealthDiscussion = {
  id: string
  title: string
  subject: { class: string; id: string }
  created: string
  closed: string | null
  discussion: { posted_on: string; posted_by_organization: { id: string } | null }[]
}

/** What the crawl hands to the analysis: every dataset with its resources, every discussion. */
export type HealthInput = {
  datasets: (HealthDataset & { resources: HealthResource[] })[]
  discussions: HealthDiscussion[]
}
