import { listPageQuery } from '@/api/list-page-query'
import { toSearchParams } from '@/api/pagination'
import type { UdataNotification } from './types'

export type NotificationListParams = { handled?: false; page: number }

export const notificationQueries = {
  all: () => ['notifications'] as const,
  list: (params: NotificationListParams) =>
    listPageQuery<UdataNotification>(
      [...notificationQueries.all(), 'list', params],
      `/api/1/notifications/?${toSearchParams({ ...params, page_size: 20 })}`,
    ),
}

/** `?all=1` shows the handled ones too; unread only by default. */
export function notificationListParams(search: URLSearchParams): NotificationListParams {
  const page = Math.max(1, Number(search.get('page')) || 1)
  return search.get('all') === '1' ? { page } : { handled: false, page }
}
