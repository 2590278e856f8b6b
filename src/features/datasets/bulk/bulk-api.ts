import { apiFetch } from '@/api/client'
import { toDatasetPut } from '@/features/datasets/dataset-payload'
import type { DatasetV2 } from '@/features/datasets/types'
import type { BulkApi } from './apply'

/**
 * Everything the engine and the PUT body need, and nothing heavy: the v2 object has no embedded
 * resources, and the mask drops metrics, quality and extras (extras are never sent back).
 */
export const bulkDatasetFields =
  'id,title,acronym,slug,description,description_short,tags,license,frequency,frequency_date,' +
  'temporal_coverage,spatial,private,archived,deleted,harvest,contact_points,access_type,' +
  'permissions,organization{id},last_modified'

function datasetPath(datasetId: string, version: 1 | 2) {
  return `/api/${version}/datasets/${encodeURIComponent(datasetId)}/`
}

/** The engine's calls bound to `apiFetch`; `instance`/`apiKey` let Node scripts run it too. */
export function createBulkApi(options: { instance?: string; apiKey?: string } = {}): BulkApi {
  const overrides = {
    ...(options.instance ? { instance: options.instance } : {}),
    ...(options.apiKey ? { apiKey: options.apiKey } : {}),
  }
  return {
    getDataset: (datasetId, signal) =>
      apiFetch<DatasetV2>(datasetPath(datasetId, 2), {
        ...overrides,
        signal,
        headers: { 'X-Fields': bulkDatasetFields },
      }),
    putDataset: (fresh, changes, signal) =>
      apiFetch<DatasetV2>(datasetPath(fresh.id, 1), {
        ...overrides,
        method: 'PUT',
        signal,
        // The answer is only read back for the touched fields.
        headers: { 'X-Fields': bulkDatasetFields },
        // `fresh` is the object getDataset returned just before: a (masked) v2 dataset.
        json: toDatasetPut(fresh as DatasetV2, changes),
      }),
    deleteDataset: (datasetId, signal) =>
      apiFetch<void>(datasetPath(datasetId, 1), { ...overrides, method: 'DELETE', signal }),
  }
}
