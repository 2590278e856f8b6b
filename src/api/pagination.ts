import { apiFetch } from './client'

/** udata's paginated envelope; `next_page`/`previous_page` are absolute URLs or null. */
export type PaginatedArray<T> = {
  data: T[]
  page: number
  page_size: number
  total: number
  next_page: string | null
  previous_page: string | null
}

export type SearchParamValue = string | number | boolean | null | undefined | readonly string[]

/** Query parameters as udata reads them: arrays become repeated keys (`tag=a&tag=b`). */
export function toSearchParams(params: Record<string, SearchParamValue>): URLSearchParams {
  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value))
      for (const item of value as readonly string[]) search.append(key, item)
    else search.set(key, String(value))
  }
  return search
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
    url = page.next_page
  }
  return items
}
