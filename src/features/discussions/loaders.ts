import type { QueryClient } from '@tanstack/react-query'
import { preloader, searchParamsOf } from '@/api/preload'
import { parseDiscussionListSearch, toDiscussionApiParams } from './discussion-list-params'
import { discussionQueries } from './queries'

// Loaded beside each page's chunk (the list's parser uses zod, kept out of the entry).

export const discussionListLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, args) =>
      void client.prefetchQuery(
        discussionQueries.list(
          toDiscussionApiParams(
            args.params.organizationId ?? '',
            parseDiscussionListSearch(searchParamsOf(args)),
          ),
        ),
      ),
  )

export const discussionLoader = (queryClient: QueryClient) =>
  preloader(
    queryClient,
    (client, { params }) =>
      void client.prefetchQuery(discussionQueries.detail(params.discussionId ?? '')),
  )
