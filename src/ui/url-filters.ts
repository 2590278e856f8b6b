import { useMemo } from 'react'
import { useSearchParams } from 'react-router'

/**
 * Filters kept in the URL, applied at once (replacing the history entry, not adding one).
 * `parse` must be a module-level function: the parsed filters are memoised on the search.
 */
export function useUrlFilters<Filters>(
  parse: (search: URLSearchParams) => Filters,
  serialize: (filters: Filters) => URLSearchParams,
) {
  const [searchParams, setSearchParams] = useSearchParams()
  const filters = useMemo(() => parse(searchParams), [parse, searchParams])
  return {
    filters,
    update: (patch: Partial<Filters>) =>
      setSearchParams(serialize({ ...filters, ...patch }), { replace: true }),
  }
}
