import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { reportQueries, reuseQueries } from './queries'
import type { Reuse, ReuseWrite } from './types'

// A reuse's dataset list shows on the datasets too (their `metrics.reuses`, the inbox), so
// create and update carry no mutationKey: the global rule then refreshes every domain.

export function useCreateReuse() {
  return useMutation({
    mutationFn: (values: ReuseWrite) =>
      apiFetch<Reuse>('/api/1/reuses/', { method: 'POST', json: values }),
  })
}

/** A real partial update (udata-api.md §8.2): send only what changed. */
export function useUpdateReuse(reuseId: string) {
  return useMutation({
    mutationFn: (values: Partial<ReuseWrite>) =>
      apiFetch<Reuse>(`/api/1/reuses/${reuseId}/`, { method: 'PUT', json: values }),
  })
}

export function useDeleteReuse(reuseId: string) {
  return useMutation({
    mutationKey: reuseQueries.all(),
    mutationFn: () => apiFetch<void>(`/api/1/reuses/${reuseId}/`, { method: 'DELETE' }),
  })
}

/** udata restores a soft-deleted reuse with `PUT {"deleted": null}` (until it is purged). */
export function useRestoreReuse(reuseId: string) {
  return useMutation({
    mutationKey: reuseQueries.all(),
    mutationFn: () =>
      apiFetch<Reuse>(`/api/1/reuses/${reuseId}/`, { method: 'PUT', json: { deleted: null } }),
  })
}

export function useUploadReuseImage(reuseId: string) {
  return useMutation({
    mutationKey: reuseQueries.all(),
    mutationFn: (file: File) => {
      const body = new FormData()
      body.append('file', file)
      // No Content-Type header: the browser writes the multipart boundary itself.
      return apiFetch<{ success?: boolean; image?: string }>(`/api/1/reuses/${reuseId}/image/`, {
        method: 'POST',
        body,
        timeoutMs: 120_000,
      })
    },
  })
}

export type NewReport = {
  subject: { class: 'Reuse'; id: string }
  reason: string
  message?: string
}

export function useReportReuse() {
  return useMutation({
    mutationKey: reportQueries.all(),
    mutationFn: (report: NewReport) =>
      apiFetch<unknown>('/api/1/reports/', { method: 'POST', json: report }),
  })
}
