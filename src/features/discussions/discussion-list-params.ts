import type { DiscussionListParams } from './queries'
import { urlChoice, urlPage, urlText } from '@/ui/url-values'

export const discussionStates = ['open', 'closed', 'all'] as const
export const discussionPageSize = 20

export type DiscussionListSearch = {
  state: (typeof discussionStates)[number]
  q: string | undefined
  page: number
}

export function parseDiscussionListSearch(search: URLSearchParams): DiscussionListSearch {
  return {
    state: urlChoice(discussionStates, search.get('state')) ?? 'open',
    q: urlText(search.get('q')),
    page: urlPage(search.get('page')),
  }
}

export function toDiscussionListSearchParams(search: DiscussionListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.state !== 'open') params.set('state', search.state)
  if (search.q) params.set('q', search.q)
  if (search.page !== 1) params.set('page', String(search.page))
  return params
}

export function toDiscussionApiParams(
  org: string,
  search: DiscussionListSearch,
): DiscussionListParams {
  return {
    org,
    ...(search.state === 'all' ? {} : { closed: search.state === 'closed' }),
    ...(search.q ? { q: search.q } : {}),
    sort: '-created',
    page: search.page,
    page_size: discussionPageSize,
  }
}
