import { Suspense, useState } from 'react'
import type { JobHeader } from './job'
import type { JobOwner } from './journal'
import { SignOutDialog } from './lazy-sign-out-dialog'

// The journal, the runners and the dialog load when the user signs out: the shell carries this
// hook on every screen, and the first screen's size budget has no room for them.
const signOutJobs = () => import('./sign-out-jobs')

/**
 * Sign-out with the account's unfinished bulk jobs in mind: this tab's runners are paused
 * first (their writes in flight still carry the key), then, if some jobs are not finished,
 * the user chooses to keep them for the next sign-in (the default) or delete them. Escape
 * or "stay signed in" changes nothing.
 */
export function useSignOutGuard(owner: JobOwner | null, signOut: () => void) {
  const [unfinished, setUnfinished] = useState<JobHeader[] | null>(null)
  // Once shown, the dialog stays mounted (closed), so closing it gives the focus back.
  const [asked, setAsked] = useState(false)
  const [pending, setPending] = useState(false)

  async function request() {
    const { unfinishedJobs, settleJobs } = await signOutJobs()
    const jobs = await unfinishedJobs(owner)
    if (jobs.length > 0) {
      setAsked(true)
      return setUnfinished(jobs)
    }
    await settleJobs([], false)
    signOut()
  }

  async function finish(remove: boolean) {
    if (!unfinished) return
    setPending(true)
    try {
      await (await signOutJobs()).settleJobs(unfinished, remove)
    } finally {
      setPending(false)
      setUnfinished(null)
    }
    signOut()
  }

  const dialog = asked ? (
    <Suspense fallback={null}>
      <SignOutDialog
        open={unfinished !== null}
        count={unfinished?.length ?? 0}
        pending={pending}
        onFinish={(remove) => void finish(remove)}
        onCancel={() => setUnfinished(null)}
      />
    </Suspense>
  ) : null
  return { request: () => void request(), dialog }
}
