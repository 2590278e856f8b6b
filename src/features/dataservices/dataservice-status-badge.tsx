import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useDataserviceLabels } from './dataservice-labels'
import { dataserviceStatus, type DataserviceStatus } from './dataservice-status'
import type { Dataservice } from './types'

const severity: Record<DataserviceStatus, 'success' | 'info' | 'warning' | 'error'> = {
  public: 'success',
  draft: 'info',
  archived: 'warning',
  deleted: 'error',
}

export function DataserviceStatusBadge({
  dataservice,
}: {
  dataservice: Pick<Dataservice, 'deleted_at' | 'archived_at' | 'private'>
}) {
  const labels = useDataserviceLabels()
  const status = dataserviceStatus(dataservice)
  return (
    <Badge as="span" small noIcon severity={severity[status]}>
      {labels.status(status)}
    </Badge>
  )
}
