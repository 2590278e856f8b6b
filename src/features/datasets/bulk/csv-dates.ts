/**
 * Dates in an imported spreadsheet. Two forms, nothing guessed:
 * - ISO `aaaa-mm-jj`, optionally with a time (`2024-03-15T10:42:00+00:00`, what the export
 *   writes for `archived`), of which only the day is kept;
 * - `jj/mm/aaaa` (one or two digits for day and month), what French Excel and LibreOffice save.
 *   A slash date is always day first: `01/02/2024` is 1 February. One that only makes sense
 *   month first (`12/31/2024`, an English spreadsheet) is refused, not reordered, because the
 *   same file's `01/02/2024` would then be wrong without anyone noticing.
 * A day the calendar lacks (`31/02/2024`), a two-digit year, or any other shape is refused.
 */
export type DateProblem = 'month-first' | 'no-such-day' | 'format'

const iso = /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/
const dayFirst = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/

function calendarDay(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day))
  const valid =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  return valid ? date.toISOString().slice(0, 10) : undefined
}

/** `text` is trimmed and non-empty; the result is an ISO day (`aaaa-mm-jj`) or why not. */
export function parseCsvDate(text: string): { date: string } | { problem: DateProblem } {
  const isoMatch = iso.exec(text)
  const slashMatch = isoMatch ? null : dayFirst.exec(text)
  if (!isoMatch && !slashMatch) return { problem: 'format' }
  const [year, month, day] = isoMatch
    ? [Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3])]
    : [Number(slashMatch?.[3]), Number(slashMatch?.[2]), Number(slashMatch?.[1])]
  const date = calendarDay(year, month, day)
  if (date) return { date }
  if (slashMatch && month > 12 && day <= 12 && calendarDay(year, day, month))
    return { problem: 'month-first' }
  return { problem: 'no-such-day' }
}
