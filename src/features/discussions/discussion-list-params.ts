import type { DiscussionListParams } from './queries'

export const discussionStates = ['open', 'closed', 'all'] as const
export const discussionPageSize = 20

export type DiscussionListSearch = {
  state: (typeof discussionStates)[number]
  q: string | undefined
  page: number
}

// Hand-written rather than zod, as the datasets list's (dataset-list-params.ts): the list's
// loader reads the URL with it, and with zod in its chunk the list request waited for zod to
// download before it could leave.
export function parseDiscussionListSearch(search: URLSearchParams): DiscussionListSearch {
  const q = search.get('q')?.trim() ?? ''
  const page = Number(search.get('page') ?? 1)
  return {
    state: discussionStates.find((state) => state === search.get('state')) ?? 'open',
    q: q && q.length <= 200 ? q : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
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
