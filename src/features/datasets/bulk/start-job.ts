import type { QueryClient } from '@tanstack/react-query'
import { meQueries } from '@/auth/me'
import { getInstance } from '@/session/session'
import { datasetQueries } from '@/features/datasets/queries'
import { createJob, type Job } from './job'
import { getJournal } from './journal-store'
import type { Plan } from './plan'
import { claimRunner } from './runners'

/**
 * Saves the job, owned by the signed-in account, before the first write, then runs it in this
 * tab; datasets are refetched after.
 */
export async function startJob(job: Job, queryClient: QueryClient): Promise<void> {
  const me = await queryClient.fetchQuery(meQueries.current())
  const owned: Job = { ...job, userId: me.id }
  const journal = await getJournal()
  await journal.saveJob(owned)
  await runJob(owned, queryClient, journal)
}

export async function runJob(
  job: Job,
  queryClient: QueryClient,
  journal: Awaited<ReturnType<typeof getJournal>>,
) {
  // A new job's lock is free: no other tab knows its id yet.
  const runner = await claimRunner(job.id, journal, () => Promise.resolve(job))
  if (!runner) throw new Error(`Job ${job.id} is already run by another tab`)
  void runner.start().then(() => queryClient.invalidateQueries({ queryKey: datasetQueries.all() }))
  return runner
}

export function jobFromPlan(
  plan: Plan,
  organizationId: string,
  options: { skipHarvested: boolean; concurrency: number },
): Job {
  return createJob({
    plan,
    instance: getInstance() ?? '',
    organizationId,
    ...options,
  })
}

export function bulkJobPath(organizationId: string, jobId?: string): string {
  const base = `/organizations/${encodeURIComponent(organizationId)}/bulk`
  return jobId ? `${base}/${encodeURIComponent(jobId)}` : base
}
