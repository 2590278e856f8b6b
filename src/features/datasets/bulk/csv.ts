import { checkTag } from '@/api/tags'
import type { CsvTable } from '@/csv/parse'
import { cellIntent, parseBoolean, type CellIntent } from './csv-cells'
import { parseCsvDate, type DateProblem } from './csv-dates'
import { normaliseTags, readField, type DatasetSource, type FieldValues } from './fields'

/**
 * The spreadsheet round trip of datasets. Export: one row per dataset, stable columns, tags
 * joined with `,` inside their cell (a slugified tag holds neither `,` nor `;`); the file
 * itself (delimiter, quoting, formula neutralisation, BOM) is `src/csv/`. Import: only the
 * columns present in the file are applied, and a blank cell leaves its field unchanged
 * (./csv-cells.ts), so an unedited export imports as a plan with no change.
 */
export const csvColumns = [
  'id',
  'title',
  'acronym',
  'description_short',
  'tags',
  'license',
  'frequency',
  'temporal_start',
  'temporal_end',
  'spatial_granularity',
  'private',
  'archived',
  'last_modified',
  'url',
] as const

export type CsvColumn = (typeof csvColumns)[number]

/** Shown for information; never applied on import. */
export const readOnlyColumns: readonly CsvColumn[] = ['last_modified', 'url']

export type CsvDataset = DatasetSource & { last_modified?: string; page?: string }

function cellsOf(dataset: CsvDataset): Record<CsvColumn, string> {
  const coverage = readField(dataset, 'temporal_coverage')
  return {
    id: dataset.id,
    title: dataset.title,
    acronym: dataset.acronym ?? '',
    description_short: dataset.description_short ?? '',
    tags: readField(dataset, 'tags').join(','),
    license: readField(dataset, 'license'),
    frequency: readField(dataset, 'frequency'),
    temporal_start: coverage?.start ?? '',
    temporal_end: coverage?.end ?? '',
    spatial_granularity: readField(dataset, 'spatial_granularity') ?? '',
    private: String(dataset.private),
    archived: dataset.archived ?? '',
    last_modified: dataset.last_modified ?? '',
    url: dataset.page ?? '',
  }
}

/** The header and one row per dataset, for `csvBlob`. */
export function datasetRows(datasets: readonly CsvDataset[]): string[][] {
  return [
    [...csvColumns],
    ...datasets.map((dataset) => {
      const cells = cellsOf(dataset)
      return csvColumns.map((column) => cells[column])
    }),
  ]
}

/** `row` is the spreadsheet row number (the header is row 1), as Excel and LibreOffice show it. */
export type ImportProblem =
  | { row: number; kind: 'missing-id-column' }
  | { row: number; kind: 'unterminated-quote' | 'misplaced-quote' }
  | { row: number; kind: 'malformed'; expected: number; found: number }
  | { row: number; kind: 'missing-id' }
  | { row: number; kind: 'unknown-id'; id: string }
  | { row: number; kind: 'duplicate-id'; id: string }
  | { row: number; kind: 'invalid-value'; id: string; column: CsvColumn; value: string }
  | { row: number; kind: 'cannot-clear'; id: string; column: CsvColumn }
  | {
      row: number
      kind: 'invalid-date'
      id: string
      column: CsvColumn
      value: string
      reason: DateProblem
    }
  | { row: number; kind: 'coverage-end-without-start' | 'coverage-end-before-start'; id: string }

/** Accepted values: ids, or the labels users see (matched without case). */
export type ImportReference = {
  licenses: ReadonlyArray<{ id: string; title: string }>
  frequencies: ReadonlyArray<{ id: string; label: string }>
  granularities?: ReadonlyArray<{ id: string; name: string }>
}

export type ImportResult = {
  rows: Record<string, FieldValues>
  problems: ImportProblem[]
  /** Columns of the file that will be applied. */
  columns: CsvColumn[]
  /** Columns of the file the console does not know (reported, ignored). */
  ignored_columns: string[]
  row_count: number
}

function headerOf(table: CsvTable): string[] {
  return (table.rows[0]?.cells ?? []).map((name) => name.trim().toLowerCase())
}

