import type { FieldValues } from './fields'
import type { Operation } from './operations'
import { isSkipped, type Plan, type PlanItem } from './plan'

export type ItemStatus = 'pending' | 'done' | 'unchanged' | 'conflict' | 'failed' | 'skipped'

export const itemStatuses: readonly ItemStatus[] = [
  'pending',
  'done',
  'unchanged',
  'conflict',
  'failed',
  'skipped',
]

/** Why an item was skipped, so a cancelled one can be queued again and a refused one cannot. */
export type SkipReason = 'cancelled' | 'no-permission' | 'invalid' | 'harvested'

export type JobItem = PlanItem & {
  /** Order in the preview, kept because the journal stores items by id. */
  position: number
  status: ItemStatus
  skip_reason?: SkipReason
  /** The API's message for `failed`; the changed fields for `conflict`. */
  message?: string
  attempts: number
  /**
   * Set (and journaled) just before the write is sent. If the page dies before the answer is
   * recorded, the resumed run finds the new values and knows they are ours, not someone else's.
   */
  write_started?: boolean
  /** Values read back after our write: what a revert expects to find. */
  written?: FieldValues
  finished_at?: string
}

/** `interrupted` is never stored: it is how a `running` job looks once its tab is gone. */
export type JobState = 'ready' | 'running' | 'paused' | 'cancelled' | 'finished'

/** Why the runner paused a job by itself; it resumes it by itself once the reason is gone. */
export type PauseReason = 'session-expired' | 'server-unavailable'

export type JobCounts = Record<ItemStatus, number>

export type JobHeader = {
  id: string
  /** Jobs are listed per instance and organisation: ids from another instance mean nothing. */
  instance: string
  organizationId: string
  /**
   * `me.id` of the account that started it: only that account lists, resumes or reverts it.
   * Absent on jobs journaled before jobs had owners, until a member of their organization
   * adopts them (journal.ts `adoptOrphans`).
   */
  userId?: string
  /** For `import` and `revert`, `rows` is dropped: the items hold every value. */
  operation: Operation
  created_at: string
  updated_at: string
  /** Written every few seconds while a tab runs the job, to tell a live job from a dead one. */
  heartbeat_at: string
  state: JobState
  /** Set while the runner holds the job paused by itself (journaled, so a reload can say why). */
  pause_reason?: PauseReason
  concurrency: number
  total: number
  counts: JobCounts
  /** The job this one undoes (for revert jobs), and the revert job of this one. */
  revertsJobId?: string
  revertedByJobId?: string
}

export type Job = JobHeader & { items: JobItem[] }

export function emptyCounts(): JobCounts {
  return { pending: 0, done: 0, unchanged: 0, conflict: 0, failed: 0, skipped: 0 }
}

export function countItems(items: readonly JobItem[]): JobCounts {
  const counts = emptyCounts()
  for (const item of items) counts[item.status] += 1
  return counts
}

function skipReason(item: PlanItem, skipHarvested: boolean): SkipReason | undefined {
  if (item.warnings.includes('no-permission')) return 'no-permission'
  if (item.warnings.includes('invalid')) return 'invalid'
  if (skipHarvested && item.warnings.includes('harvested')) return 'harvested'
  return undefined
}

function newJobId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

export function slimOperation(operation: Operation): Operation {
  return operation.kind === 'import' || operation.kind === 'revert'
    ? { ...operation, rows: {} }
    : operation
}

/** Turns an accepted preview into a job: changed items pending, the rest recorded as they are. */
export function createJob(input: {
  plan: Plan
  instance: string
  organizationId: string
  concurrency?: number
  skipHarvested?: boolean
  revertsJobId?: string
  now?: string
}): Job {
  const now = input.now ?? new Date().toISOString()
  const skipHarvested = input.skipHarvested ?? false
  const changed = input.plan.changed.map((item, position): JobItem => {
    const reason = isSkipped(item, { skipHarvested }) ? skipReason(item, skipHarvested) : undefined
    return reason
      ? { ...item, position, status: 'skipped', skip_reason: reason, attempts: 0 }
      : { ...item, position, status: 'pending', attempts: 0 }
  })
  const unchanged = input.plan.unchanged.map((item, index): JobItem => ({
    ...item,
    position: changed.length + index,
    status: 'unchanged',
    attempts: 0,
  }))
  const items = [...changed, ...unchanged]
  return {
    id: newJobId(),
    instance: input.instance,
    organizationId: input.organizationId,
    operation: slimOperation(input.plan.operation),
    created_at: now,
    updated_at: now,
    heartbeat_at: now,
    state: 'ready',
    concurrency: input.concurrency ?? 4,
    total: items.length,
    counts: countItems(items),
    ...(input.revertsJobId ? { revertsJobId: input.revertsJobId } : {}),
    items,
  }
}

export function headerOf(job: Job): JobHeader {
  const { items, ...header } = job
  return { ...header, counts: countItems(items) }
}

/** Finished and cancelled jobs are kept this long, for their report and revert. */
export const finishedJobRetentionMs = 30 * 24 * 3600_000

export function isClosed(header: Pick<JobHeader, 'state'>): boolean {
  return header.state === 'finished' || header.state === 'cancelled'
}

/** How long a `running` job may go without a heartbeat before it counts as interrupted. */
export const heartbeatTimeoutMs = 15_000

export function isInterrupted(header: JobHeader, now: number = Date.now()): boolean {
  return header.state === 'running' && now - Date.parse(header.heartbeat_at) > heartbeatTimeoutMs
}

/** Items worth another attempt: failures, and those a cancel left unprocessed. */
export function isRetryable(item: JobItem): boolean {
  return item.status === 'failed' || (item.status === 'skipped' && item.skip_reason === 'cancelled')
}
