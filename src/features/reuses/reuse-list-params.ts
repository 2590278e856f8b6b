import { reuseStatuses, type ReuseStatus } from './reuse-status'
import { urlChoice, urlPage, urlText } from '@/ui/url-values'

/** Query parameters of `/api/2/reuses/` that the console uses (udata-api.md §4.6). */
export type ReuseApiParams = {
  organization?: string
  dataset?: string
  dataservice?: string
  q?: string
  type?: string
  topic?: string
  private?: boolean
  sort?: string
  page?: number
  page_size?: number
}

export const reuseSorts = [
  '-created',
  'created',
  '-last_modified',
  'title',
  '-datasets',
  '-views',
] as const
export type ReuseSort = (typeof reuseSorts)[number]
export const defaultReuseSort: ReuseSort = '-created'
export const reusePageSize = 20

/** The reuses list's URL state. */
export type ReuseListSearch = {
  q: string | undefined
  type: string | undefined
  topic: string | undefined
  status: ReuseStatus | undefined
  sort: ReuseSort
  page: number
}

/** Reads the list's URL state; anything malformed falls back to its default instead of failing. */
export function parseReuseListSearch(search: URLSearchParams): ReuseListSearch {
  return {
    q: urlText(search.get('q')),
    type: urlText(search.get('type')),
    topic: urlText(search.get('topic')),
    status: urlChoice(reuseStatuses, search.get('status')),
    sort: urlChoice(reuseSorts, search.get('sort')) ?? defaultReuseSort,
    page: urlPage(search.get('page')),
  }
}

/** Back to a query string, leaving defaults out so shared links stay short. */
export function toReuseListSearchParams(search: ReuseListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.q) params.set('q', search.q)
  if (search.type) params.set('type', search.type)
  if (search.topic) params.set('topic', search.topic)
  if (search.status) params.set('status', search.status)
  if (search.sort !== defaultReuseSort) params.set('sort', search.sort)
  if (search.page !== 1) params.set('page', String(search.page))
  return params
}

/**
 * The API query for a list state. Only draft/public map to a udata filter (`private`); archived
 * and deleted have none on reuse lists, so those are filtered client-side (see `matchesStatus`).
 */
export function toReuseApiParams(organization: string, search: ReuseListSearch): ReuseApiParams {
  const params: ReuseApiParams = {
    organization,
    sort: search.sort,
    page: search.page,
    page_size: reusePageSize,
  }
  if (search.q) params.q = search.q
  if (search.type) params.type = search.type
  if (search.topic) params.topic = search.topic
  if (search.status === 'draft') params.private = true
  if (search.status === 'public') params.private = false
  return params
}
