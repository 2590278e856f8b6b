import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type ChangeEvent } from 'react'
import { selectionCount, type DatasetSelection } from '@/features/datasets/dataset-selection'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { CsvDelimiterSelect } from '@/csv/delimiter-select'
import { dateStamp, downloadBlob } from '@/csv/download'
import { readCsvFile } from '@/csv/parse'
import { csvBlob, defaultDelimiter, type CsvDelimiter } from '@/csv/write'
import { BulkDialog } from './bulk-dialog'
import { datasetRows, importedIds, readImport } from './csv'
import { EditInBulk } from './edit-in-bulk'
import { FlowSteps } from './flow-steps'
import { loadImportDatasets, loadSelection, type LoadProgress } from './load-datasets'
import { bulkMessages } from './messages'
import { buildPlan } from './plan'
import { useBulkFlow } from './use-bulk-flow'
import { useErrorText } from '@/ui/error-text'
import './bulk.css'

/**
 * The bulk actions of the datasets table: edit in bulk (operation → preview → apply), export
 * the selection as CSV, import an edited CSV into the same preview. Nothing is written before
 * the user confirms the preview; then the job page shows the progress.
 */
export function BulkActionsBar({
  organizationId,
  selection,
  onClear,
}: {
  organizationId: string
  selection: DatasetSelection
  onClear: () => void
}) {
  const t = useMessages(bulkMessages)
  const errorText = useErrorText()
  // A file that is not CSV at all fails without an Error.
  const errorMessage = (error: unknown) => (error instanceof Error ? errorText(error) : t.notCsv)
  const lang = useLanguage()
  const queryClient = useQueryClient()
  const fileInput = useRef<HTMLInputElement>(null)
  // The file being imported, named in the import dialog's title; null = no import dialog.
  const [importing, setImporting] = useState<string | null>(null)
  const [exporting, setExporting] = useState<LoadProgress | null>(null)
  // Until the user picks one, the delimiter follows the language (Excel's habit in each).
  const [chosenDelimiter, setDelimiter] = useState<CsvDelimiter | null>(null)
  const delimiter = chosenDelimiter ?? defaultDelimiter(lang)
  const count = selectionCount(selection)
  const importFlow = useBulkFlow(organizationId, errorMessage, () => {
    closeImport()
    onClear()
  })

  function closeImport() {
    importFlow.reset()
    setImporting(null)
  }

  async function handleExport() {
    const controller = new AbortController()
    setExporting({ loaded: 0, total: count })
    try {
      const loaded = await loadSelection(organizationId, selection, {
        signal: controller.signal,
        onProgress: setExporting,
      })
      downloadBlob(csvBlob(datasetRows(loaded), delimiter), `datasets-${dateStamp()}.csv`)
      notify({ kind: 'success', message: t.exported(loaded.length) })
    } catch (error) {
      notify({ kind: 'error', message: errorMessage(error) })
    } finally {
      setExporting(null)
    }
  }

  function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setImporting(file.name)
    void importFlow.load(async (signal, onProgress) => {
      const table = await readCsvFile(file)
      const ids = importedIds(table)
      const [all, licenses, frequencies, granularities] = await Promise.all([
        loadImportDatasets(organizationId, ids, { signal, onProgress }),
        queryClient.fetchQuery(datasetReferenceQueries.licenses(lang)),
        queryClient.fetchQuery(datasetReferenceQueries.frequencies(lang)),
        queryClient.fetchQuery(datasetReferenceQueries.granularities(lang)),
      ])
      const byId = new Map(all.map((dataset) => [dataset.id, dataset]))
      const imported = readImport(table, byId, { licenses, frequencies, granularities })
      const rows = all.filter((dataset) => imported.rows[dataset.id])
      return {
        plan: buildPlan({ kind: 'import', file_name: file.name, rows: imported.rows }, rows),
        imported: {
          result: imported,
          file: { delimiter: table.delimiter, encoding: table.encoding },
        },
      }
    })
  }

  return (
    <div className="bulk-actions" role="group" aria-label={t.barLabel}>
      <EditInBulk
        organizationId={organizationId}
        selection={selection}
        label={t.editInBulk}
        title={t.dialogTitle(count)}
        onStarted={onClear}
      />
      <CsvDelimiterSelect
        className="bulk-actions__delimiter"
        value={delimiter}
        onChange={setDelimiter}
      />
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-download-line"
        disabled={exporting !== null}
        onClick={() => void handleExport()}
      >
        {t.exportCsv}
      </Button>
      <Button
        size="small"
        priority="secondary"
        iconId="fr-icon-upload-line"
        title={t.importCsvHint}
        onClick={() => fileInput.current?.click()}
      >
        {t.importCsv}
      </Button>
      <input
        ref={fileInput}
        className="bulk-file-input"
        type="file"
        accept=".csv,text/csv"
        tabIndex={-1}
        aria-hidden="true"
        onChange={handleFile}
      />
      {exporting ? (
        <p role="status" className="fr-mb-0 fr-text--sm">
          {t.exporting(exporting.loaded, exporting.total)}
        </p>
      ) : null}

      <BulkDialog
        open={importing !== null}
        title={t.importDialogTitle(importing ?? '')}
        closeLabel={t.close}
        onClose={closeImport}
      >
        <FlowSteps
          organizationId={organizationId}
          flow={importFlow}
          loadingText={(progress) =>
            progress ? t.loadingImported(progress.loaded, progress.total) : t.readingFile
          }
          errorAction={{ label: t.close, onClick: closeImport }}
        />
      </BulkDialog>
    </div>
  )
}
