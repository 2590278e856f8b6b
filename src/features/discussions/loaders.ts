import type { QueryClient } from '@tanstack/react-query'
import { queryPreloader } from '@/api/preload'
import { parseDiscussionListSearch, toDiscussionApiParams } from './discussion-list-params'
import { discussionQueries } from './queries'

// Loaded beside each page's chunk: each starts what its page shows while the page's code arrives.

export const discussionListLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params, search) =>
    discussionQueries.list(
      toDiscussionApiParams(params.organizationId ?? '', parseDiscussionListSearch(search)),
    ),
  )

export const discussionLoader = (queryClient: QueryClient) =>
  queryPreloader(queryClient, (params) => discussionQueries.detail(params.discussionId ?? ''))
