// Harvest shapes as udata returns them (udata/harvest/api.py; udata-api-admin.md §4). Only the
// fields the console reads.
import type { OrganizationRef, OwnerRef } from '@/features/reuses/types'

export type HarvestError = { created_at: string; message: string; details: string | null }

export type ItemStatus = 'pending' | 'started' | 'done' | 'failed' | 'skipped' | 'archived'

export type JobStatus =
  'pending' | 'initializing' | 'initialized' | 'processing' | 'done' | 'done-errors' | 'failed'

export type HarvestJob = {
  id: string
  created: string
  started: string | null
  ended: string | null
  status: JobStatus
  errors: HarvestError[]
  /** udata 17.x: a link object; older instances embed the items themselves (feature-detected) */
  items:
    | {
        href: string
        total: number
        by_status?: Partial<Record<ItemStatus, number>>
      }
    | HarvestItem[]
  source: { id: string; name?: string } | null
}

export type ValidationState = 'pending' | 'accepted' | 'refused'

export type HarvestSource = {
  id: string
  name: string
  slug: string
  description: string | null
  url: string
  backend: string
  active: boolean
  autoarchive?: boolean
  created_at: string
  deleted: string | null
  schedule: string | null
  validation: { state: ValidationState; comment: string | null; on: string | null }
  last_job: HarvestJob | null
  organization: OrganizationRef | null
  owner: OwnerRef | null
  permissions?: Partial<
    Record<'edit' | 'delete' | 'run' | 'preview' | 'validate' | 'schedule', boolean>
  >
}

export type HarvestBackend = { id: string; label: string }

export type HarvestItem = {
  remote_id: string
  remote_url: string | null
  dataset: { id: string; title: string; page?: string } | null
  status: ItemStatus
  created: string
  started: string | null
  ended: string | null
  errors: HarvestError[]
}
