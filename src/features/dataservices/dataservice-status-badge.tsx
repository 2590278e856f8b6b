import { StatusBadge } from '@/ui/status-badge'
import { useDataserviceLabels } from './dataservice-labels'
import { dataserviceStatus } from './dataservice-status'
import type { Dataservice } from './types'

export function DataserviceStatusBadge({
  dataservice,
}: {
  dataservice: Pick<Dataservice, 'deleted_at' | 'archived_at' | 'private'>
}) {
  const labels = useDataserviceLabels()
  const status = dataserviceStatus(dataservice)
  return <StatusBadge status={status} label={labels.status(status)} />
}
