import { isClosed, type JobHeader } from './job'
import type { JobOwner } from './journal'
import { getJournal } from './journal-store'
import { isRunElsewhere, releaseAll } from './runners'

// What signing out does to the account's bulk jobs. Loaded when the user signs out, so the
// journal and the runners stay off the first screen (see use-sign-out-guard.tsx).

/** The account's jobs that are not finished; none when there is no journal to read. */
export async function unfinishedJobs(owner: JobOwner | null): Promise<JobHeader[]> {
  try {
    if (owner) return (await (await getJournal()).listJobs(owner)).filter((job) => !isClosed(job))
  } catch (error) {
    // No journal (no IndexedDB, private mode): there is nothing kept to ask about.
    console.warn('[bulk] could not read the jobs before signing out', error)
  }
  return []
}

/** Lets this tab's runners go (their writes in flight finish with the key), then deletes if asked. */
export async function settleJobs(jobs: JobHeader[], remove: boolean) {
  try {
    // Another tab of this account may still run one with its own key: deleting it under that
    // runner would only bring it back half-written. Asked before this tab lets its own go.
    const elsewhere = await Promise.all(jobs.map((job) => isRunElsewhere(job.id)))
    await releaseAll()
    if (remove) {
      const journal = await getJournal()
      for (const [index, job] of jobs.entries())
        if (!elsewhere[index]) await journal.deleteJob(job.id)
    }
  } catch (error) {
    // Signing out goes on: whatever was not deleted stays in the journal, nothing is lost.
    console.warn('[bulk] could not settle the jobs before signing out', error)
  }
}
