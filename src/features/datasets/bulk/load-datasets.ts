import pLimit from 'p-limit'
import { ApiError, apiFetch } from '@/api/client'
import { fetchAllPages } from '@/api/pagination'
import type { DatasetSelection } from '@/features/datasets/dataset-selection'
import { datasetListUrl } from '@/features/datasets/dataset-list-request'
import type { DatasetV2 } from '@/features/datasets/types'
import { bulkDatasetFields } from './bulk-api'

export type LoadProgress = { loaded: number; total: number }

/** The largest page udata serves comfortably for v2 lists (udata-api.md §6). */
const enumerationPageSize = 100

/**
 * The datasets of a selection, read fresh for the preview. "All matching" follows
 * `next_page` from page 1 with the list's own filters; explicit ids are read one by one,
 * a few at a time, because udata has no "these ids" filter.
 */
export async function loadSelection(
  organizationId: string,
  selection: DatasetSelection,
  options: {
    signal?: AbortSignal
    onProgress?: (progress: LoadProgress) => void
    concurrency?: number
    /** For imports: ids that do not exist (404/410) are left out instead of failing the load. */
    skipMissing?: boolean
  } = {},
): Promise<DatasetV2[]> {
  const { signal, onProgress } = options
  if (selection.kind === 'all-matching') {
    const url = datasetListUrl({
      ...selection.params,
      organization: organizationId,
      page: 1,
      page_size: enumerationPageSize,
    })
    const all = await fetchAllPages<DatasetV2>(url, {
      signal,
      onPage: (loaded, total) => onProgress?.({ loaded, total }),
    })
    // A sort with ties (same title, same date) can repeat a dataset across pages.
    return [...new Map(all.map((dataset) => [dataset.id, dataset])).values()]
  }
  const ids = [...selection.ids]
  const limit = pLimit(Math.max(1, options.concurrency ?? 4))
  let loaded = 0
  onProgress?.({ loaded, total: ids.length })
  const results = await limit
    .map(ids, async (id) => {
      const dataset = await apiFetch<DatasetV2>(`/api/2/datasets/${encodeURIComponent(id)}/`, {
        signal,
        headers: { 'X-Fields': bulkDatasetFields },
      }).catch((error: unknown) => {
        const missing = error instanceof ApiError && [400, 404, 410].includes(error.status)
        if (!options.skipMissing || !missing) throw error
        return undefined
      })
      loaded += 1
      onProgress?.({ loaded, total: ids.length })
      return dataset
    })
    // One failed read fails the load: the ids still queued are not read for nothing.
    .catch((error: unknown) => {
      limit.clearQueue()
      throw error
    })
  return results.filter((dataset) => dataset !== undefined)
}

/**
 * The datasets an imported file names, if they belong to the organization. A short file is read
 * id by id; a long one through the organization's list (fewer requests than one per row).
 */
export async function loadImportDatasets(
  organizationId: string,
  ids: readonly string[],
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<DatasetV2[]> {
  const unique = [...new Set(ids.filter(Boolean))]
  const datasets =
    unique.length <= 200
      ? await loadSelection(
          organizationId,
          { kind: 'ids', ids: unique },
          { ...options, skipMissing: true },
        )
      : await loadOrganizationDatasets(organizationId, options)
  // A public dataset of another organization can be read, but is not this import's to edit.
  return datasets.filter((dataset) => dataset.organization?.id === organizationId)
}

/** Every dataset of the organization (drafts, archived and deleted too), for matching an import. */
export function loadOrganizationDatasets(
  organizationId: string,
  options: { signal?: AbortSignal; onProgress?: (progress: LoadProgress) => void } = {},
): Promise<DatasetV2[]> {
  return fetchAllPages<DatasetV2>(
    datasetListUrl({ organization: organizationId, page: 1, page_size: enumerationPageSize }),
    { signal: options.signal, onPage: (loaded, total) => options.onProgress?.({ loaded, total }) },
  )
}
