import { useLanguage, type Language } from './language'

/**
 * A typed message catalogue per domain: French is the source, English must have the same keys
 * and the same shapes (strings, or functions for messages with values).
 */
export type Catalogue<M> = { fr: M; en: NoInfer<M> }

export function defineMessages<M extends Record<string, unknown>>(catalogue: Catalogue<M>) {
  return catalogue
}

export function messagesFor<M>(catalogue: Catalogue<M>, language: Language): M {
  return catalogue[language]
}

export function useMessages<M>(catalogue: Catalogue<M>): M {
  return messagesFor(catalogue, useLanguage())
}
