import type { QueryClient } from '@tanstack/react-query'
import { queryPreloader } from '@/api/preload'
import { transferQueries } from './queries'

// Loaded beside the page's chunk, so the queries stay out of the entry.
export const transfersLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) => transferQueries.toRecipient(params.organizationId ?? ''))
