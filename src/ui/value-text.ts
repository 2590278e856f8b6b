/** A list field's value in one line for the conflict view, or the word for "empty". */
export function listText(items: readonly string[], empty: string, separator = ', '): string {
  return items.join(separator) || empty
}

/** The names of the objects `ids` points to (contact points…), an id where none is known. */
export function namesText(
  ids: readonly string[],
  known: readonly { id: string; name: string }[],
  empty: string,
): string {
  return listText(
    ids.map((id) => known.find((item) => item.id === id)?.name ?? id),
    empty,
  )
}
