import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { apiFetch } from '@/api/client'
import { toSearchParams, type PaginatedArray } from '@/api/pagination'
import type { UdataNotification } from './types'

export type NotificationListParams = { handled?: false; page: number }

export const notificationQueries = {
  all: () => ['notifications'] as const,
  list: (params: NotificationListParams) =>
    queryOptions({
      queryKey: [...notificationQueries.all(), 'list', params],
      queryFn: ({ signal }) =>
        apiFetch<PaginatedArray<UdataNotification>>(
          `/api/1/notifications/?${toSearchParams({ ...params, page_size: 20 })}`,
          { signal },
        ),
      placeholderData: keepPreviousData,
    }),
}

/** `?all=1` shows the handled ones too; unread only by default. */
export function notificationListParams(search: URLSearchParams): NotificationListParams {
  const page = Math.max(1, Number(search.get('page')) || 1)
  return search.get('all') === '1' ? { page } : { handled: false, page }
}
