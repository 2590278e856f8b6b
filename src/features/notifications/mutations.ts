import { useMutation } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { notificationQueries } from './queries'
import type { UdataNotification } from './types'

/** `POST …/read/` sets `handled_at`; the list and the header's count refresh (domain key). */
export function useMarkNotificationRead() {
  return useMutation({
    mutationKey: notificationQueries.all(),
    mutationFn: (id: string) =>
      apiFetch<UdataNotification>(`/api/1/notifications/${encodeURIComponent(id)}/read/`, {
        method: 'POST',
      }),
  })
}
