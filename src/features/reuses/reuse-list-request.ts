import { toSearchParams } from '@/api/search-params'
import { parseReuseListSearch, toReuseApiParams, type ReuseApiParams } from './reuse-list-params'

export function reuseListUrl(params: ReuseApiParams): string {
  return `/api/2/reuses/?${toSearchParams(params).toString()}`
}

/**
 * The request the reuses list sends first for this URL (`reuseQueries.list`): its path and
 * headers, for the read sent before the application's code loads (src/early.ts).
 */
export function reuseListRequest(organizationId: string, search: URLSearchParams) {
  const params = toReuseApiParams(organizationId, parseReuseListSearch(search))
  return { path: reuseListUrl(params), headers: {} }
}
