import Papa from 'papaparse'
import type { Language } from '@/i18n/language'
import { neutraliseFormula } from './formula'

export type CsvDelimiter = ',' | ';' | '\t'

export const csvDelimiters: readonly CsvDelimiter[] = [';', ',', '\t']

/** French Excel splits on `;` (`,` is the decimal mark there); English Excel splits on `,`. */
export function defaultDelimiter(language: Language): CsvDelimiter {
  return language === 'fr' ? ';' : ','
}

/**
 * The text of a CSV file: RFC 4180 quoting (only where needed), CRLF line ends, a final line
 * end, and every cell neutralised against formula execution (./formula.ts).
 */
export function csvText(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): string {
  const cells = rows.map((row) => row.map(neutraliseFormula))
  return cells.length === 0 ? '' : Papa.unparse(cells, { delimiter, newline: '\r\n' }) + '\r\n'
}

/** UTF-8 with a BOM: without it Excel reads the file as the system code page and breaks accents. */
export function csvBlob(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): Blob {
  return new Blob(['\uFEFF', csvText(rows, delimiter)], { type: 'text/csv;charset=utf-8' })
}
