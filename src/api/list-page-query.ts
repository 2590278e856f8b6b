import { keepPreviousData, queryOptions, type QueryKey } from '@tanstack/react-query'
import { apiFetch } from './client'
import type { PaginatedArray } from './pagination'

/**
 * One page of a udata list, `path` being that page's request: the page on screen stays while the
 * next one loads (keepPreviousData), so paging or filtering does not blank the list.
 */
export function listPageQuery<T>(queryKey: QueryKey, path: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- callers build both from the same params
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => apiFetch<PaginatedArray<T>>(path, { signal }),
    placeholderData: keepPreviousData,
  })
}
