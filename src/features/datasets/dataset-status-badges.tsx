import { useMessages } from '@/i18n/messages'
import { datasetMessages } from './messages'
import type { DatasetBase } from './types'

/**
 * DSFR's small badge markup, written out: react-dsfr's <Badge> would add 0.6 kB gzip to the
 * datasets table, the first screen most users open (see e2e/budgets.spec.ts).
 */
function StatusBadge({
  severity,
  children,
}: {
  severity?: 'error' | 'warning' | 'info' | 'success'
  children: string
}) {
  const severityClass = severity ? ` fr-badge--${severity} fr-badge--no-icon` : ''
  return <span className={`fr-badge fr-badge--sm${severityClass}`}>{children}</span>
}

type StatusFields = Pick<
  DatasetBase,
  'private' | 'archived' | 'deleted' | 'harvest' | 'permissions'
>

/**
 * Draft / public, archived, deleted, harvested and read-only (a member without the edit right,
 * e.g. a partial editor on an object not assigned to them), as small badges (one line in the table).
 */
export function DatasetStatusBadges({ dataset }: { dataset: StatusFields }) {
  const t = useMessages(datasetMessages)
  return (
    <ul className="fr-badges-group" aria-label={t.columnStatus}>
      {dataset.deleted ? (
        <li>
          <StatusBadge severity="error">{t.badgeDeleted}</StatusBadge>
        </li>
      ) : null}
      {dataset.archived ? (
        <li>
          <StatusBadge severity="warning">{t.badgeArchived}</StatusBadge>
        </li>
      ) : null}
      <li>
        {dataset.private ? (
          <StatusBadge severity="info">{t.badgeDraft}</StatusBadge>
        ) : (
          <StatusBadge severity="success">{t.badgePublic}</StatusBadge>
        )}
      </li>
      {dataset.harvest ? (
        <li>
          <StatusBadge>{t.badgeHarvested}</StatusBadge>
        </li>
      ) : null}
      {dataset.permissions?.edit === false ? (
        <li>
          <StatusBadge>{t.badgeReadOnly}</StatusBadge>
        </li>
      ) : null}
    </ul>
  )
}
