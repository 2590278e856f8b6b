/** The harvesters list's URL state: `?deleted=1` shows deleted sources, `?page=` the page. */
export function parseSourcesSearch(search: URLSearchParams): {
  withDeleted: boolean
  page: number
} {
  const page = Number(search.get('page'))
  return {
    withDeleted: search.get('deleted') === '1',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  }
}
