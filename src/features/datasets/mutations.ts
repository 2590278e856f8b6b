import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toDatasetPut, type DatasetChanges } from './dataset-payload'
import { datasetQueries, fetchCurrentDataset, fullObjectsHeader } from './queries'
import type { Dataset, DatasetPut, NewDataset } from './types'

export function createDataset(body: NewDataset): Promise<Dataset> {
  return apiFetch<Dataset>('/api/1/datasets/', { method: 'POST', json: body })
}

/** `body` must come from `toDatasetPut` (udata's PUT wipes tags/temporal coverage otherwise). */
export function updateDataset(datasetId: string, body: DatasetPut): Promise<Dataset> {
  return apiFetch<Dataset>(`/api/1/datasets/${encodeURIComponent(datasetId)}/`, {
    method: 'PUT',
    json: body,
    headers: fullObjectsHeader,
  })
}

export function deleteDataset(datasetId: string): Promise<void> {
  return apiFetch<void>(`/api/1/datasets/${encodeURIComponent(datasetId)}/`, { method: 'DELETE' })
}

export function useCreateDataset() {
  return useMutation({
    mutationKey: datasetQueries.all(),
    mutationFn: createDataset,
  })
}

/**
 * Saves a full PUT body. The caller checked freshness (see dataset-conflicts.ts); the answer
 * is put in the cache at once so the form resets to what the server stored (normalised tags…).
 */
export function useUpdateDataset(datasetId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: datasetQueries.all(),
    mutationFn: (body: DatasetPut) => updateDataset(datasetId, body),
    onSuccess: (dataset) =>
      queryClient.setQueryData(datasetQueries.detail(datasetId).queryKey, dataset),
  })
}

/**
 * Publish, archive, restore…: one field changed on the server's current state (re-read first,
 * so a lifecycle click never sends stale values of the other fields).
 */
export function useChangeDatasetState(datasetId: string) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationKey: datasetQueries.all(),
    mutationFn: async (changes: Pick<DatasetChanges, 'private' | 'archived' | 'deleted'>) => {
      const current = await fetchCurrentDataset(datasetId)
      return updateDataset(datasetId, toDatasetPut(current, changes))
    },
    onSuccess: (dataset) =>
      queryClient.setQueryData(datasetQueries.detail(datasetId).queryKey, dataset),
  })
}

export function useDeleteDataset(datasetId: string) {
  return useMutation({
    mutationKey: datasetQueries.all(),
    mutationFn: () => deleteDataset(datasetId),
  })
}
