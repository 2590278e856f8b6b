import { JobRunner } from './apply'
import { createBulkApi } from './bulk-api'
import type { Job } from './job'
import type { Journal } from './journal'

/**
 * The runners of this tab, by job id: an external store that pages read with
 * `useSyncExternalStore` (use-job-viewer.ts), apart from React Query, which only reads the
 * journal. A job keeps running while the user browses other pages; only a reload or a closed
 * tab stops it, and then the journal has it.
 *
 * A job has one runner in the whole browser: a tab runs a job only while it holds the job's
 * Web Lock, and keeps it for the life of its runner (until the tab closes or the job is
 * forgotten). Released any sooner, a second tab could resume the job while the first still
 * holds an older copy of its items in memory.
 */
const runners = new Map<string, { runner: JobRunner; release: () => void }>()
const listeners = new Set<() => void>()
/** What React reads: a new map each time a runner is taken or let go, the same one otherwise. */
let snapshot: ReadonlyMap<string, JobRunner> = new Map()

function changed() {
  snapshot = new Map([...runners].map(([jobId, { runner }]) => [jobId, runner]))
  for (const listener of listeners) listener()
}

/** Called each time this tab takes or lets go of a job's runner. */
export function subscribeRunners(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function getRunners(): ReadonlyMap<string, JobRunner> {
  return snapshot
}

export function jobLockName(jobId: string): string {
  return `udata-console:job:${jobId}`
}

/** Web Locks need a secure context (https, localhost); elsewhere tabs are not coordinated. */
function locks(): LockManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.locks : undefined
}

export function findRunner(jobId: string): JobRunner | undefined {
  return runners.get(jobId)?.runner
}

/** True when another tab of this browser holds the job's runner. */
export async function isRunElsewhere(jobId: string): Promise<boolean> {
  const manager = locks()
  if (!manager || runners.has(jobId)) return false
  const { held = [] } = await manager.query()
  return held.some((lock) => lock.name === jobLockName(jobId))
}

/**
 * This tab's runner of the job: the one it has, or a new one once the job's lock is ours.
 * `load` reads the job after the lock is granted, so a tab that takes over from a closed one
 * starts from the journal's latest state. Null when another tab holds the job.
 */
export async function claimRunner(
  jobId: string,
  journal: Journal,
  load: () => Promise<Job | undefined>,
): Promise<JobRunner | null> {
  const existing = findRunner(jobId)
  if (existing) return existing
  const manager = locks()
  if (!manager) {
    const job = await load()
    return job ? register(job, journal, () => undefined) : null
  }
  return new Promise<JobRunner | null>((resolve, reject) => {
    manager
      .request(jobLockName(jobId), { ifAvailable: true }, async (lock) => {
        if (!lock) return resolve(null)
        let release = () => undefined as void
        const held = new Promise<void>((done) => (release = done))
        try {
          const job = await load()
          if (!job) return resolve(null)
          resolve(findRunner(jobId) ?? register(job, journal, release))
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)))
          return
        }
        await held
      })
      .catch(reject)
  })
}

function register(job: Job, journal: Journal, release: () => void): JobRunner {
  const runner = new JobRunner(job, { api: createBulkApi(), journal })
  runners.set(job.id, { runner, release })
  changed()
  return runner
}

/** Drops this tab's runner of a deleted job and lets its lock go. */
export function forgetRunner(jobId: string) {
  const entry = runners.get(jobId)
  if (!entry) return
  runners.delete(jobId)
  entry.runner.dispose()
  entry.release()
  changed()
}

function idle(runner: JobRunner): Promise<void> {
  return new Promise((resolve) => {
    const check = () => {
      if (runner.getSnapshot().in_flight > 0) return
      unsubscribe()
      resolve()
    }
    const unsubscribe = runner.subscribe(check)
    check()
  })
}

/**
 * Before a sign-out takes the key away: pauses every job this tab runs, waits for the datasets
 * in hand (their writes still carry the key) and the journal, then lets the jobs go, so the
 * account can resume them from any tab once signed in again.
 */
export async function releaseAll(): Promise<void> {
  await Promise.all(
    [...runners.entries()].map(async ([jobId, { runner }]) => {
      runner.pause()
      await idle(runner)
      await runner.flush()
      forgetRunner(jobId)
    }),
  )
}
