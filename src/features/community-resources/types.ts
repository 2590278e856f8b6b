// Community resources as udata returns them (udata-api-admin.md §5): resource fields, the dataset
// they are about, and their publisher (`organization`/`owner`), which is not the dataset's.
import type { OrganizationRef, OwnerRef } from '@/features/reuses/types'

export type CommunityResource = {
  id: string
  title: string
  description: string | null
  filetype: 'file' | 'remote'
  format: string | null
  filesize: number | null
  mime: string | null
  url: string
  created_at: string
  last_modified: string
  extras: Record<string, unknown>
  dataset: { id: string; title: string; page?: string } | null
  organization: OrganizationRef | null
  owner: OwnerRef | null
  permissions?: { edit?: boolean; delete?: boolean }
  metrics?: { views?: number }
}

/** A dataset of the organization as the v2 list answers it, reduced by an X-Fields mask. */
export type DatasetWithCommunity = {
  id: string
  title: string
  community_resources?: { total?: number }
}
