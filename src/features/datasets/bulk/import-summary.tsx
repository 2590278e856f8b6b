import { Alert } from '@codegouvfr/react-dsfr/Alert'
import { csvMessages } from '@/csv/messages'
import type { CsvFile } from '@/csv/parse'
import { useMessages } from '@/i18n/messages'
import type { ImportProblem, ImportResult } from './csv'
import type { BulkMessages } from './messages'

/** An imported file as read: what it changes, and how it was decoded. */
export type ImportedCsv = { result: ImportResult; file: Pick<CsvFile, 'delimiter' | 'encoding'> }

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

export function ImportSummary({
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
