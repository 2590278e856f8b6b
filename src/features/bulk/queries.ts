import { queryOptions } from '@tanstack/react-query'
import { JobRunner } from './apply'
import { createBulkApi } from './bulk-api'
import { headerOf, type JobHeader } from './job'
import type { JobOwner } from './journal'
import { getJournal } from './journal-store'
import { findRunner, isRunElsewhere } from './runners'

/** Who looks at the jobs: an account on an instance, member or not of the page's organization. */
export type JobViewer = JobOwner & { member: boolean }

/** A job of the list; `elsewhere`: another tab of this browser holds its runner. */
export type ListedJob = JobHeader & { elsewhere: boolean }

export type LoadedJob = {
  runner: JobRunner
  /** This tab holds the job's runner; otherwise `runner` only shows the journal's copy. */
  owned: boolean
  /** Another tab of this browser runs the job: this one follows it and may not start it. */
  elsewhere: boolean
  /** The journal said `running` but no tab has it: the page was reloaded or closed. */
  interrupted: boolean
}

/**
 * Bulk jobs live in this browser's IndexedDB, not on the server; React Query only gives the
 * pages the same loading/error states as everything else. A job that runs in this tab is
 * served by its runner, the live source of truth. Only the viewer's own jobs are listed or
 * opened: another account of this browser gets "not found".
 */
export const bulkQueries = {
  all: () => ['bulk-jobs'] as const,
  list: (viewer: JobViewer, organizationId: string) =>
    queryOptions({
      queryKey: [
        ...bulkQueries.all(),
        'list',
        viewer.instance,
        viewer.user_id,
        viewer.member,
        organizationId,
      ] as const,
      queryFn: async (): Promise<ListedJob[]> => {
        const journal = await getJournal()
        const scope = {
          instance: viewer.instance,
          user_id: viewer.user_id,
          organization_id: organizationId,
        }
        if (viewer.member) await journal.adoptOrphans(scope)
        const headers = await journal.listJobs(scope)
        return Promise.all(
          headers.map(async (header) => {
            const live = findRunner(header.id)?.getSnapshot().job
            if (live) return { ...headerOf(live), elsewhere: false }
            return { ...header, elsewhere: await isRunElsewhere(header.id) }
          }),
        )
      },
      staleTime: 0,
    }),
  job: (jobId: string, viewer: JobViewer, organizationId: string) =>
    queryOptions({
      queryKey: [...bulkQueries.all(), 'job', jobId, viewer, organizationId] as const,
      queryFn: async (): Promise<LoadedJob | null> => {
        const journal = await getJournal()
        const existing = findRunner(jobId)
        const job = existing?.getSnapshot().job ?? (await journal.loadJob(jobId))
        if (!job || job.instance !== viewer.instance || job.organization_id !== organizationId)
          return null
        let owner = job.user_id
        if (owner === undefined && viewer.member) {
          await journal.adoptOrphans({ ...viewer, organization_id: organizationId })
          owner = viewer.user_id
        }
        if (owner !== viewer.user_id) return null
        if (existing)
          return {
            runner: existing,
            owned: true,
            elsewhere: false,
            interrupted: existing.getSnapshot().interrupted,
          }
        const elsewhere = await isRunElsewhere(jobId)
        return {
          // Never started, never journaled: a view of the stored job until this tab claims it.
          runner: new JobRunner({ ...job, user_id: owner }, { api: createBulkApi() }),
          owned: false,
          elsewhere,
          interrupted: job.state === 'running' && !elsewhere,
        }
      },
      // The runner is a live object: never compared. Only this tab's own runner stays put;
      // a job held elsewhere is re-read from the journal to follow it (see job-page.tsx).
      structuralSharing: false,
      staleTime: Infinity,
    }),
}
