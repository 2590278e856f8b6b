import { intlLocales, type Language } from '@/i18n/language'

const units: Record<Language, string[]> = {
  fr: ['octets', 'Ko', 'Mo', 'Go', 'To'],
  en: ['bytes', 'KB', 'MB', 'GB', 'TB'],
}

/** 1 536 000 → "1,5 Mo" / "1.5 MB" (powers of 1024, as the data.gouv.fr front shows). */
export function formatSize(bytes: number | null | undefined, lang: Language): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes) || bytes < 0) return '—'
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units[lang].length - 1) {
    value /= 1024
    unit++
  }
  const digits = unit === 0 || value >= 100 ? 0 : 1
  return `${value.toLocaleString(intlLocales[lang], { maximumFractionDigits: digits })} ${units[lang][unit]}`
}
