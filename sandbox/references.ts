// The reference fields of the api-fields forms (a dataservice's datasets and contact points, a
// reuse's datasets and dataservices): each item an id or an `{id}` object.
import { isRecord } from './util.ts'

/** The id an item names: itself when a string, else its `id`; '' names nothing. */
export function refId(item: unknown): string {
  if (typeof item === 'string') return item
  return isRecord(item) && typeof item.id === 'string' ? item.id : ''
}

/**
 * A list of references, read as udata does: every id must name an object (`exists`), repeats are
 * dropped, and the first unknown one stops the reading with udata's message.
 */
export function referenceList(
  value: unknown,
  exists: (id: string) => boolean,
  readId: (item: unknown) => string = refId,
): { ids: string[]; error: string | null } {
  const ids: string[] = []
  for (const item of Array.isArray(value) ? value : []) {
    const id = readId(item)
    if (!exists(id)) return { ids, error: `Unknown reference '${id}'` }
    if (!ids.includes(id)) ids.push(id)
  }
  return { ids, error: null }
}
