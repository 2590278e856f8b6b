/** The harvesters list's URL state: `?deleted=1` shows deleted sources, `?page=` the page. */
export type SourcesSearch = { withDeleted: boolean; page: number }

export function parseSourcesSearch(search: URLSearchParams): SourcesSearch {
  const page = Number(search.get('page'))
  return {
    withDeleted: search.get('deleted') === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}

/** Back to a query string, leaving defaults out. */
export function toSourcesSearchParams(search: SourcesSearch): URLSearchParams {
  const params = new URLSearchParams()
  if (search.withDeleted) params.set('deleted', '1')
  if (search.page !== 1) params.set('page', String(search.page))
  return params
}
