import { useState } from 'react'
import { useMessages } from '@/i18n/messages'
import { ConfirmDialog } from '@/ui/confirm-dialog'
import { isClosed, type JobHeader } from './job'
import type { JobOwner } from './journal'
import { getJournal } from './journal-store'
import { bulkMessages } from './messages'
import { isRunElsewhere, releaseAll } from './runners'

/**
 * Sign-out with the account's unfinished bulk jobs in mind: this tab's runners are paused
 * first (their writes in flight still carry the key), then, if some jobs are not finished,
 * the user chooses to keep them for the next sign-in (the default) or delete them. Escape
 * or "stay signed in" changes nothing.
 */
export function useSignOutGuard(owner: JobOwner | null, signOut: () => void) {
  const t = useMessages(bulkMessages)
  const [unfinished, setUnfinished] = useState<JobHeader[] | null>(null)
  const [pending, setPending] = useState(false)

  async function request() {
    let jobs: JobHeader[] = []
    try {
      if (owner) jobs = (await (await getJournal()).listJobs(owner)).filter((job) => !isClosed(job))
    } catch (error) {
      // No journal (no IndexedDB, private mode): there is nothing kept to ask about.
      console.warn('[bulk] could not read the jobs before signing out', error)
    }
    if (jobs.length > 0) return setUnfinished(jobs)
    await releaseAll()
    signOut()
  }

  async function finish(remove: boolean) {
    if (!unfinished) return
    setPending(true)
    try {
      // Another tab of this account may still run one with its own key: deleting it under that
      // runner would only bring it back half-written. Asked before this tab lets its own go.
      const elsewhere = await Promise.all(unfinished.map((job) => isRunElsewhere(job.id)))
      await releaseAll()
      if (remove) {
        const journal = await getJournal()
        for (const [index, job] of unfinished.entries())
          if (!elsewhere[index]) await journal.deleteJob(job.id)
      }
    } catch (error) {
      // Signing out goes on: whatever was not deleted stays in the journal, nothing is lost.
      console.warn('[bulk] could not settle the jobs before signing out', error)
    } finally {
      setPending(false)
      setUnfinished(null)
    }
    signOut()
  }

  const dialog = (
    <ConfirmDialog
      open={unfinished !== null}
      title={t.signOutTitle}
      confirmLabel={t.signOutKeep}
      cancelLabel={t.signOutStay}
      alternative={{ label: t.signOutDelete, onClick: () => void finish(true), danger: true }}
      isPending={pending}
      onConfirm={() => void finish(false)}
      onCancel={() => setUnfinished(null)}
    >
      <p>{t.signOutBody(unfinished?.length ?? 0)}</p>
    </ConfirmDialog>
  )
  return { request: () => void request(), dialog }
}
