import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { reuseStatus, type ReuseStatus } from './reuse-status'
import type { ReuseV2 } from './types'
import { useStatusLabel } from './use-status-label'

const severity: Record<ReuseStatus, 'success' | 'info' | 'warning' | 'error'> = {
  public: 'success',
  draft: 'info',
  archived: 'warning',
  deleted: 'error',
}

export function ReuseStatusBadge({
  reuse,
}: {
  reuse: Pick<ReuseV2, 'deleted' | 'archived' | 'private'>
}) {
  const label = useStatusLabel()
  const status = reuseStatus(reuse)
  return (
    <Badge as="span" small noIcon severity={severity[status]}>
      {label(status)}
    </Badge>
  )
}
