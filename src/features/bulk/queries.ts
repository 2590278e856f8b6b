import { queryOptions } from '@tanstack/react-query'
import type { JobRunner } from './apply'
import { headerOf, type JobHeader } from './job'
import { getJournal } from './journal-store'
import { findRunner, getRunner } from './runners'

export type LoadedJob = {
  runner: JobRunner
  /** The journal said `running` but no runner of this tab had it: the page was reloaded or closed. */
  interrupted: boolean
}

/**
 * Bulk jobs live in this browser's IndexedDB, not on the server; React Query only gives the
 * pages the same loading/error states as everything else. A job that runs in this tab is
 * served by its runner, the live source of truth.
 */
export const bulkQueries = {
  all: () => ['bulk-jobs'] as const,
  list: (instance: string, organizationId: string) =>
    queryOptions({
      queryKey: [...bulkQueries.all(), 'list', instance, organizationId] as const,
      queryFn: async (): Promise<JobHeader[]> => {
        const journal = await getJournal()
        const headers = await journal.listJobs({ instance, organization_id: organizationId })
        return headers.map((header) => {
          const live = findRunner(header.id)?.getSnapshot().job
          if (!live) return header
          return headerOf(live)
        })
      },
      staleTime: 0,
    }),
  job: (jobId: string) =>
    queryOptions({
      queryKey: [...bulkQueries.all(), 'job', jobId] as const,
      queryFn: async (): Promise<LoadedJob | null> => {
        const existing = findRunner(jobId)
        if (existing) return { runner: existing, interrupted: existing.getSnapshot().interrupted }
        const journal = await getJournal()
        const job = await journal.loadJob(jobId)
        if (!job) return null
        return { runner: getRunner(job, journal), interrupted: job.state === 'running' }
      },
      // The runner is a live object: never compared, refetched or dropped while in use.
      structuralSharing: false,
      staleTime: Infinity,
    }),
}
