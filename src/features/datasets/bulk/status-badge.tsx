import type { ReactNode } from 'react'
import type { ItemStatus } from './job'

const badgeClass: Record<ItemStatus, string> = {
  pending: 'fr-badge--info',
  done: 'fr-badge--success',
  unchanged: '',
  conflict: 'fr-badge--warning',
  failed: 'fr-badge--error',
  skipped: 'fr-badge--new',
}

/** A dataset's status in a job, in the colour of its outcome (progress counts and results). */
export function StatusBadge({ status, children }: { status: ItemStatus; children: ReactNode }) {
  return <p className={`fr-badge fr-badge--sm ${badgeClass[status]}`}>{children}</p>
}
