import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { dataserviceQueries } from './queries'
import type { Dataservice, DataserviceWrite } from './types'

// Creating one with linked datasets notifies their owners and moves the datasets' metrics, so
// create carries no mutationKey: the global rule then refreshes every domain.
export function useCreateDataservice() {
  return useMutation({
    mutationFn: (values: Partial<DataserviceWrite>) =>
      apiFetch<Dataservice>('/api/1/dataservices/', { method: 'POST', json: values }),
  })
}

/**
 * udata updates dataservices with PATCH (PUT answers 405), a true partial update: only what
 * changed is sent, so a field someone else changed meanwhile is left alone. Lifecycle changes
 * (`private`, `archived_at`, `deleted_at: null` to restore) go through it too.
 */
export function useUpdateDataservice(dataserviceId: string) {
  return useMutation({
    mutationKey: dataserviceQueries.all(),
    mutationFn: (values: Partial<DataserviceWrite>) =>
      apiFetch<Dataservice>(`/api/1/dataservices/${encodeURIComponent(dataserviceId)}/`, {
        method: 'PATCH',
        json: values,
      }),
  })
}

/** A soft delete: `deleted_at` is set, and a PATCH `{deleted_at: null}` restores it. */
export function useDeleteDataservice(dataserviceId: string) {
  return useMutation({
    mutationKey: dataserviceQueries.all(),
    mutationFn: () =>
      apiFetch<void>(`/api/1/dataservices/${encodeURIComponent(dataserviceId)}/`, {
        method: 'DELETE',
      }),
  })
}
