import { StatusBadge } from '@/ui/status-badge'
import { reuseStatus } from './reuse-status'
import type { ReuseV2 } from './types'
import { useStatusLabel } from './use-status-label'

export function ReuseStatusBadge({
  reuse,
}: {
  reuse: Pick<ReuseV2, 'deleted' | 'archived' | 'private'>
}) {
  const label = useStatusLabel()
  const status = reuseStatus(reuse)
  return <StatusBadge status={status} label={label(status)} />
}
