import { useMutation, useQueryClient } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toDatasetPut, type DatasetChanges } from './dataset-payload'
import type { ExtrasWrites } from './extras-values'
import { fullObjectsHeader } from './dataset-request'
import { contactPointQueries, datasetQueries, fetchCurrentDataset } from './queries'
import type { ContactPoint, Dataset, DatasetPut, NewDataset } from './types'

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

/**
 * Key-level extras writes through the v2 endpoint (merge PUT, DELETE of keys), which neither
 * bumps the dataset's dates nor touches keys it does not name. Returns the extras udata answers
 * after the PUT, or null when there were only keys to delete.
 */
export async function writeDatasetExtras(
  datasetId: string,
  writes: ExtrasWrites,
): Promise<Record<string, unknown> | null> {
  const path = `/api/2/datasets/${encodeURIComponent(datasetId)}/extras/`
  if (writes.remove.length > 0)
    await apiFetch<void>(path, { method: 'DELETE', json: writes.remove })
  if (Object.keys(writes.put).length === 0) return null
  return apiFetch<Record<string, unknown>>(path, { method: 'PUT', json: writes.put })
}

export function useWriteDatasetExtras(datasetId: string) {
  return useMutation({
    mutationKey: datasetQueries.all(),
    mutationFn: (writes: ExtrasWrites) => writeDatasetExtras(datasetId, writes),
  })
}

export type ContactPointBody = Pick<ContactPoint, 'name' | 'email' | 'role'> & {
  contact_form: string | null
}

/** POST creates (or answers the identical existing one, 200), PUT edits (udata-api-admin §6.3). */
export function useSaveContactPoint(organizationId: string) {
  return useMutation({
    mutationKey: contactPointQueries.list(organizationId).queryKey,
    mutationFn: ({ id, body }: { id: string | null; body: ContactPointBody }) =>
      id
        ? apiFetch<ContactPoint>(`/api/1/contacts/${encodeURIComponent(id)}/`, {
            method: 'PUT',
            json: body,
          })
        : apiFetch<ContactPoint>('/api/1/contacts/', {
            method: 'POST',
            json: { ...body, organization: organizationId },
          }),
  })
}
