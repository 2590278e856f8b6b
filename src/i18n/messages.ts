import { use } from 'react'
import { getLanguage, setLanguage, useLanguage, type Language } from './language'

/**
 * A typed message catalogue per domain. French, the source and the default, travels with the
 * code that shows it; English (`messages.en.ts` beside it) is a chunk of its own, loaded only
 * for those who read English, so the first screen does not carry both languages. The loader's
 * type makes the type-checker hold the English to the French keys and shapes, without the
 * English importing anything of the French.
 */
export type Catalogue<M> = {
  readonly fr: M
  /** Undefined until loaded: see `loadEnglish`. */
  en: M | undefined
  /** The last load failed (a network fault): French shows until a new load succeeds. */
  englishFailed: boolean
  /** Loads the English once; resolves (never rejects) to whether it is here. */
  readonly loadEnglish: () => Promise<boolean>
}

/** Every catalogue this page has evaluated, whose English a switch to English must load. */
const catalogues = new Set<Catalogue<unknown>>()

export function defineMessages<M extends Record<string, unknown>>(
  fr: M,
  english: () => Promise<{ default: NoInfer<M> }>,
): Catalogue<M> {
  let loading: Promise<boolean> | undefined
  const catalogue: Catalogue<M> = {
    fr,
    en: undefined,
    englishFailed: false,
    // One request per catalogue; a failed one is asked for again by the next load (Chromium
    // fetches a failed module again: e2e/shell.spec.ts; a browser that keeps the failure needs
    // a reload, which the switch's notice invites).
    loadEnglish: () =>
      (loading ??= english().then(
        (module) => {
          catalogue.en = module.default
          catalogue.englishFailed = false
          return true
        },
        () => {
          loading = undefined
          catalogue.englishFailed = true
          return false
        },
      )),
  }
  catalogues.add(catalogue)
  // A page already in English asks for it as soon as the code needing it has arrived.
  if (getLanguage() === 'en') void catalogue.loadEnglish()
  return catalogue
}

export function loadAllEnglish(): Promise<boolean[]> {
  return Promise.all([...catalogues].map((catalogue) => catalogue.loadEnglish()))
}

/** Resolves once every catalogue evaluated so far is available in the current language. */
export async function languageReady(): Promise<void> {
  if (getLanguage() === 'en') await loadAllEnglish()
}

/**
 * Switches the language once the catalogues on screen have it, so no text changes language
 * piecemeal and nothing waits for its words while rendering.
 */
export async function switchLanguage(language: Language): Promise<void> {
  if (language === 'en' && (await loadAllEnglish()).includes(false))
    throw new Error('English catalogues could not be loaded')
  setLanguage(language)
}

/**
 * Outside React: English when it has arrived, else French (what the page showed until then)
 * rather than nothing. The page in English loads a catalogue's English before its first render
 * (languageReady), so this fallback is only for text computed while a chunk is in flight.
 */
export function messagesFor<M>(catalogue: Catalogue<M>, language: Language): M {
  return language === 'en' ? (catalogue.en ?? catalogue.fr) : catalogue.fr
}

/**
 * A catalogue in the page's language. Should its English still be in flight (code evaluated
 * after a switch to English), the component waits for it under its Suspense boundary; should it
 * have failed, the component shows in French rather than fail.
 */
export function useMessages<M>(catalogue: Catalogue<M>): M {
  const language = useLanguage()
  if (language === 'en' && !catalogue.en && !catalogue.englishFailed) use(catalogue.loadEnglish())
  return messagesFor(catalogue, language)
}
