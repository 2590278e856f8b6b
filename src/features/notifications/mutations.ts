import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { notificationQueries } from './queries'
import type { UdataNotification } from './types'

/**
 * `POST …/read/` sets `handled_at`; the list and the header's count refresh (domain key).
 * The outcome is told from the mutation's own options: once read, the item may leave the
 * unread list before a `mutate()` callback would run.
 */
export function useMarkNotificationRead(tell?: {
  onSuccess: () => void
  onError: (error: Error) => void
}) {
  return useMutation({
    mutationKey: notificationQueries.all(),
    onSuccess: tell?.onSuccess,
    onError: tell?.onError,
    mutationFn: (id: string) =>
      apiFetch<UdataNotification>(`/api/1/notifications/${encodeURIComponent(id)}/read/`, {
        method: 'POST',
      }),
  })
}
