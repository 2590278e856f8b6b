import type { PaginatedArray } from '@/api/pagination'
import type { DataserviceListParams } from './queries'
import { dataserviceStatus, dataserviceStatuses } from './dataservice-status'
import type { Dataservice, DataserviceSort } from './types'
import { urlChoice, urlPage, urlText } from '@/ui/url-values'

export const dataserviceSorts = [
  '-created',
  'created',
  '-last_modified',
  'title',
  '-title',
] as const satisfies readonly DataserviceSort[]
export const defaultDataserviceSort: DataserviceSort = '-created'
export const dataservicePageSize = 20

/** "all" leaves the bin out, as every list of the console does. */
export const dataserviceStatusFilters = ['all', ...dataserviceStatuses] as const
export type DataserviceStatusFilter = (typeof dataserviceStatusFilters)[number]

export type DataserviceListSearch = {
  q: string | undefined
  status: DataserviceStatusFilter
  sort: DataserviceSort
  page: number
}

/** The list's URL state; anything malformed falls back to its default. */
export function parseDataserviceListSearch(search: URLSearchParams): DataserviceListSearch {
  return {
    q: urlText(search.get('q')),
    status: urlChoice(dataserviceStatusFilters, search.get('status')) ?? 'all',
    sort: urlChoice(dataserviceSorts, search.get('sort')) ?? defaultDataserviceSort,
    page: urlPage(search.get('page')),
  }
}

/** Back to a query string, leaving defaults out so shared links stay short. */
export function toDataserviceListSearchParams(search: DataserviceListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.q) params.set('q', search.q)
  if (search.status !== 'all') params.set('status', search.status)
  if (search.sort !== defaultDataserviceSort) params.set('sort', search.sort)
  if (search.page !== 1) params.set('page', String(search.page))
  return params
}

export function toDataserviceListParams(
  organization: string,
  search: DataserviceListSearch,
): DataserviceListParams {
  return { organization, sort: search.sort, ...(search.q ? { q: search.q } : {}) }
}

export function matchesStatus(dataservice: Dataservice, status: DataserviceStatusFilter): boolean {
  const actual = dataserviceStatus(dataservice)
  return status === 'all' ? actual !== 'deleted' : actual === status
}

export function countByStatus(
  items: readonly Dataservice[],
): Record<DataserviceStatusFilter, number> {
  const counts = { all: 0, public: 0, draft: 0, archived: 0, deleted: 0 }
  for (const item of items) {
    const status = dataserviceStatus(item)
    counts[status] += 1
    if (status !== 'deleted') counts.all += 1
  }
  return counts
}

/**
 * One page of the filtered list, in udata's envelope so the shared pagination reads it:
 * `next_page`/`previous_page` are set exactly when such a page exists (they are never fetched).
 */
export function pageOf(
  items: readonly Dataservice[],
  page: number,
  pageSize = dataservicePageSize,
): PaginatedArray<Dataservice> {
  const pages = Math.max(1, Math.ceil(items.length / pageSize))
  const current = Math.min(page, pages)
  return {
    data: items.slice((current - 1) * pageSize, current * pageSize),
    page: current,
    page_size: pageSize,
    total: items.length,
    next_page: current < pages ? `?page=${current + 1}` : null,
    previous_page: current > 1 ? `?page=${current - 1}` : null,
  }
}
