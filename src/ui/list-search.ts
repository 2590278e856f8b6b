import { useEffect, useMemo } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { ApiError } from '@/api/client'

/**
 * A paged list's filters kept in the URL, so a list can be linked, reloaded and walked back.
 * `parse` must be a module-level function: the parsed search is memoised on it.
 */
export function useListSearch<Search extends { page: number }>(
  parse: (params: URLSearchParams) => Search,
  serialize: (search: Search) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = useMemo(() => parse(searchParams), [parse, searchParams])
  return {
    search,
    /** Any change but paging starts from page 1, or the new filters could land past the end. */
    update: (patch: Partial<Search>) =>
      setSearchParams(serialize({ ...search, page: 1, ...patch })),
    hrefForPage: (page: number) => `?${serialize({ ...search, page }).toString()}`,
    reset: () => setSearchParams(new URLSearchParams()),
  }
}

/**
 * udata answers 404 past the last page (after deletions, or an old link): this starts over at
 * page 1. True while it does, so the page can show it is loading rather than the error.
 */
export function useFirstPageWhenGone<Search extends { page: number }>(
  list: { isError: boolean; error: unknown },
  search: Search,
  serialize: (search: Search) => URLSearchParams,
): boolean {
  const navigate = useNavigate()
  const pageGone =
    list.isError && list.error instanceof ApiError && list.error.status === 404 && search.page > 1
  useEffect(() => {
    if (pageGone)
      void navigate({ search: serialize({ ...search, page: 1 }).toString() }, { replace: true })
  }, [pageGone, search, serialize, navigate])
  return pageGone
}
