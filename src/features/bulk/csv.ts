import { checkTag } from '@/api/tags'
import { normaliseTags, readField, type DatasetSource, type FieldValues } from './fields'

/**
 * The spreadsheet round-trip. Export: one row per dataset, stable columns, `;` between cells
 * (what French Excel expects, and what data.gouv.fr's own CSV exports use), RFC 4180 quoting,
 * CRLF line ends, UTF-8 with a BOM so Excel reads accents right. Tags are joined with `,`
 * inside their cell (a tag can hold neither `,` nor `;` once slugified). Import reads `;` or
 * `,` files, with or without BOM, CRLF or LF, quoted cells with line breaks.
 * Only the columns present in the file are applied: deleting a column leaves that field alone.
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

const bom = '\uFEFF'

function quote(value: string, delimiter: string): string {
  return value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim()
    ? `"${value.replace(/"/g, '""')}"`
    : value
}

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

export function toCsvRows(rows: ReadonlyArray<readonly string[]>, delimiter = ';'): string {
  return (
    bom +
    rows.map((row) => row.map((cell) => quote(cell, delimiter)).join(delimiter)).join('\r\n') +
    '\r\n'
  )
}

export function datasetsToCsv(datasets: readonly CsvDataset[], delimiter = ';'): string {
  return toCsvRows(
    [
      csvColumns,
      ...datasets.map((dataset) => csvColumns.map((column) => cellsOf(dataset)[column])),
    ],
    delimiter,
  )
}

export type ParsedCsv = {
  delimiter: ',' | ';'
  header: string[]
  /** `line` is the 1-based line where the record starts, as a spreadsheet shows it. */
  records: Array<{ line: number; cells: string[] }>
  /** A quote opened and never closed: everything after `line` is unreadable. */
  unterminated_at?: number
}

function detectDelimiter(text: string): ',' | ';' {
  let semicolons = 0
  let commas = 0
  let quoted = false
  for (const char of text) {
    if (char === '"') quoted = !quoted
    else if (!quoted && (char === '\n' || char === '\r')) break
    else if (!quoted && char === ';') semicolons += 1
    else if (!quoted && char === ',') commas += 1
  }
  return semicolons >= commas && semicolons > 0 ? ';' : ','
}

/** RFC 4180 reader, lenient the way spreadsheets are (CR, LF or CRLF; BOM; blank lines skipped). */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith(bom) ? input.slice(1) : input
  const delimiter = detectDelimiter(text)
  const rows: Array<{ line: number; cells: string[] }> = []
  let cells: string[] = []
  let cell = ''
  let quoted = false
  let line = 1
  let rowLine = 1
  let cellStarted = false
  const endRow = () => {
    cells.push(cell)
    if (!(cells.length === 1 && cells[0] === '' && !cellStarted))
      rows.push({ line: rowLine, cells })
    cells = []
    cell = ''
    cellStarted = false
  }
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]
    if (quoted) {
      if (char === '"') {
        if (text[index + 1] === '"') {
          cell += '"'
          index += 1
        } else quoted = false
      } else {
        if (char === '\n' || (char === '\r' && text[index + 1] !== '\n')) line += 1
        cell += char
      }
      continue
    }
    if (char === '"' && cell === '') {
      quoted = true
      cellStarted = true
    } else if (char === delimiter) {
      cells.push(cell)
      cell = ''
      cellStarted = true
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[index + 1] === '\n') index += 1
      endRow()
      line += 1
      rowLine = line
    } else {
      cell += char
      cellStarted = true
    }
  }
  // An unclosed quote swallows the rest of the file: that record is dropped and reported.
  const unterminatedAt = quoted ? rowLine : undefined
  if (!quoted && (cell !== '' || cells.length > 0 || cellStarted)) endRow()
  const [header, ...records] = rows
  return {
    delimiter,
    header: (header?.cells ?? []).map((name) => name.trim().toLowerCase()),
    records,
    ...(unterminatedAt !== undefined ? { unterminated_at: unterminatedAt } : {}),
  }
}

export type ImportProblem =
  | { line: number; kind: 'missing-id-column' }
  | { line: number; kind: 'malformed'; expected: number; found: number }
  | { line: number; kind: 'unterminated-quote' }
  | { line: number; kind: 'missing-id' }
  | { line: number; kind: 'unknown-id'; id: string }
  | { line: number; kind: 'duplicate-id'; id: string }
  | { line: number; kind: 'invalid-value'; id: string; column: CsvColumn; value: string }

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

function lookup(
  value: string,
  options: ReadonlyArray<{ id: string; label: string }>,
): string | undefined {
  const wanted = value.trim().toLowerCase()
  return options.find(
    (option) => option.id.toLowerCase() === wanted || option.label.toLowerCase() === wanted,
  )?.id
}

/** `YYYY-MM-DD`, or the `DD/MM/YYYY` French Excel saves dates as. */
function parseDate(value: string): string | undefined {
  const trimmed = value.trim()
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ].*)?$/.exec(trimmed)
  const french = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(trimmed)
  const [year, month, day] = iso
    ? [iso[1], iso[2], iso[3]]
    : french
      ? [french[3], french[2]?.padStart(2, '0'), french[1]?.padStart(2, '0')]
      : []
  if (!year || !month || !day) return undefined
  const date = new Date(`${year}-${month}-${day}T00:00:00Z`)
  return Number.isNaN(date.getTime()) ||
    date.toISOString().slice(0, 10) !== `${year}-${month}-${day}`
    ? undefined
    : `${year}-${month}-${day}`
}

function parseBoolean(value: string): boolean | undefined {
  const normalised = value.trim().toLowerCase()
  if (['true', 'vrai', 'oui', 'yes', '1'].includes(normalised)) return true
  if (['false', 'faux', 'non', 'no', '0', ''].includes(normalised)) return false
  return undefined
}

