import { useQuery } from '@tanstack/react-query'
import { useMemo, useSyncExternalStore } from 'react'
import { JobRunner } from './apply'
import { createBulkApi } from './bulk-api'
import { headerOf } from './job'
import { getJournal } from './journal-store'
import { bulkQueries, type JobViewer, type ListedJob } from './queries'
import { claimRunner, getRunners, subscribeRunners } from './runners'

export type LoadedJob = {
  runner: JobRunner
  /** This tab holds the job's runner; otherwise `runner` only shows the journal's copy. */
  owned: boolean
  /** Another tab of this browser runs the job: this one follows it and may not start it. */
  elsewhere: boolean
  /** The journal said `running` but no tab has it: the page was reloaded or closed. */
  interrupted: boolean
}

/** How often a job that is not this tab's is re-read from the journal, to follow it live. */
const followIntervalMs = 1000

/** This tab's runners by job id, followed as they are claimed or let go. */
function useRunners(): ReadonlyMap<string, JobRunner> {
  return useSyncExternalStore(subscribeRunners, getRunners)
}

/**
 * One job for its page: this tab's runner when it holds the job, otherwise a view of the
 * journal's copy (a runner never started nor journaled) until `claim` takes it for this tab.
 */
export function useLoadedJob(jobId: string, viewer: JobViewer, organizationId: string) {
  const own = useRunners().get(jobId)
  const stored = useQuery({
    ...bulkQueries.job(jobId, viewer, organizationId),
    // Until this tab holds the runner, the journal is the news: the other tab writes it as it
    // goes, and its lock goes away when it closes, which enables the buttons here.
    refetchInterval: (current) => (current.state.data && !own ? followIntervalMs : false),
  })
  // Read once per runner, like the journal's copy: a resumed job stops being "interrupted"
  // through its own snapshot.
  const ownInterrupted = useMemo(() => own?.getSnapshot().interrupted ?? false, [own])
  const view = useMemo(
    () => (stored.data && !own ? new JobRunner(stored.data.job, { api: createBulkApi() }) : null),
    [stored.data, own],
  )
  let data: LoadedJob | null | undefined = stored.data === null ? null : undefined
  if (stored.data && own)
    data = { runner: own, owned: true, elsewhere: false, interrupted: ownInterrupted }
  else if (stored.data && view)
    data = {
      runner: view,
      owned: false,
      elsewhere: stored.data.elsewhere,
      interrupted: stored.data.job.state === 'running' && !stored.data.elsewhere,
    }

  /** Takes the job's runner for this tab; null when another tab got it first. */
  async function claim() {
    const journal = await getJournal()
    return claimRunner(jobId, journal, () => journal.loadJob(jobId))
  }

  const { isPending, isError, error, refetch } = stored
  return { query: { isPending, isError, error, refetch, data }, claim }
}

/** The viewer's jobs, a job this tab runs as its runner has it now. */
export function useJobList(viewer: JobViewer, organizationId: string) {
  const runners = useRunners()
  const jobs = useQuery({
    ...bulkQueries.list(viewer, organizationId),
    // While a job runs, in this tab or another, its row follows it.
    refetchInterval: (query) =>
      query.state.data?.some(
        (header) => (runners.has(header.id) || header.elsewhere) && header.state === 'running',
      )
        ? 1000
        : false,
  })
  const data = useMemo(
    () =>
      jobs.data?.map((header): ListedJob => {
        const live = runners.get(header.id)?.getSnapshot().job
        return live ? { ...headerOf(live), elsewhere: false } : header
      }),
    [jobs.data, runners],
  )
  const { isPending, isError, error, refetch } = jobs
  return { isPending, isError, error, refetch, data }
}
