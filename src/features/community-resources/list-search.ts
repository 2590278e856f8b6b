import type { CommunityFilters } from './inbox'

/** The list's URL state: `?unreviewed=1`, `?dataset=<id>`. */
export function parseCommunityFilters(search: URLSearchParams): CommunityFilters {
  return { unreviewed: search.get('unreviewed') === '1', dataset: search.get('dataset') ?? '' }
}

export function toCommunitySearch(filters: CommunityFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (filters.unreviewed) params.set('unreviewed', '1')
  if (filters.dataset) params.set('dataset', filters.dataset)
  return params
}
