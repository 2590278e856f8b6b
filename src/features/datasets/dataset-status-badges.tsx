import { Badge } from '@codegouvfr/react-dsfr/Badge'
import { useMessages } from '@/i18n/messages'
import { datasetMessages } from './messages'
import type { DatasetBase } from './types'

type StatusFields = Pick<DatasetBase, 'private' | 'archived' | 'deleted' | 'harvest'>

/** Draft / public, archived, deleted and harvested, as small badges (one line in the table). */
export function DatasetStatusBadges({ dataset }: { dataset: StatusFields }) {
  const t = useMessages(datasetMessages)
  return (
    <ul className="fr-badges-group" aria-label={t.columnStatus}>
      {dataset.deleted ? (
        <li>
          <Badge small noIcon severity="error" as="span">
            {t.badgeDeleted}
          </Badge>
        </li>
      ) : null}
      {dataset.archived ? (
        <li>
          <Badge small noIcon severity="warning" as="span">
            {t.badgeArchived}
          </Badge>
        </li>
      ) : null}
      <li>
        {dataset.private ? (
          <Badge small noIcon severity="info" as="span">
            {t.badgeDraft}
          </Badge>
        ) : (
          <Badge small noIcon severity="success" as="span">
            {t.badgePublic}
          </Badge>
        )}
      </li>
      {dataset.harvest ? (
        <li>
          <Badge small noIcon as="span">
            {t.badgeHarvested}
          </Badge>
        </li>
      ) : null}
    </ul>
  )
}
