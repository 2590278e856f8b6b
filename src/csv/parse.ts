import Papa from 'papaparse'
import { decodeCsv, type CsvEncoding } from './encoding'
import { restoreFormula } from './formula'
import { csvDelimiters, type CsvDelimiter } from './write'

export type CsvTable = {
  delimiter: CsvDelimiter
  /**
   * Non-blank rows, numbered as a spreadsheet numbers them (the header is row 1; a blank line
   * counts as a row; a cell with line breaks stays one row). Cells are restored (./formula.ts).
   */
  rows: Array<{ row: number; cells: string[] }>
  /** Rows whose quotes could not be read; they are not in `rows`. */
  unreadable: Array<{ row: number; reason: 'unterminated-quote' | 'misplaced-quote' }>
}

export type CsvFile = CsvTable & { encoding: CsvEncoding }

/**
 * The delimiter is the one that splits the first record into the most cells (quotes honoured);
 * a tie, such as a one-column file, goes to the order of `csvDelimiters`. Papaparse's own guess
 * is not used: a blank line or a multi-line cell in its ten-row sample makes it give up.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  let best: { delimiter: CsvDelimiter; cells: number } = { delimiter: ';', cells: 0 }
  for (const delimiter of csvDelimiters) {
    const cells = Papa.parse<string[]>(text, { delimiter, preview: 1 }).data[0]?.length ?? 0
    if (cells > best.cells) best = { delimiter, cells }
  }
  return best.delimiter
}

/** `text` as decoded by `decodeCsv`; a BOM left at its start is dropped. */
export function parseCsv(input: string): CsvTable {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input
  const delimiter = detectDelimiter(text)
  const parsed = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false })
  const unreadable: CsvTable['unreadable'] = []
  for (const error of parsed.errors) {
    if (error.type !== 'Quotes' || error.row === undefined) continue
    const row = error.row + 1
    const reason = error.code === 'MissingQuotes' ? 'unterminated-quote' : 'misplaced-quote'
    const known = unreadable.find((item) => item.row === row)
    // An unclosed quote is the worse news: it swallows the rest of the file.
    if (!known) unreadable.push({ row, reason })
    else if (reason === 'unterminated-quote') known.reason = reason
  }
  const rows = parsed.data
    .map((cells, index) => ({ row: index + 1, cells: cells.map(restoreFormula) }))
    .filter(
      ({ row, cells }) =>
        !(cells.length === 1 && cells[0] === '') && !unreadable.some((item) => item.row === row),
    )
  return { delimiter, rows, unreadable }
}

export async function readCsvFile(file: Blob): Promise<CsvFile> {
  const { text, encoding } = decodeCsv(await file.arrayBuffer())
  return { ...parseCsv(text), encoding }
}
