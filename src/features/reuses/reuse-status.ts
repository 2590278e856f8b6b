import type { Reuse, ReuseV2 } from './types'

export type ReuseStatus = 'public' | 'draft' | 'archived' | 'deleted'
export const reuseStatuses: readonly ReuseStatus[] = ['public', 'draft', 'archived', 'deleted']

/** The one status shown for a reuse; deleted wins over archived, archived over draft. */
export function reuseStatus(
  reuse: Pick<Reuse | ReuseV2, 'deleted' | 'archived' | 'private'>,
): ReuseStatus {
  if (reuse.deleted) return 'deleted'
  if (reuse.archived) return 'archived'
  if (reuse.private) return 'draft'
  return 'public'
}

/**
 * Which reuses of an API page the status filter keeps. udata's reuse list has a `private` filter
 * but no `deleted` (nor `archived`) one, and it returns deleted reuses to their owners: those are
 * dropped here, client-side (udata-api.md §4.6). With no status chosen, deleted ones are hidden.
 */
export function matchesStatus(
  reuse: Pick<Reuse | ReuseV2, 'deleted' | 'archived' | 'private'>,
  status: ReuseStatus | '',
): boolean {
  const actual = reuseStatus(reuse)
  if (!status) return actual !== 'deleted'
  return actual === status
}
