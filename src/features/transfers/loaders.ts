import type { QueryClient } from '@tanstack/react-query'
import { preloader } from '@/api/preload'
import { transferQueries } from './queries'

// Loaded beside the page's chunk, so the queries stay out of the entry.
export const transfersLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, { params }) =>
      void client.prefetchQuery(transferQueries.toRecipient(params.organizationId ?? '')),
  )
