import type { QueryClient } from '@tanstack/react-query'
import { preloader, searchParamsOf } from '@/api/preload'
import { notificationListParams, notificationQueries } from './queries'

// Loaded beside the page's chunk, so the list's queries stay out of the entry.
export const notificationsLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, args) =>
      void client.prefetchQuery(
        notificationQueries.list(notificationListParams(searchParamsOf(args))),
      ),
  )
