import type { FieldValues } from './fields'
import { createJob, type Job } from './job'
import type { Plan, PlanItem } from './plan'

/** A job can be undone once nothing of it runs any more. */
export function canRevert(job: Job): boolean {
  return (
    (job.state === 'finished' || job.state === 'cancelled' || job.state === 'paused') &&
    !job.revertedByJobId &&
    job.items.some((item) => item.status === 'done')
  )
}

/**
 * The undo plan of a job: for each dataset it changed, "before" is what we wrote (read back
 * from the server's answer) and "after" is the value found before the job. Going through the
 * same runner gives the same conflict check: if a field no longer holds what we wrote,
 * someone edited it since, and that dataset is left alone. Undoing a deletion restores.
 */
export function planRevert(job: Job): Plan {
  const rows: Record<string, FieldValues> = {}
  const changed: PlanItem[] = []
  for (const item of job.items) {
    if (item.status !== 'done') continue
    const before: FieldValues = { ...item.after, ...item.written }
    rows[item.dataset_id] = item.before
    changed.push({
      dataset_id: item.dataset_id,
      title: item.title,
      touched: item.touched,
      before,
      after: item.before,
      // Permissions were fine for the write; harvest warnings were already shown.
      warnings: [],
    })
  }
  return { operation: { kind: 'revert', job_id: job.id, rows }, changed, unchanged: [] }
}

export function createRevertJob(job: Job, options: { concurrency?: number } = {}): Job {
  return createJob({
    plan: planRevert(job),
    instance: job.instance,
    organizationId: job.organizationId,
    concurrency: options.concurrency ?? job.concurrency,
    revertsJobId: job.id,
  })
}
