import { useEffect } from 'react'
import { useLocation } from 'react-router'

/**
 * Where a back link to a list returns: the list as the user left it (tab, filters, search, page,
 * sort). Each list page records its query string under its path while it is shown; a back link
 * builds its href from it. sessionStorage, so it lasts through a reload of the detail page and
 * dies with the tab, like the session itself; a plain map where storage is refused.
 */
const prefix = 'udata-console.list-search:'
const fallback = new Map<string, string>()

function remember(path: string, search: string) {
  const key = prefix + path
  try {
    if (search) sessionStorage.setItem(key, search)
    else sessionStorage.removeItem(key)
  } catch {
    if (search) fallback.set(key, search)
    else fallback.delete(key)
  }
}

/** Called by a list page (`useListSearch` does): back links to it return to it as shown now. */
export function useRememberListSearch() {
  const { pathname, search } = useLocation()
  useEffect(
    () => remember(pathname.replace(/\/+$/, ''), search.replace(/^\?/, '')),
    [pathname, search],
  )
}

/** The list at `path` as last shown: `path` itself when it was never shown, or had no filters. */
export function listHref(path: string): string {
  const key = prefix + path
  let search: string | null | undefined
  try {
    search = sessionStorage.getItem(key)
  } catch {
    search = fallback.get(key)
  }
  return search ? `${path}?${search}` : path
}
