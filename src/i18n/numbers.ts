import { intlLocales, type Language } from './language'

// Whole numbers are grouped here rather than by `toLocaleString`: a page's first
// Intl.NumberFormat starts ICU's number formatting, about 20 ms in Chromium (×4 on a mid-range
// laptop), and the datasets table paid it in the very render that shows its first rows. The
// output is Intl's own for these two languages (numbers.test.ts compares them).
const groupSeparators: Record<Language, string> = { fr: '\u202f', en: ',' }

/** "12 345" / "12,345"; a fraction or a huge number goes to Intl. */
export function formatNumber(n: number, lang: Language): string {
  if (!Number.isSafeInteger(n)) return n.toLocaleString(intlLocales[lang])
  const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, groupSeparators[lang])
  return n < 0 ? `-${digits}` : digits
}

export const frNumber = (n: number) => formatNumber(n, 'fr')
export const enNumber = (n: number) => formatNumber(n, 'en')

/** "1 jeu", "0 jeu", "2 jeux": French takes the singular up to 1. */
export const frPlural = (n: number, one: string, many: string) =>
  `${frNumber(n)} ${n > 1 ? many : one}`
/** "1 dataset", "0 datasets". */
export const enPlural = (n: number, one: string, many: string) =>
  `${enNumber(n)} ${n === 1 ? one : many}`
