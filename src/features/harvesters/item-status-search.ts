import type { ItemStatus } from './types'

export const itemStatuses: readonly ItemStatus[] = [
  'failed',
  'done',
  'skipped',
  'archived',
  'pending',
  'started',
]

/**
 * The job page's `?status=`: failed items first (what a publisher comes for), `all` for every
 * item; anything else falls back to failed.
 */
export function parseItemStatus(search: URLSearchParams): ItemStatus | null {
  const raw = search.get('status')
  if (raw === 'all') return null
  return itemStatuses.find((status) => status === raw) ?? 'failed'
}
