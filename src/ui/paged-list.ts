import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import type { PaginatedArray } from '@/api/pagination'
import { isPageGone, useLastPageWhenGone, useListSearch } from './list-search'

type PageQuery<Row, Key extends QueryKey> = UseQueryOptions<
  PaginatedArray<Row>,
  Error,
  PaginatedArray<Row>,
  Key
>

/**
 * A list that udata pages (404 past the end), its state in the URL (`useListSearch`): the page
 * asked for, and the one rule when it is gone (go to the last page, and say so). `query(search,
 * n)` is the list's query for page `n`; the first page is asked for only when the page is gone,
 * for its total. `table` is what `ListTable` needs to show the page.
 * `parse` must be a module-level function: the parsed search is memoised on it.
 */
export function usePagedList<Row, Key extends QueryKey, Search extends { page: number }>(
  parse: (params: URLSearchParams) => Search,
  serialize: (search: Search) => URLSearchParams,
  query: (search: Search, page: number) => PageQuery<Row, Key>,
) {
  const listSearch = useListSearch(parse, serialize)
  const { search, hrefForPage } = listSearch
  const list = useQuery(query(search, search.page))
  const gone = isPageGone(list, search.page)
  const first = useQuery({ ...query(search, 1), enabled: gone })
  useLastPageWhenGone({
    gone,
    total: first.data?.total,
    pageSize: first.data?.page_size ?? 1,
    search,
    serialize,
  })
  return {
    ...listSearch,
    list,
    table: {
      query: list,
      page: list.data,
      recovering: gone,
      busy: list.isPlaceholderData,
      hrefForPage,
    },
  }
}
