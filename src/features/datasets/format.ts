import type { Language } from '@/i18n/language'

const locales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }

export function formatNumber(value: number | undefined, lang: Language): string {
  return (value ?? 0).toLocaleString(locales[lang])
}
