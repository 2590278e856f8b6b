import type { Language } from '@/i18n/language'

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

/** udata sends a few datetimes without an offset; they are UTC (udata-api.md §2). */
function parse(iso: string): Date {
  const hasZone = /[zZ]|[+-]\d\d:?\d\d$/.test(iso)
  return new Date(hasZone || iso.length <= 10 ? iso : `${iso}Z`)
}

export function formatDate(iso: string | null | undefined, lang: Language): string | null {
  if (!iso) return null
  const date = parse(iso)
  if (Number.isNaN(date.getTime())) return null
  return date.toLocaleDateString(locales[lang], { day: 'numeric', month: 'short', year: 'numeric' })
}

export function formatDateTime(iso: string | null | undefined, lang: Language): string | null {
  if (!iso) return null
  const date = parse(iso)
  if (Number.isNaN(date.getTime())) return null
  return date.toLocaleString(locales[lang], { dateStyle: 'medium', timeStyle: 'short' })
}

export function formatNumber(value: number | undefined, lang: Language): string {
  return (value ?? 0).toLocaleString(locales[lang])
}
