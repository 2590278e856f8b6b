import type { CommunityResource } from './types'

export type DatasetCommunityResources = {
  dataset_id: string
  resources: readonly CommunityResource[]
}

/**
 * Merges the per-dataset answers into one list: what the organization published itself is not
 * "others'", and the newest come first.
 */
export function mergeCommunityResources(
  perDataset: readonly DatasetCommunityResources[],
  organizationId: string,
): CommunityResource[] {
  const byId = new Map<string, CommunityResource>()
  for (const { resources } of perDataset)
    for (const resource of resources)
      if (resource.organization?.id !== organizationId) byId.set(resource.id, resource)
  return [...byId.values()].sort(
    (a, b) => Date.parse(b.created_at) - Date.parse(a.created_at) || a.id.localeCompare(b.id),
  )
}

export type CommunityFilters = { unreviewed: boolean; dataset: string }

export function filterCommunityResources(
  items: readonly CommunityResource[],
  filters: CommunityFilters,
  reviewed: ReadonlySet<string>,
): CommunityResource[] {
  return items.filter(
    (item) =>
      (!filters.unreviewed || !reviewed.has(item.id)) &&
      (!filters.dataset || item.dataset?.id === filters.dataset),
  )
}
