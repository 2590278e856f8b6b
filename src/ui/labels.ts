/** Who published something, as udata embeds it (a user or an organization reference). */
type Publisher = { name?: string | null } | null | undefined
type Person = { first_name?: string; last_name?: string; slug?: string } | null | undefined

/** The organization that published something, else its owner's name. */
export function authorName(organization: Publisher, owner: Person): string | null {
  if (organization?.name) return organization.name
  const name = `${owner?.first_name ?? ''} ${owner?.last_name ?? ''}`.trim()
  return name || owner?.slug || null
}

/** The label of `id` in a reference list (types, topics…), else the id itself. */
export function labelOf(labels: readonly { id: string; label: string }[] | undefined, id: string) {
  return labels?.find((item) => item.id === id)?.label ?? id
}
