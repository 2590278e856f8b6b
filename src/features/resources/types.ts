import type { ResourceFiletype } from '@/features/datasets/types'

/**
 * Resource shapes as udata returns them (reference/udata-api.md §5.2; cdata
 * `datagouv-components/src/types/resources.ts`). API names and casing kept; every field the
 * 2025 fixtures lack is optional.
 */
export type ResourceChecksum = { type: string; value: string }

export type ResourceSchema = { name?: string | null; version?: string | null; url?: string | null }

export type Resource = {
  id: string
  title: string
  description: string | null
  filetype: ResourceFiletype
  type: string
  format: string | null
  url: string
  latest?: string
  checksum: ResourceChecksum | null
  filesize: number | null
  mime: string | null
  created_at: string
  last_modified: string
  extras: Record<string, unknown>
  schema: ResourceSchema | null
  preview_url?: string | null
}

/** The v2 paginated envelope of `GET /api/2/datasets/{id}/resources/` (§5.4). */
export type ResourcePage = {
  data: Resource[]
  page: number
  page_size: number
  total: number
  next_page: string | null
  previous_page: string | null
}

/** `GET /api/1/datasets/resource_types/` */
export type ResourceType = { id: string; label: string }

/** `GET /api/1/datasets/schemas/` (schema.data.gouv.fr catalogue; 503 when it is down). */
export type SchemaCatalogueEntry = {
  name: string
  title?: string
  /** `datapackage` schemas are listed but cannot be assigned to a resource. */
  schema_type?: string
  versions?: { version_name: string; schema_url?: string }[]
}

/** Body of `POST /api/1/datasets/{id}/resources/`: the endpoint only accepts remote resources. */
export type NewRemoteResource = {
  filetype: 'remote'
  title: string
  url: string
  type: string
  format?: string
  mime?: string
  description?: string
}

/**
 * Body of `PUT /api/1/datasets/{id}/resources/{rid}/`. `extras` is deliberately absent:
 * sending it replaces every extra, Hydra's `check:*` included (§4.4, pitfall 7).
 */
export type ResourceUpdate = {
  title?: string
  description?: string
  type?: string
  format?: string
  mime?: string
  schema?: ResourceSchema | null
  checksum?: ResourceChecksum | null
  url?: string
}

/** What the upload endpoints answer once a file is stored: the resource plus `success: true`. */
export type UploadedResource = Resource & { success?: boolean }

/** A chunk's acknowledgement in udata's chunked protocol. */
export type ChunkAck = { success: boolean; error?: string }
