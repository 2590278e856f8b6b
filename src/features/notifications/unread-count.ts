import { queryOptions } from '@tanstack/react-query'
import { ApiError, apiFetch } from '@/api/client'
import { notificationQueries } from './queries'

/**
 * The header's unread count, as data.gouv.fr's own front polls it: `total` of the first page of
 * unhandled notifications. Instances before udata 14.3.0 have no such route (404): then null,
 * and the header shows no notifications item. Kept apart from the page's code: the shell
 * (entry chunk) needs only this.
 */
export const unreadNotificationsQuery = () =>
  queryOptions({
    queryKey: [...notificationQueries.all(), 'unread-count'] as const,
    queryFn: async ({ signal }): Promise<number | null> => {
      try {
        const page = await apiFetch<{ total: number }>(
          '/api/1/notifications/?handled=false&page_size=1',
          { signal, headers: { 'X-Fields': 'total' } },
        )
        return page.total
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null
        throw error
      }
    },
    staleTime: 60_000,
    refetchInterval: 2 * 60_000,
    refetchOnWindowFocus: true,
  })
