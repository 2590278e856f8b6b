import { queryOptions, type QueryKey } from '@tanstack/react-query'
import { apiFetch } from './client'

/**
 * Reference lists (licences, frequencies, granularities, reuse types and topics, report
 * reasons, reason categories, resource types, schemas, roles, harvest backends…) change with a
 * udata release or a deployment, not during a session: read once, kept for the session.
 */
export const referenceStaleTime = Infinity

/**
 * Keys of the lists no domain owns: a domain of their own, which no write refreshes. Labels
 * come translated with `?lang=`, so the language, when sent, is the last part of the key.
 */
export const referenceQueries = {
  all: () => ['reference'] as const,
  of: (...parts: string[]) => [...referenceQueries.all(), ...parts] as const,
}

/**
 * A reference list's query: one GET of `path`, under its domain's `queryKey`. The key names the
 * list (and its language), and a list has one path: the caller gives both.
 */
export function referenceQuery<T>(queryKey: QueryKey, path: string) {
  // eslint-disable-next-line @tanstack/query/exhaustive-deps -- the key names the path's list
  return queryOptions({
    queryKey,
    queryFn: ({ signal }) => apiFetch<T>(path, { signal }),
    staleTime: referenceStaleTime,
    // Kept in memory as long as it stays fresh: a page that shows it later asks nothing again.
    gcTime: referenceStaleTime,
  })
}

/** A list no domain owns (`referenceQueries`), in `lang` when the list is translated. */
export function sharedReferenceQuery<T>(name: string, path: string, lang?: string) {
  return lang === undefined
    ? referenceQuery<T>(referenceQueries.of(name), path)
    : referenceQuery<T>(referenceQueries.of(name, lang), `${path}?lang=${lang}`)
}
