import { useMessages } from '@/i18n/messages'
import { datasetColumns, type DatasetColumn } from './dataset-columns'
import { datasetMessages } from './messages'
import { useColumnLabel } from './use-column-label'

/** The optional columns to show, folded away under a button. */
export function DatasetColumnsPicker({
  columns,
  setVisible,
}: {
  columns: readonly DatasetColumn[]
  setVisible: (column: DatasetColumn, visible: boolean) => void
}) {
  const t = useMessages(datasetMessages)
  const columnLabel = useColumnLabel()
  return (
    <details className="datasets-page__columns fr-mb-2w">
      <summary className="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-table-line fr-btn--icon-left">
        {t.columns}
      </summary>
      <fieldset className="fr-fieldset fr-mt-1w">
        <legend className="fr-sr-only">{t.columns}</legend>
        {datasetColumns.map((column) => (
          <div key={column} className="fr-fieldset__element fr-fieldset__element--inline">
            <div className="fr-checkbox-group fr-checkbox-group--sm">
              <input
                type="checkbox"
                id={`datasets-column-${column}`}
                checked={columns.includes(column)}
                onChange={(event) => setVisible(column, event.target.checked)}
              />
              <label className="fr-label" htmlFor={`datasets-column-${column}`}>
                {columnLabel(column)}
              </label>
            </div>
          </div>
        ))}
      </fieldset>
    </details>
  )
}
