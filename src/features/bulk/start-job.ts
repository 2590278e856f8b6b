import type { QueryClient } from '@tanstack/react-query'
import { getInstance } from '@/auth/session'
import { datasetQueries } from '@/features/datasets/queries'
import { createJob, type Job } from './job'
import { getJournal } from './journal-store'
import type { Plan } from './plan'
import { getRunner } from './runners'

/** Saves the job before the first write, then runs it in this tab; datasets are refetched after. */
export async function startJob(job: Job, queryClient: QueryClient): Promise<void> {
  const journal = await getJournal()
  await journal.saveJob(job)
  runJob(job, queryClient, journal)
}

export function runJob(
  job: Job,
  queryClient: QueryClient,
  journal: Awaited<ReturnType<typeof getJournal>>,
) {
  const runner = getRunner(job, journal)
  void runner.start().then(() => queryClient.invalidateQueries({ queryKey: datasetQueries.all() }))
  return runner
}

export function jobFromPlan(
  plan: Plan,
  organizationId: string,
  options: { skip_harvested: boolean; concurrency: number },
): Job {
  return createJob({
    plan,
    instance: getInstance() ?? '',
    organization_id: organizationId,
    ...options,
  })
}

export function bulkJobPath(organizationId: string, jobId?: string): string {
  const base = `/organizations/${encodeURIComponent(organizationId)}/bulk`
  return jobId ? `${base}/${encodeURIComponent(jobId)}` : base
}
