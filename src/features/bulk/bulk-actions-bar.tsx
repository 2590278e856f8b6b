import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { Button } from '@codegouvfr/react-dsfr/Button'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState, type ChangeEvent } from 'react'
import { useNavigate } from 'react-router'
import { selectionCount, type DatasetSelection } from '@/features/datasets/dataset-selection'
import { datasetReferenceQueries } from '@/features/datasets/queries'
import type { DatasetV2 } from '@/features/datasets/types'
import { useLanguage } from '@/i18n/language'
import { useMessages } from '@/i18n/messages'
import { notify } from '@/ui/notices'
import { CsvDelimiterSelect } from '@/csv/delimiter-select'
import { dateStamp, downloadBlob } from '@/csv/download'
import { csvMessages } from '@/csv/messages'
import { readCsvFile, type CsvFile } from '@/csv/parse'
import { csvBlob, defaultDelimiter, type CsvDelimiter } from '@/csv/write'
import { BulkDialog } from './bulk-dialog'
import { datasetRows, importedIds, readImport, type ImportProblem, type ImportResult } from './csv'
import { loadImportDatasets, loadSelection, type LoadProgress } from './load-datasets'
import { bulkMessages, type BulkMessages } from './messages'
import { OperationForm } from './operation-form'
import type { Operation } from './operations'
import { buildPlan, type Plan } from './plan'
import { PlanPreview } from './plan-preview'
import { bulkJobPath, jobFromPlan, startJob } from './start-job'
import { useErrorText } from '@/ui/error-text'
import './bulk.css'

type Step =
  | { step: 'form' }
  | { step: 'loading'; progress: LoadProgress | null }
  | {
      step: 'preview'
      plan: Plan
      imported?: { result: ImportResult; file: Pick<CsvFile, 'delimiter' | 'encoding'> }
    }
  | { step: 'error'; message: string }

function problemText(problem: ImportProblem, t: BulkMessages): string {
  switch (problem.kind) {
    case 'missing-id-column':
      return t.problemMissingIdColumn
    case 'malformed':
      return t.problemMalformed(problem.expected, problem.found)
    case 'unterminated-quote':
      return t.problemUnterminated
    case 'misplaced-quote':
      return t.problemMisplacedQuote
    case 'missing-id':
      return t.problemMissingId
    case 'unknown-id':
      return t.problemUnknownId(problem.id)
    case 'duplicate-id':
      return t.problemDuplicateId(problem.id)
    case 'invalid-value':
      return t.problemInvalidValue(problem.column, problem.value)
    case 'cannot-clear':
      return t.problemCannotClear(problem.column)
    case 'invalid-date':
      return t.problemInvalidDate(problem.column, problem.value, problem.reason)
    case 'coverage-end-without-start':
      return t.problemCoverageEndWithoutStart
    case 'coverage-end-before-start':
      return t.problemCoverageEndBeforeStart
  }
}

