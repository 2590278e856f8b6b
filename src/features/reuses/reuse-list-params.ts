import type { ReuseApiParams } from './queries'
import { reuseStatuses, type ReuseStatus } from './reuse-status'

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

// Hand-written rather than zod, as the datasets list's (dataset-list-params.ts): the list's
// loader reads the URL with it, and with zod in its chunk the list request waited for zod's
// 24 kB gzip to download before it could leave.
function optionalText(value: string | null): string | undefined {
  const text = value?.trim() ?? ''
  return text && text.length <= 200 ? text : undefined
}

function oneOf<T extends string>(choices: readonly T[], value: string | null): T | undefined {
  return choices.find((choice) => choice === value)
}

/** Reads the list's URL state; anything malformed falls back to its default instead of failing. */
export function parseReuseListSearch(search: URLSearchParams): ReuseListSearch {
  const page = Number(search.get('page') ?? 1)
  return {
    q: optionalText(search.get('q')),
    type: optionalText(search.get('type')),
    topic: optionalText(search.get('topic')),
    status: oneOf(reuseStatuses, search.get('status')),
    sort: oneOf(reuseSorts, search.get('sort')) ?? defaultReuseSort,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
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
