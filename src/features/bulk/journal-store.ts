import { openJournal, type Journal } from './journal'

let journal: Promise<Journal> | undefined

/** One IndexedDB connection per tab, opened on first use. */
export function getJournal(): Promise<Journal> {
  journal ??= openJournal().catch((error: unknown) => {
    journal = undefined
    throw error
  })
  return journal
}
