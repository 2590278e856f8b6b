import type { HarvestJob, ItemStatus } from './types'

/**
 * A job's item counts by status: from udata 17.x's `items` link object, or counted from the items
 * older instances embed in the job.
 */
export function itemCounts(job: HarvestJob): {
  total: number
  by_status: Partial<Record<ItemStatus, number>>
} {
  if (Array.isArray(job.items)) {
    const by_status: Partial<Record<ItemStatus, number>> = {}
    for (const item of job.items) by_status[item.status] = (by_status[item.status] ?? 0) + 1
    return { total: job.items.length, by_status }
  }
  return { total: job.items.total, by_status: job.items.by_status ?? {} }
}