/** The ids a file names, to load those datasets before reading it. */
export function importedIds(table: CsvTable): string[] {
  const idColumn = headerOf(table).indexOf('id')
  if (idColumn < 0) return []
  return table.rows.slice(1).map((record) => record.cells[idColumn]?.trim() ?? '')
}

function lookup(
  value: string,
  options: ReadonlyArray<{ id: string; label: string }>,
): string | undefined {
  const wanted = value.toLowerCase()
  return options.find(
    (option) => option.id.toLowerCase() === wanted || option.label.toLowerCase() === wanted,
  )?.id
}

type RowReader = {
  dataset: DatasetSource
  /** What the cell of `column` says; blank when the column is not in the file. */
  intent: (column: CsvColumn) => CellIntent
  invalid: (column: CsvColumn) => void
  cannotClear: (column: CsvColumn) => void
  date: (column: CsvColumn, text: string) => string | undefined
  problem: (kind: 'coverage-end-without-start' | 'coverage-end-before-start') => void
}

/** The new coverage, or undefined when both cells are blank or a problem was reported. */
function readCoverage(reader: RowReader): FieldValues['temporal_coverage'] | undefined {
  const start = reader.intent('temporal_start')
  const end = reader.intent('temporal_end')
  if (start.kind === 'blank' && end.kind === 'blank') return undefined
  const startDate = start.kind === 'value' ? reader.date('temporal_start', start.text) : null
  const endDate = end.kind === 'value' ? reader.date('temporal_end', end.text) : null
  if (startDate === undefined || endDate === undefined) return undefined
  const current = readField(reader.dataset, 'temporal_coverage')
  const nextStart = start.kind === 'blank' ? (current?.start ?? null) : startDate
  // Clearing the start clears the coverage: udata has no coverage without a start.
  const keptEnd = start.kind === 'clear' ? null : (current?.end ?? null)
  const nextEnd = end.kind === 'blank' ? keptEnd : endDate
  if (nextStart === null) {
    if (nextEnd !== null) reader.problem('coverage-end-without-start')
    return nextEnd === null ? null : undefined
  }
  if (nextEnd !== null && nextEnd < nextStart) {
    reader.problem('coverage-end-before-start')
    return undefined
  }
  return { start: nextStart, end: nextEnd }
}

type Lists = Record<
  'license' | 'frequency' | 'spatial_granularity',
  ReadonlyArray<{ id: string; label: string }> | undefined
>

/** What a cleared reference field becomes: udata's own "none" where it has one. */
const clearedReference = {
  license: 'notspecified',
  frequency: 'unknown',
  spatial_granularity: null,
} as const

/** One row's target values; every field whose cell is blank is left out, so left unchanged. */
function readValues(reader: RowReader, columns: readonly CsvColumn[], lists: Lists, now: string) {
  const values: FieldValues = {}
  const { intent, invalid, cannotClear } = reader
  for (const column of columns) {
    const cell = intent(column)
    switch (column) {
      case 'title':
        if (cell.kind === 'clear') cannotClear('title')
        else if (cell.kind === 'value') values.title = cell.raw
        break
      case 'acronym':
      case 'description_short':
        if (cell.kind !== 'blank') values[column] = cell.kind === 'clear' ? null : cell.raw
        break
      case 'license':
      case 'frequency':
      case 'spatial_granularity': {
        if (cell.kind === 'clear') Object.assign(values, { [column]: clearedReference[column] })
        if (cell.kind !== 'value') break
        const options = lists[column]
        // Without a granularity list (an instance that lacks it) the id is taken as written.
        const found = options ? lookup(cell.text, options) : cell.text
        if (found) Object.assign(values, { [column]: found })
        else invalid(column)
        break
      }
      case 'tags': {
        if (cell.kind === 'clear') values.tags = []
        if (cell.kind !== 'value') break
        const tags = cell.text
          .split(/[,;]/)
          .map((tag) => tag.trim())
          .filter(Boolean)
        if (tags.some((tag) => checkTag(tag).problem !== null)) invalid('tags')
        else values.tags = normaliseTags(tags)
        break
      }
      case 'private': {
        if (cell.kind === 'clear') cannotClear('private')
        if (cell.kind !== 'value') break
        const flag = parseBoolean(cell.text)
        if (flag === undefined) invalid('private')
        else values.private = flag
        break
      }
      case 'archived': {
        if (cell.kind === 'clear') values.archived = null
        if (cell.kind !== 'value') break
        const flag = parseBoolean(cell.text)
        if (flag === false) values.archived = null
        // Neither a boolean nor anything like a date: the value is wrong, not its date format.
        else if (flag === undefined && !/\d/.test(cell.text)) invalid('archived')
        else {
          const date = flag ? undefined : reader.date('archived', cell.text)
          // Keep the date of an already archived dataset, so "archived" stays unchanged.
          if (flag || date)
            values.archived =
              readField(reader.dataset, 'archived') ?? (date ? `${date}T00:00:00+00:00` : now)
        }
        break
      }
      default:
        break
    }
  }
  const coverage = readCoverage(reader)
  if (coverage !== undefined) values.temporal_coverage = coverage
  return values
}

