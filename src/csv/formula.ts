/**
 * CSV injection (OWASP): Excel and LibreOffice run a cell that starts with `=`, `+`, `-` or `@`
 * as a formula, and a leading tab or carriage return can hide such a start. Every CSV the
 * console writes prefixes those cells with `'`, which both spreadsheets read as "this is text".
 *
 * The escaping must be undone exactly on import, so it is a bijection:
 *   write: a cell matching /^'*[=+\-@\t\r]/ (any run of `'`, then a trigger) gets one more `'`;
 *   read:  a cell matching /^'+[=+\-@\t\r]/ loses one `'`; every other cell is left alone.
 * So `=1+1` ⇄ `'=1+1`, a title that really is `'=1+1` ⇄ `''=1+1`, `- Budget` ⇄ `'- Budget`, and
 * `'hello` (no trigger after the quotes) is written and read as it is. A spreadsheet that drops
 * the `'` on save gives back `=1+1`, which reads back unchanged too.
 */
const written = /^'*[=+\-@\t\r]/
const read = /^'+[=+\-@\t\r]/

export function neutraliseFormula(cell: string): string {
  return written.test(cell) ? `'${cell}` : cell
}

export function restoreFormula(cell: string): string {
  return read.test(cell) ? cell.slice(1) : cell
}
