import type { DatasetSort } from './types'
import { urlChoice, urlPage, urlText } from '@/ui/url-values'

/**
 * The query of `GET /api/2/datasets/`, ready for `toSearchParams` (arrays become repeated
 * keys). It is also the list's query-key params, so every page and filter combo is cached.
 */
export type DatasetListParams = {
  organization: string
  q?: string
  tag?: string[]
  license?: string
  format?: string
  badge?: string
  private?: boolean
  archived?: boolean
  deleted?: boolean
  sort?: DatasetSortParam
  page: number
  page_size: number
}

export const datasetSorts = [
  'title',
  'created',
  'last_update',
  'reuses',
  'followers',
  'views',
] as const satisfies readonly DatasetSort[]
export type DatasetSortParam = DatasetSort | `-${DatasetSort}`
export const datasetSortParams = datasetSorts.flatMap((sort) => [sort, `-${sort}`] as const)

export const datasetStatuses = ['all', 'public', 'draft', 'archived', 'deleted'] as const
export type DatasetStatus = (typeof datasetStatuses)[number]

export const pageSizes = [20, 50, 100] as const
export type PageSize = (typeof pageSizes)[number]

export const defaultSort: DatasetSortParam = '-created'

/** The list's URL state. */
export type DatasetListSearch = {
  status: DatasetStatus
  q: string | undefined
  tag: string[]
  license: string | undefined
  format: string | undefined
  badge: string | undefined
  sort: DatasetSortParam
  page: number
  page_size: PageSize
}

/** Reads the list's URL state; anything malformed falls back to its default instead of failing. */
export function parseDatasetListSearch(search: URLSearchParams): DatasetListSearch {
  const tags = search
    .getAll('tag')
    .map((tag) => tag.trim())
    .filter((tag) => tag.length >= 1 && tag.length <= 96)
  return {
    status: urlChoice(datasetStatuses, search.get('status')) ?? 'all',
    q: urlText(search.get('q')),
    tag: [...new Set(tags)],
    license: urlText(search.get('license')),
    format: urlText(search.get('format')),
    badge: urlText(search.get('badge')),
    sort: urlChoice(datasetSortParams, search.get('sort')) ?? defaultSort,
    page: urlPage(search.get('page')),
    page_size: urlChoice(pageSizes, search.get('page_size')) ?? 20,
  }
}

/** Back to a query string, leaving out defaults so shared links stay short. */
export function toDatasetListSearchParams(search: DatasetListSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.status !== 'all') params.set('status', search.status)
  if (search.q) params.set('q', search.q)
  for (const tag of search.tag) params.append('tag', tag)
  if (search.license) params.set('license', search.license)
  if (search.format) params.set('format', search.format)
  if (search.badge) params.set('badge', search.badge)
  if (search.sort !== defaultSort) params.set('sort', search.sort)
  if (search.page !== 1) params.set('page', String(search.page))
  if (search.page_size !== 20) params.set('page_size', String(search.page_size))
  return params
}

/** The filters a "clear filters" button removes (status, sort and page size stay). */
export const noFilters = {
  q: undefined,
  tag: [],
  license: undefined,
  format: undefined,
  badge: undefined,
} satisfies Partial<DatasetListSearch>

export function hasFilters(search: DatasetListSearch): boolean {
  return Boolean(
    search.q || search.tag.length > 0 || search.license || search.format || search.badge,
  )
}

/**
 * The status tabs as udata's flags. The four non-"all" tabs do not overlap, so their counts add
 * up to "all"; "all" leaves the bin out, as every admin's "all" tab does.
 */
export function statusFlags(
  status: DatasetStatus,
): Pick<DatasetListParams, 'private' | 'archived' | 'deleted'> {
  switch (status) {
    case 'all':
      return { deleted: false }
    case 'public':
      return { private: false, archived: false, deleted: false }
    case 'draft':
      return { private: true, archived: false, deleted: false }
    case 'archived':
      return { archived: true, deleted: false }
    case 'deleted':
      return { deleted: true }
  }
}

export function toDatasetListParams(
  organization: string,
  search: DatasetListSearch,
  status: DatasetStatus = search.status,
): DatasetListParams {
  const params: DatasetListParams = {
    organization,
    ...statusFlags(status),
    sort: search.sort,
    page: search.page,
    page_size: search.page_size,
  }
  if (search.q) params.q = search.q
  if (search.tag.length > 0) params.tag = search.tag
  if (search.license) params.license = search.license
  if (search.format) params.format = search.format
  if (search.badge) params.badge = search.badge
  return params
}

/** Whether two param sets describe the same rows, whatever page is shown. */
export function sameFilters(a: DatasetListParams, b: DatasetListParams): boolean {
  const key = ({ page: _page, page_size: _pageSize, ...rest }: DatasetListParams) =>
    JSON.stringify(Object.entries(rest).sort(([x], [y]) => x.localeCompare(y)))
  return key(a) === key(b)
}
