import { useState } from 'react'
import { isSearchable } from './searchable'
import { useDebouncedValue } from './use-debounced-value'

/**
 * A search-as-you-type field's state: what is typed (`query`), what to search for (`q`: trimmed,
 * once typing pauses for 300 ms) and whether it is long enough to search at all
 * (`searching`, by `isSearchable`).
 */
export function useTypedSearch() {
  const [query, setQuery] = useState('')
  const q = useDebouncedValue(query.trim(), 300)
  return { query, setQuery, q, searching: isSearchable(q) }
}
