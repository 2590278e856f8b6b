import { finishedJobRetentionMs } from './job'
import { openJournal, type Journal } from './journal'

let journal: Promise<Journal> | undefined

/**
 * One IndexedDB connection per tab, opened on first use; finished jobs past their retention
 * are pruned then. A failed prune only leaves old jobs around: the journal is still usable.
 */
export function getJournal(): Promise<Journal> {
  journal ??= openJournal().then(
    async (opened) => {
      const before = new Date(Date.now() - finishedJobRetentionMs).toISOString()
      await opened.pruneClosed(before).catch((error: unknown) => {
        console.warn('[bulk] could not prune old jobs', error)
      })
      return opened
    },
    (error: unknown) => {
      journal = undefined
      throw error
    },
  )
  return journal
}
