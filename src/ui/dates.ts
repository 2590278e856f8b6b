import { intlLocales, type Language } from '@/i18n/language'

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/
const hasOffset = /(?:[zZ]|[+-]\d\d:?\d\d)$/
// JavaScript reads at most milliseconds; udata (Python) sends microseconds.
const extraFraction = /(\.\d{3})\d+/

// `toLocaleDateString(locale, options)` builds a new formatter on every call (about 20× the cost
// of formatting with one kept): a table of dates formats dozens per render.
const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(lang: Language, style: 'medium' | 'long'): Intl.DateTimeFormat {
  const key = `${lang}.${style}`
  let kept = formatters.get(key)
  if (!kept) {
    kept = new Intl.DateTimeFormat(intlLocales[lang], { dateStyle: style, timeStyle: 'short' })
    formatters.set(key, kept)
  }
  return kept
}

// A day ("3 déc. 2026") is written here, not by Intl: a page's first Intl.DateTimeFormat starts
// ICU's date formatting (about 15 ms in Chromium, ×4 on a mid-range laptop), and the datasets
// table paid it in the render that shows its first rows. These are CLDR's abbreviations, what
// Intl writes with { day: 'numeric', month: 'short', year: 'numeric' } (dates.test.ts compares).
const shortMonths: Record<Language, readonly string[]> = {
  fr: [
    'janv.',
    'févr.',
    'mars',
    'avr.',
    'mai',
    'juin',
    'juil.',
    'août',
    'sept.',
    'oct.',
    'nov.',
    'déc.',
  ],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'],
}

/**
 * A udata date as a `Date`, or null when absent or unreadable (udata-api.md §2).
 * Offset-less datetimes (member `last_login_at`, Hydra `check:date`) are UTC.
 * A plain date (`temporal_coverage`, `YYYY-MM-DD`) is a calendar day, not an instant: it becomes
 * local midnight so that it shows as the same day in every time zone.
 */
export function parseUdataDate(value: unknown): Date | null {
  if (typeof value !== 'string' || !value) return null
  const day = dateOnly.exec(value)
  const date = day
    ? new Date(Number(day[1]), Number(day[2]) - 1, Number(day[3]))
    : new Date(
        hasOffset.test(value)
          ? value.replace(extraFraction, '$1')
          : `${value.replace(extraFraction, '$1')}Z`,
      )
  return Number.isNaN(date.getTime()) ? null : date
}

/** "1 mai 2024" / "1 May 2024"; null when there is no readable date. */
export function formatDate(value: unknown, lang: Language): string | null {
  const date = parseUdataDate(value)
  return date
    ? `${date.getDate()} ${shortMonths[lang][date.getMonth()]} ${date.getFullYear()}`
    : null
}

/** Date and time ("long" spells the month out); a plain date (no time in it) shows as a date. */
export function formatDateTime(
  value: unknown,
  lang: Language,
  dateStyle: 'medium' | 'long' = 'medium',
): string | null {
  if (typeof value === 'string' && dateOnly.test(value)) return formatDate(value, lang)
  const date = parseUdataDate(value)
  return date ? formatter(lang, dateStyle).format(date) : null
}
