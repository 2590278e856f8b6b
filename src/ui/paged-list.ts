import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { PaginatedArray } from '@/api/pagination'
import { isPageGone, useLastPageWhenGone } from './list-search'

type PageQuery<Row, Key extends QueryKey> = UseQueryOptions<
  PaginatedArray<Row>,
  Error,
  PaginatedArray<Row>,
  Key
>

/**
 * A list that udata pages (404 past the end): the page asked for, and the one rule when it is
 * gone (go to the last page, and say so). `query(n)` is the list's query for page `n`; the
 * first page is asked for only when the page is gone, for its total.
 */
export function usePagedList<Row, Key extends QueryKey, Search extends { page: number }>(
  query: (page: number) => PageQuery<Row, Key>,
  search: Search,
  serialize: (search: Search) => URLSearchParams,
) {
  const list = useQuery(query(search.page))
  const gone = isPageGone(list, search.page)
  const first = useQuery({ ...query(1), enabled: gone })
  useLastPageWhenGone({
    gone,
    total: first.data?.total,
    pageSize: first.data?.page_size ?? 1,
    search,
    serialize,
  })
  return { list, gone }
}
