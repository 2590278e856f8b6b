import { queryOptions } from '@tanstack/react-query'
import type { Job, JobHeader } from './job'
import type { JobOwner } from './journal'
import { getJournal } from './journal-store'
import { isRunElsewhere } from './runners'

/** Who looks at the jobs: an account on an instance, member or not of the page's organization. */
export type JobViewer = JobOwner & { member: boolean }

/** A job of the list; `elsewhere`: another tab of this browser holds its runner. */
export type ListedJob = JobHeader & { elsewhere: boolean }

/** A job as the journal has it, if the viewer may see it. */
export type StoredJob = {
  job: Job
  /** Another tab of this browser runs the job: this one follows it and may not start it. */
  elsewhere: boolean
}

/**
 * Bulk jobs live in this browser's IndexedDB, not on the server; React Query only reads them
 * there, for the pages' usual loading/error states. The runners of this tab are not kept here
 * but in their own store (runners.ts), the live source of truth. Only the viewer's own jobs are
 * listed or opened: another account of this browser gets "not found".
 */
export const bulkQueries = {
  all: () => ['bulk-jobs'] as const,
  list: (viewer: JobViewer, organizationId: string) =>
    queryOptions({
      queryKey: [
        ...bulkQueries.all(),
        'list',
        viewer.instance,
        viewer.userId,
        viewer.member,
        organizationId,
      ] as const,
      queryFn: async (): Promise<ListedJob[]> => {
        const journal = await getJournal()
        const scope = {
          instance: viewer.instance,
          userId: viewer.userId,
          organizationId,
        }
        if (viewer.member) await journal.adoptOrphans(scope)
        const headers = await journal.listJobs(scope)
        // This tab's runners are laid over these by `useJobList` (use-jobs.ts).
        return Promise.all(
          headers.map(async (header) => ({
            ...header,
            elsewhere: await isRunElsewhere(header.id),
          })),
        )
      },
      staleTime: 0,
    }),
  job: (jobId: string, viewer: JobViewer, organizationId: string) =>
    queryOptions({
      queryKey: [...bulkQueries.all(), 'job', jobId, viewer, organizationId] as const,
      queryFn: async (): Promise<StoredJob | null> => {
        const journal = await getJournal()
        const job = await journal.loadJob(jobId)
        if (!job || job.instance !== viewer.instance || job.organizationId !== organizationId)
          return null
        let owner = job.userId
        if (owner === undefined && viewer.member) {
          await journal.adoptOrphans({ ...viewer, organizationId })
          owner = viewer.userId
        }
        if (owner !== viewer.userId) return null
        return { job: { ...job, userId: owner }, elsewhere: await isRunElsewhere(jobId) }
      },
      // This tab's own runner is the live job (use-job-viewer.ts); a job held elsewhere is
      // re-read from the journal to follow it.
      staleTime: Infinity,
    }),
}
