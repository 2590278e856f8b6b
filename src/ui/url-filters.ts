import { useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { useRememberListSearch } from './list-return'

/**
 * Filters kept in the URL, applied at once (replacing the history entry, not adding one); back
 * links to the page return to it with them (list-return.ts), as for `useListSearch`.
 * `parse` must be a module-level function: the parsed filters are memoised on the search.
 */
export function useUrlFilters<Filters>(
  parse: (search: URLSearchParams) => Filters,
  serialize: (filters: Filters) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = useMemo(() => parse(searchParams), [parse, searchParams])
  useRememberListSearch()
  return {
    filters,
    update: (patch: Partial<Filters>) =>
      setSearchParams(serialize({ ...filters, ...patch }), { replace: true }),
  }
}
