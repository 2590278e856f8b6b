import { getInstance } from '@/session/session'
import { apiFetch, NetworkError } from './client'

// Kept here too: most callers build a list URL and page it in the same breath.
export { toSearchParams } from './search-params'

/** udata's paginated envelope; `next_page`/`previous_page` are absolute URLs or null. */
export type PaginatedArray<T> = {
  data: T[]
  page: number
  page_size: number
  total: number
  next_page: string | null
  previous_page: string | null
}

/** A `next_page`/`previous_page` link we will not follow: not an API URL over http(s). */
export class PageLinkError extends Error {
  readonly link: string
  constructor(link: string) {
    super(`Refused to follow a page link that is not an API address of the instance: ${link}`)
    this.name = 'PageLinkError'
    this.link = link
  }
}

/**
 * The path to request for a page link found in the answer to `from` (a path on `instance`).
 * udata builds its links from the request it saw: behind a proxy they may name `http://`, or an
 * internal host name. Such a link keeps its path and query and is sent to the instance, so the
 * key goes with it and nowhere else; a link that is not an /api/ address over http(s)
 * (`javascript:`, a web page) is refused before anything is fetched.
 */
export function pageLinkPath(link: string, from: string, instance: string): string {
  let target: URL
  try {
    target = new URL(link, new URL(from, instance))
  } catch {
    throw new PageLinkError(link)
  }
  const web = target.protocol === 'https:' || target.protocol === 'http:'
  if (!web || !target.pathname.startsWith('/api/')) throw new PageLinkError(link)
  return `${target.pathname}${target.search}`
}

/** `pageLinkPath` on the signed-in instance; null at the last page. */
export function nextPagePath(link: string | null, from: string): string | null {
  if (!link) return null
  const instance = getInstance()
  if (!instance) throw new NetworkError('offline')
  return pageLinkPath(link, from, instance)
}

/**
 * Follows `next_page` from `firstUrl` to the end, for the rare "every item" need
 * (bulk selection of all matching datasets, exports, a reuse's full dataset list).
 */
export async function fetchAllPages<T>(
  firstUrl: string,
  options: { signal?: AbortSignal; onPage?: (loaded: number, total: number) => void } = {},
): Promise<T[]> {
  const items: T[] = []
  let url: string | null = firstUrl
  while (url) {
    const page: PaginatedArray<T> = await apiFetch<PaginatedArray<T>>(url, {
      signal: options.signal,
    })
    items.push(...page.data)
    options.onPage?.(items.length, page.total)
    url = nextPagePath(page.next_page, url)
  }
  return items
}
