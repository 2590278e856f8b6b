import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { transferQueries } from './queries'
import type { Transfer, TransferRequest } from './types'

export function useRequestTransfer() {
  return useMutation({
    mutationKey: transferQueries.all(),
    mutationFn: (request: TransferRequest) =>
      apiFetch<Transfer>('/api/1/transfer/', { method: 'POST', json: request }),
  })
}

/**
 * Accepting moves the subject to another owner (its dataset/reuse lists, counts, the
 * notifications), so the answer refreshes every domain (no mutationKey).
 */
export function useRespondTransfer() {
  return useMutation({
    mutationFn: ({
      id,
      response,
      comment,
    }: {
      id: string
      response: 'accept' | 'refuse'
      comment: string
    }) =>
      apiFetch<Transfer>(`/api/1/transfer/${encodeURIComponent(id)}/`, {
        method: 'POST',
        json: comment ? { response, comment } : { response },
      }),
  })
}