/**
 * Reads an edited export into target values per dataset id, checked against the datasets the
 * user can reach and the reference lists. Rows with a problem are reported and left out whole:
 * applying half a row would surprise more than skipping it.
 */
export function readImport(
  table: CsvTable,
  datasets: ReadonlyMap<string, DatasetSource>,
  reference: ImportReference,
  now: string = new Date().toISOString(),
): ImportResult {
  const header = headerOf(table)
  const known = new Set<string>(csvColumns)
  const columns = header.filter(
    (name): name is CsvColumn => known.has(name) && !readOnlyColumns.includes(name as CsvColumn),
  )
  const result: ImportResult = {
    rows: {},
    problems: table.unreadable.map(({ row, reason }) => ({ row, kind: reason })),
    columns,
    ignored_columns: header.filter((name) => name && !known.has(name)),
    row_count: Math.max(table.rows.length - 1, 0) + table.unreadable.length,
  }
  if (!header.includes('id')) {
    result.problems = [{ row: 1, kind: 'missing-id-column' }]
    return result
  }
  const lists: Lists = {
    license: reference.licenses.map((license) => ({ id: license.id, label: license.title })),
    frequency: reference.frequencies,
    spatial_granularity: reference.granularities?.map((item) => ({
      id: item.id,
      label: item.name,
    })),
  }
  const seen = new Set<string>()

  for (const record of table.rows.slice(1)) {
    const row = record.row
    if (record.cells.length !== header.length) {
      result.problems.push({
        row,
        kind: 'malformed',
        expected: header.length,
        found: record.cells.length,
      })
      continue
    }
    const raw = (column: CsvColumn) => record.cells[header.indexOf(column)] ?? ''
    const id = raw('id').trim()
    const dataset = datasets.get(id)
    if (!id) result.problems.push({ row, kind: 'missing-id' })
    else if (!dataset) result.problems.push({ row, kind: 'unknown-id', id })
    else if (seen.has(id)) result.problems.push({ row, kind: 'duplicate-id', id })
    if (!id || !dataset || seen.has(id)) continue
    seen.add(id)

    const problems: ImportProblem[] = []
    const reader: RowReader = {
      dataset,
      intent: (column) => (columns.includes(column) ? cellIntent(raw(column)) : { kind: 'blank' }),
      invalid: (column) =>
        problems.push({ row, kind: 'invalid-value', id, column, value: raw(column) }),
      cannotClear: (column) => problems.push({ row, kind: 'cannot-clear', id, column }),
      date: (column, text) => {
        const parsed = parseCsvDate(text)
        if ('date' in parsed) return parsed.date
        problems.push({
          row,
          kind: 'invalid-date',
          id,
          column,
          value: text,
          reason: parsed.problem,
        })
        return undefined
      },
      problem: (kind) => problems.push({ row, kind, id }),
    }
    const values = readValues(reader, columns, lists, now)
    if (problems.length > 0) result.problems.push(...problems)
    else result.rows[id] = values
  }
  return result
}