/**
 * Reads an edited export into target values per dataset id, checked against the datasets the
 * user can reach and the reference lists. Rows with a problem are reported and left out whole:
 * applying half a row would surprise more than skipping it.
 */
export function readImport(
  text: string,
  datasets: ReadonlyMap<string, DatasetSource>,
  reference: ImportReference,
  now: string = new Date().toISOString(),
): ImportResult {
  const parsed = parseCsv(text)
  const known = new Set<string>(csvColumns)
  const columns = parsed.header.filter(
    (name): name is CsvColumn => known.has(name) && !readOnlyColumns.includes(name as CsvColumn),
  )
  const ignored = parsed.header.filter((name) => name && !known.has(name))
  const result: ImportResult = {
    rows: {},
    problems: [],
    columns,
    ignored_columns: ignored,
    row_count: parsed.records.length,
  }
  if (!parsed.header.includes('id')) {
    result.problems.push({ line: 1, kind: 'missing-id-column' })
    return result
  }
  if (parsed.unterminated_at !== undefined)
    result.problems.push({ line: parsed.unterminated_at, kind: 'unterminated-quote' })

  const frequencies = reference.frequencies
  const licenses = reference.licenses.map((license) => ({ id: license.id, label: license.title }))
  const granularities = reference.granularities?.map((item) => ({ id: item.id, label: item.name }))
  const seen = new Set<string>()

  for (const record of parsed.records) {
    if (record.cells.length !== parsed.header.length) {
      result.problems.push({
        line: record.line,
        kind: 'malformed',
        expected: parsed.header.length,
        found: record.cells.length,
      })
      continue
    }
    const cell = (column: string) => record.cells[parsed.header.indexOf(column)] ?? ''
    const id = cell('id').trim()
    if (!id) {
      result.problems.push({ line: record.line, kind: 'missing-id' })
      continue
    }
    const dataset = datasets.get(id)
    if (!dataset) {
      result.problems.push({ line: record.line, kind: 'unknown-id', id })
      continue
    }
    if (seen.has(id)) {
      result.problems.push({ line: record.line, kind: 'duplicate-id', id })
      continue
    }
    seen.add(id)

    const values: FieldValues = {}
    const problems: ImportProblem[] = []
    const invalid = (column: CsvColumn) =>
      problems.push({ line: record.line, kind: 'invalid-value', id, column, value: cell(column) })
    const text = (column: string) => cell(column).trim()

    for (const column of columns) {
      switch (column) {
        case 'id':
        case 'last_modified':
        case 'url':
          break
        case 'title':
          if (text('title')) values.title = text('title')
          else invalid('title')
          break
        case 'acronym':
          values.acronym = text('acronym') || null
          break
        case 'description_short':
          values.description_short = text('description_short') || null
          break
        case 'tags': {
          const raw = cell('tags')
            .split(/[,;]/)
            .map((tag) => tag.trim())
            .filter(Boolean)
          if (raw.some((tag) => checkTag(tag).problem !== null)) invalid('tags')
          else values.tags = normaliseTags(raw)
          break
        }
        case 'license': {
          const license = text('license') ? lookup(text('license'), licenses) : 'notspecified'
          if (license) values.license = license
          else invalid('license')
          break
        }
        case 'frequency': {
          const frequency = text('frequency') ? lookup(text('frequency'), frequencies) : 'unknown'
          if (frequency) values.frequency = frequency
          else invalid('frequency')
          break
        }
        case 'temporal_start':
        case 'temporal_end':
          break
        case 'spatial_granularity': {
          if (!text('spatial_granularity')) values.spatial_granularity = null
          else {
            const granularity = granularities
              ? lookup(text('spatial_granularity'), granularities)
              : text('spatial_granularity')
            if (granularity) values.spatial_granularity = granularity
            else invalid('spatial_granularity')
          }
          break
        }
        case 'private': {
          const value = parseBoolean(cell('private'))
          if (value === undefined) invalid('private')
          else values.private = value
          break
        }
        case 'archived': {
          const raw = text('archived')
          const flag = parseBoolean(raw)
          const date = flag === undefined ? parseDate(raw) : undefined
          if (flag === undefined && !date) invalid('archived')
          else if (flag === false) values.archived = null
          // Keep the date of an already archived dataset, so "archived" stays unchanged.
          else
            values.archived =
              readField(dataset, 'archived') ?? (date ? `${date}T00:00:00+00:00` : now)
          break
        }
      }
    }
    if (columns.includes('temporal_start') || columns.includes('temporal_end')) {
      const startText = columns.includes('temporal_start') ? text('temporal_start') : ''
      const endText = columns.includes('temporal_end') ? text('temporal_end') : ''
      const start = startText ? parseDate(startText) : undefined
      const end = endText ? parseDate(endText) : undefined
      if (startText && !start) invalid('temporal_start')
      else if (endText && !end) invalid('temporal_end')
      else if (!start && end) invalid('temporal_start')
      else if (!columns.includes('temporal_start') || !columns.includes('temporal_end')) {
        // Half a coverage: the other bound is kept from the dataset.
        const current = readField(dataset, 'temporal_coverage')
        const nextStart = columns.includes('temporal_start') ? start : current?.start
        const nextEnd = columns.includes('temporal_end') ? (end ?? null) : (current?.end ?? null)
        values.temporal_coverage = nextStart ? { start: nextStart, end: nextEnd } : null
      } else values.temporal_coverage = start ? { start, end: end ?? null } : null
    }
    if (problems.length > 0) result.problems.push(...problems)
    else result.rows[id] = values
  }
  return result
}
