import { Button } from '@codegouvfr/react-dsfr/Button'
import { Suspense } from 'react'
import { useMessages } from '@/i18n/messages'
import type { DatasetListParams } from './dataset-list-params'
import type { BulkActionsSlot, useDatasetSelection } from './dataset-selection'
import { datasetMessages } from './messages'

/**
 * What is selected, the way to widen it to every matching dataset or to drop it, and the bulk
 * actions the app layer puts beside it (datasets does not know the bulk feature).
 */
export function DatasetSelectionBar({
  organizationId,
  selection,
  params,
  total,
  shownCount,
  BulkActions,
}: {
  organizationId: string
  selection: ReturnType<typeof useDatasetSelection>
  params: DatasetListParams
  /** The count of datasets matching the list's filters, once the list is in. */
  total: number | undefined
  /** The rows on the page shown. */
  shownCount: number
  BulkActions: BulkActionsSlot | undefined
}) {
  const t = useMessages(datasetMessages)
  if (selection.count === 0) return null
  const picked = selection.selection
  return (
    <div
      className="datasets-page__selection fr-mb-2w"
      role="region"
      aria-label={t.selectedCount(selection.count)}
    >
      <p className="fr-mb-0" aria-live="polite">
        {picked.kind === 'all-matching'
          ? t.allMatchingSelected(selection.count)
          : t.selectedCount(selection.count)}
      </p>
      {picked.kind === 'ids' && total !== undefined && total > shownCount ? (
        <Button
          size="small"
          priority="secondary"
          onClick={() => selection.selectAllMatching(params, total)}
        >
          {t.selectAllMatching(total)}
        </Button>
      ) : null}
      <Button size="small" priority="tertiary" onClick={selection.clear}>
        {t.clearSelection}
      </Button>
      {BulkActions ? (
        <Suspense fallback={null}>
          <BulkActions
            organizationId={organizationId}
            selection={picked}
            onClear={selection.clear}
          />
        </Suspense>
      ) : null}
    </div>
  )
}
