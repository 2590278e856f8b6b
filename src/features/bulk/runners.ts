import { JobRunner } from './apply'
import { createBulkApi } from './bulk-api'
import type { Job } from './job'
import type { Journal } from './journal'

/**
 * The runners of this tab, by job id. A job keeps running while the user browses other pages;
 * only a reload or a closed tab stops it, and then the journal has it.
 */
const runners = new Map<string, JobRunner>()

export function findRunner(jobId: string): JobRunner | undefined {
  return runners.get(jobId)
}

export function getRunner(job: Job, journal: Journal): JobRunner {
  const existing = runners.get(job.id)
  if (existing) return existing
  const runner = new JobRunner(job, { api: createBulkApi(), journal })
  runners.set(job.id, runner)
  return runner
}

export function isAnyRunning(): boolean {
  return [...runners.values()].some((runner) => runner.getSnapshot().state === 'running')
}
