/** The id of a udata reference, which the API sends as an id or as an object, depending on the endpoint. */
export function idOf(value: string | { id: string } | null | undefined): string | null {
  if (value === null || value === undefined) return null
  return typeof value === 'string' ? value : value.id
}
