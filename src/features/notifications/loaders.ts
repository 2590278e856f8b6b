import type { QueryClient } from '@tanstack/react-query'
import { queryPreloader } from '@/api/preload'
import { notificationListParams, notificationQueries } from './queries'

// Loaded beside the page's chunk, so the list's queries stay out of the entry.
export const notificationsLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (_params, search) =>
    notificationQueries.list(notificationListParams(search)),
  )
