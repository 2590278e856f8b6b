import type { OrganizationRef, OwnerRef } from './types'

/** The organization that published something, else its owner's name. */
export function authorName(
  organization: OrganizationRef | null | undefined,
  owner: OwnerRef | null | undefined,
): string | null {
  if (organization?.name) return organization.name
  const name = `${owner?.first_name ?? ''} ${owner?.last_name ?? ''}`.trim()
  return name || owner?.slug || null
}

export function labelOf(labels: readonly { id: string; label: string }[] | undefined, id: string) {
  return labels?.find((item) => item.id === id)?.label ?? id
}
