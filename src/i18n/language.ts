import { useSyncExternalStore } from 'react'

export type Language = 'fr' | 'en'
/** The locale Intl formats each language in. */
export const intlLocales: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' }
// The language is a preference, not a secret: localStorage keeps it across tabs.
const storageKey = 'udata-console.lang'
const listeners = new Set<() => void>()

function readLanguage(): Language {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'fr'
  } catch {
    return 'fr'
  }
}

let current: Language = typeof window === 'undefined' ? 'fr' : readLanguage()
// Screen readers and the browser's own UI (spell check, hyphenation) read html[lang].
if (typeof document !== 'undefined') document.documentElement.lang = current

export function getLanguage(): Language {
  return current
}

export function setLanguage(language: Language) {
  current = language
  try {
    localStorage.setItem(storageKey, language)
  } catch {
    // private mode: the choice lasts for this page only
  }
  document.documentElement.lang = language
  for (const listener of listeners) listener()
}

export function useLanguage(): Language {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    getLanguage,
    () => 'fr' as const,
  )
}