function ImportSummary({
  imported,
  file,
  t,
}: {
  imported: ImportResult
  file: Pick<CsvFile, 'delimiter' | 'encoding'>
  t: BulkMessages
}) {
  const csv = useMessages(csvMessages)
  return (
    <div className="fr-mb-2w">
      <p className="fr-mb-1w">
        {csv.fileRead(csv.delimiterNames[file.delimiter], csv.encodingNames[file.encoding])}
      </p>
      <p className="fr-mb-1w fr-text--sm">{t.importRules}</p>
      <p className="fr-mb-1w">{t.importColumns(imported.columns.join(', '))}</p>
      {imported.ignored_columns.length > 0 ? (
        <p className="fr-mb-1w">{t.importIgnoredColumns(imported.ignored_columns.join(', '))}</p>
      ) : null}
      {imported.problems.length > 0 ? (
        <Alert
          severity="error"
          small
          // A row can have several problems; the count is of the rows left out.
          title={t.importProblems(new Set(imported.problems.map((problem) => problem.row)).size)}
          description={
            <ul className="bulk-problems fr-mb-0">
              {imported.problems.map((problem, index) => (
                <li key={index}>
                  {t.problemRow(problem.row)} — {problemText(problem, t)}
                </li>
              ))}
            </ul>
          }
        />
      ) : null}
    </div>
  )
}

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
  const navigate = useNavigate()
  const fileInput = useRef<HTMLInputElement>(null)
  const [mode, setMode] = useState<{ kind: 'edit' } | { kind: 'import'; fileName: string } | null>(
    null,
  )
  const [step, setStep] = useState<Step>({ step: 'form' })
  const [operation, setOperation] = useState<Operation | undefined>()
  const [datasets, setDatasets] = useState<DatasetV2[] | null>(null)
  const [exporting, setExporting] = useState<LoadProgress | null>(null)
  // Until the user picks one, the delimiter follows the language (Excel's habit in each).
  const [chosenDelimiter, setDelimiter] = useState<CsvDelimiter | null>(null)
  const delimiter = chosenDelimiter ?? defaultDelimiter(lang)
  const [starting, setStarting] = useState(false)
  const abort = useRef<AbortController | null>(null)
  const count = selectionCount(selection)

  function close() {
    abort.current?.abort()
    setMode(null)
    setStep({ step: 'form' })
    setOperation(undefined)
  }

  function openEdit() {
    // The selection may have changed since the last opening.
    setDatasets(null)
    setStep({ step: 'form' })
    setMode({ kind: 'edit' })
  }

  async function selectedDatasets(signal: AbortSignal): Promise<DatasetV2[]> {
    if (datasets) return datasets
    const loaded = await loadSelection(organizationId, selection, {
      signal,
      onProgress: (progress) => setStep({ step: 'loading', progress }),
    })
    setDatasets(loaded)
    return loaded
  }

  async function handlePreview(next: Operation) {
    setOperation(next)
    const controller = new AbortController()
    abort.current = controller
    setStep({ step: 'loading', progress: null })
    try {
      const loaded = await selectedDatasets(controller.signal)
      setStep({ step: 'preview', plan: buildPlan(next, loaded) })
    } catch (error) {
      if (!controller.signal.aborted) setStep({ step: 'error', message: errorMessage(error) })
    }
  }

  async function handleApply(
    plan: Plan,
    options: { skip_harvested: boolean; concurrency: number },
  ) {
    setStarting(true)
    try {
      const job = jobFromPlan(plan, organizationId, options)
      await startJob(job, queryClient)
      close()
      onClear()
      void navigate(bulkJobPath(organizationId, job.id))
    } catch (error) {
      setStep({ step: 'error', message: errorMessage(error) })
    } finally {
      setStarting(false)
    }
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

  async function handleFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (!file) return
    setMode({ kind: 'import', fileName: file.name })
    setStep({ step: 'loading', progress: null })
    const controller = new AbortController()
    abort.current = controller
    try {
      const table = await readCsvFile(file)
      const ids = importedIds(table)
      const [all, licenses, frequencies, granularities] = await Promise.all([
        loadImportDatasets(organizationId, ids, {
          signal: controller.signal,
          onProgress: (progress) => setStep({ step: 'loading', progress }),
        }),
        queryClient.fetchQuery(datasetReferenceQueries.licenses(lang)),
        queryClient.fetchQuery(datasetReferenceQueries.frequencies(lang)),
        queryClient.fetchQuery(datasetReferenceQueries.granularities(lang)),
      ])
      const byId = new Map(all.map((dataset) => [dataset.id, dataset]))
      const imported = readImport(table, byId, { licenses, frequencies, granularities })
      const rows = all.filter((dataset) => imported.rows[dataset.id])
      const plan = buildPlan({ kind: 'import', file_name: file.name, rows: imported.rows }, rows)
      setStep({
        step: 'preview',
        plan,
        imported: {
          result: imported,
          file: { delimiter: table.delimiter, encoding: table.encoding },
        },
      })
    } catch (error) {
      if (!controller.signal.aborted) setStep({ step: 'error', message: errorMessage(error) })
    }
  }

  const dialogTitle =
    mode?.kind === 'import' ? t.importDialogTitle(mode.fileName) : t.dialogTitle(count)

  return (
    <div className="bulk-actions" role="group" aria-label={t.barLabel}>
      <Button size="small" iconId="fr-icon-edit-line" onClick={openEdit}>
        {t.editInBulk}
      </Button>
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
        onChange={(event) => void handleFile(event)}
      />
      {exporting ? (
        <p role="status" className="fr-mb-0 fr-text--sm">
          {t.exporting(exporting.loaded, exporting.total)}
        </p>
      ) : null}

      <BulkDialog open={mode !== null} title={dialogTitle} closeLabel={t.close} onClose={close}>
        {step.step === 'form' && mode?.kind === 'edit' ? (
          <OperationForm
            organizationId={organizationId}
            initial={operation}
            onSubmit={(next) => void handlePreview(next)}
            onCancel={close}
          />
        ) : null}
        {step.step === 'loading' ? (
          <p role="status">
            {mode?.kind === 'import'
              ? step.progress
                ? t.loadingImported(step.progress.loaded, step.progress.total)
                : t.readingFile
              : t.loadingSelection(step.progress?.loaded ?? 0, step.progress?.total ?? count)}
          </p>
        ) : null}
        {step.step === 'error' ? (
          <>
            <Alert severity="error" small description={step.message} className="fr-mb-2w" />
            <Button
              priority="secondary"
              onClick={mode?.kind === 'import' ? close : () => setStep({ step: 'form' })}
            >
              {mode?.kind === 'import' ? t.close : t.back}
            </Button>
          </>
        ) : null}
        {step.step === 'preview' ? (
          <PlanPreview
            organizationId={organizationId}
            plan={step.plan}
            pending={starting}
            extra={
              step.imported ? (
                <ImportSummary imported={step.imported.result} file={step.imported.file} t={t} />
              ) : undefined
            }
            onApply={(options) => void handleApply(step.plan, options)}
            onBack={mode?.kind === 'edit' ? () => setStep({ step: 'form' }) : undefined}
          />
        ) : null}
      </BulkDialog>
    </div>
  )
}
