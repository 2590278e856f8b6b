import type { Language } from '@/i18n/language'

export type CsvDelimiter = ',' | ';' | '\t'

/** A cell is quoted when it holds the delimiter, a quote or a line break (RFC 4180). */
function cell(value: string, delimiter: CsvDelimiter): string {
  return value.includes(delimiter) || /["\r\n]/.test(value)
    ? `"${value.replace(/"/g, '""')}"`
    : value
}

/** UTF-8 with a BOM so spreadsheet programs read accents right; CRLF line ends. */
export function csvBlob(rows: readonly (readonly string[])[], delimiter: CsvDelimiter): Blob {
  const text = rows.map((row) => row.map((value) => cell(value, delimiter)).join(delimiter))
  return new Blob(['\uFEFF', text.join('\r\n'), '\r\n'], { type: 'text/csv;charset=utf-8' })
}

/** French spreadsheets use the comma as decimal separator, hence the semicolon. */
export function defaultDelimiter(language: Language): CsvDelimiter {
  return language === 'fr' ? ';' : ','
}
