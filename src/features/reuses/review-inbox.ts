import type { RecentReuse, ReuseV2 } from './types'

/** One reuse in the review inbox, with the organization's datasets it uses. */
export type InboxItem = { reuse: ReuseV2; dataset_ids: string[] }

export type DatasetReuses = { dataset_id: string; reuses: readonly ReuseV2[] }

/**
 * Merges the per-dataset answers of `/api/2/reuses/?dataset=` into one inbox: a reuse of three
 * of our datasets is one item, reuses the organization published itself are not "others'"
 * reuses, deleted ones are gone, and the newest come first.
 */
export function mergeInbox(
  perDataset: readonly DatasetReuses[],
  organizationId: string,
): InboxItem[] {
  const byId = new Map<string, InboxItem>()
  for (const { dataset_id, reuses } of perDataset) {
    for (const reuse of reuses) {
      if (reuse.organization?.id === organizationId || reuse.deleted) continue
      const existing = byId.get(reuse.id)
      if (existing) {
        if (!existing.dataset_ids.includes(dataset_id)) existing.dataset_ids.push(dataset_id)
      } else {
        byId.set(reuse.id, { reuse, dataset_ids: [dataset_id] })
      }
    }
  }
  return [...byId.values()].sort(
    (a, b) =>
      Date.parse(b.reuse.created_at) - Date.parse(a.reuse.created_at) ||
      a.reuse.id.localeCompare(b.reuse.id),
  )
}

/**
 * New reuses of our data among the instance's newest reuses: the same rules as the inbox (others'
 * reuses, not deleted) for reuses of any of the organization's reused datasets.
 */
export function countNewOfOurs(
  recent: readonly RecentReuse[],
  reusedDatasetIds: ReadonlySet<string>,
  organizationId: string,
): number {
  return recent.filter(
    (reuse) =>
      !reuse.deleted &&
      reuse.organization?.id !== organizationId &&
      reuse.datasets.some((dataset) => reusedDatasetIds.has(dataset.id)),
  ).length
}

export type InboxFilters = {
  unreviewed: boolean
  dataset: string
  type: string
  topic: string
}

export function filterInbox(
  items: readonly InboxItem[],
  filters: InboxFilters,
  reviewed: ReadonlySet<string>,
): InboxItem[] {
  return items.filter(
    ({ reuse, dataset_ids }) =>
      (!filters.unreviewed || !reviewed.has(reuse.id)) &&
      (!filters.dataset || dataset_ids.includes(filters.dataset)) &&
      (!filters.type || reuse.type === filters.type) &&
      (!filters.topic || reuse.topic === filters.topic),
  )
}
