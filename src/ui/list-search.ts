import { useEffect, useMemo, useRef } from 'react'
import { useNavigate, useSearchParams } from 'react-router'
import { ApiError } from '@/api/client'
import { useRememberListSearch } from './list-return'

/**
 * A paged list's state kept in the URL, so a list can be linked, reloaded and walked back; the
 * back links of the pages it leads to return to it as left (see list-return.ts).
 * `parse` must be a module-level function: the parsed search is memoised on it.
 */
export function useListSearch<Search extends { page: number }>(
  parse: (params: URLSearchParams) => Search,
  serialize: (search: Search) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams()
  const search = useMemo(() => parse(searchParams), [parse, searchParams])
  const shown = searchParams.toString()
  useRememberListSearch()

  // The latest state asked for, ahead of the render: two quick changes (a tab, then a select)
  // must both land, even when the first navigation has not rendered yet.
  const latest = useRef(search)
  const pending = useRef<string[]>([])
  useEffect(() => {
    // Navigations render in transitions, possibly after a newer change was asked for: a render
    // of one of our own older states must not replace the newest intent. Anything else (back,
    // forward, a link) is the user's new state.
    const index = pending.current.indexOf(shown)
    pending.current = index >= 0 ? pending.current.slice(index + 1) : []
    if (pending.current.length === 0) latest.current = search
  }, [search, shown])
  const go = (next: Search) => {
    const params = serialize(next)
    latest.current = next
    pending.current.push(params.toString())
    setSearchParams(params)
  }

  return {
    search,
    /** The newest state asked for, which the next change builds on. */
    latest: () => latest.current,
    /** Any change but paging starts from page 1, or the new filters could land past the end. */
    update: (patch: Partial<Search>) => go({ ...latest.current, page: 1, ...patch }),
    hrefForPage: (page: number) => `?${serialize({ ...search, page }).toString()}`,
    reset: () => go(parse(new URLSearchParams())),
  }
}

/** udata answers 404 past the last page (after deletions, or an old link). */
export function isPageGone(list: { isError: boolean; error: unknown }, page: number): boolean {
  return list.isError && list.error instanceof ApiError && list.error.status === 404 && page > 1
}

/**
 * The one rule for a page that no longer exists, in every list: go to the last page there is,
 * and say so (`PageGoneNotice`). `total` is the count of the list's rows, once known: the page
 * asks for it only while `gone`.
 */
export function useLastPageWhenGone<Search extends { page: number }>({
  gone,
  total,
  pageSize,
  search,
  serialize,
}: {
  gone: boolean
  total: number | undefined
  pageSize: number
  search: Search
  serialize: (search: Search) => URLSearchParams
}) {
  const navigate = useNavigate()
  useEffect(() => {
    if (!gone || total === undefined) return
    const last = Math.max(1, Math.ceil(total / pageSize))
    void navigate(
      { search: serialize({ ...search, page: last }).toString() },
      { replace: true, state: { pageGone: true } },
    )
  }, [gone, total, pageSize, search, serialize, navigate])
}
