import pLimit, { type LimitFunction } from 'p-limit'
import { ApiError } from '@/api/client'
import { backoffMs, defaultRetries, isAbortError, isTransient } from '@/api/retry'
import { onSessionExpired, whenReconnected } from '@/api/session-expiry'
import type { DatasetChanges } from '@/features/datasets/dataset-payload'
import {
  differingFields,
  readFields,
  toPutChanges,
  type BulkField,
  type DatasetSource,
} from './fields'
import {
  countItems,
  headerOf,
  isRetryable,
  type Job,
  type JobHeader,
  type JobItem,
  type JobState,
  type PauseReason,
} from './job'
import type { Journal } from './journal'
import { RequestSlots } from './request-slots'

/** The three calls the runner makes; bulk-api.ts binds them to apiFetch, tests to fakes. */
export type BulkApi = {
  getDataset(datasetId: string, signal?: AbortSignal): Promise<DatasetSource>
  /** A full udata-safe PUT of `fresh` with `changes` over it (never `resources`). */
  putDataset(
    fresh: DatasetSource,
    changes: DatasetChanges,
    signal?: AbortSignal,
  ): Promise<DatasetSource>
  deleteDataset(datasetId: string, signal?: AbortSignal): Promise<void>
}

export type Progress = {
  total: number
  /** Items this job still has to write or has written (not unchanged/skipped from the start). */
  to_process: number
  processed: number
  counts: Record<JobItem['status'], number>
  /** Datasets per second over the recent window; null until two have finished. */
  rate: number | null
  remaining_ms: number | null
  /** Set while a 429 holds every worker back. */
  waiting_until: number | null
}

export type RunnerSnapshot = {
  job: Job
  state: JobState
  concurrency: number
  in_flight: number
  progress: Progress
  /** A journal write failed (quota, private mode): the job still runs but may not survive a reload. */
  journal_error: string | null
  /** Loaded as `running` from the journal: its tab died mid-job; cleared once started again. */
  interrupted: boolean
}

export type RunnerOptions = {
  api: BulkApi
  journal?: Journal
  concurrency?: number
  /** Attempts per dataset for 5xx and network errors. */
  max_attempts?: number
  /** 429 answers are waited out this many times per dataset before it fails. */
  max_rate_limited?: number
  base_backoff_ms?: number
  max_backoff_ms?: number
  /** Milliseconds between snapshots sent to subscribers (0 = every change). */
  notify_interval_ms?: number
  /**
   * Milliseconds an item's new status may wait to be journaled with others (see `persistItems`);
   * the "write started" mark never waits.
   */
  journal_batch_ms?: number
  heartbeat_interval_ms?: number
  /** Longest wait between two probes of a server that stopped answering. */
  max_probe_delay_ms?: number
  /** Resolves once the user has reconnected after a 401 (rejects if they signed out). */
  whenReconnected?: () => Promise<void>
  /**
   * Tells when the session's key is refused anywhere: reads wait for the new key inside the API
   * layer, so without this a job whose reads met the 401 would look running while stuck.
   */
  onSessionExpired?: (listener: () => void) => () => void
  now?: () => number
  random?: () => number
}

export const minConcurrency = 1
export const maxConcurrency = 8

export function clampConcurrency(value: number): number {
  return Math.min(maxConcurrency, Math.max(minConcurrency, Math.round(value) || minConcurrency))
}

/** Gateways answer HTML error pages (nginx 502/503): keep their title, not the markup. */
function readable(message: string): string {
  if (!message.includes('<')) return message
  const title = /<title>([^<]*)<\/title>/i.exec(message)?.[1]
  return (title ?? message.replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim()
}

function messageOf(error: unknown): string {
  if (error instanceof ApiError) {
    const text =
      typeof error.body === 'string' && /<title>/i.test(error.body)
        ? readable(error.body)
        : readable(error.message)
    return text.startsWith(String(error.status)) ? text : `${error.status} — ${text}`
  }
  if (error instanceof Error) return error.message
  return String(error)
}

class Stopped extends Error {}

/**
 * Datasets in hand per request slot: one with its request in flight, one waiting on its journal
 * mark (or its backoff) meanwhile, so that the slot does not wait with it.
 */
const inHandPerSlot = 2

/**
 * Applies a job: per dataset, GET again, compare the touched fields with the preview's
 * "before" (a difference is a conflict, not written), then one full PUT (or DELETE).
 * Bounded concurrency (requests in flight, `request-slots.ts`), 429 `Retry-After` honoured for
 * every worker, 5xx/network backoff, pause/resume/cancel, and every status change journaled
 * before it is shown.
 */
export class JobRunner {
  private job: Job
  private readonly options: Required<Omit<RunnerOptions, 'journal'>> & { journal?: Journal }
  private state: JobState
  private concurrency: number
  /**
   * Hands out the datasets in hand (`inHandPerSlot` per request slot), first come first served.
   * Every pending item of a run waits here for its turn; a pause or a cancel drops those still
   * waiting (they stay `pending`).
   */
  private readonly limit: LimitFunction
  /** The `concurrency` requests in flight that the datasets in hand share. */
  private readonly slots: RequestSlots
  /** Items handed to `limit` by this run and not settled yet. */
  private scheduled = 0
  /**
   * Items being processed (the snapshot's `in_flight`): a resume before they are done must not
   * queue them twice.
   */
  private readonly inHand = new Set<number>()
  private readonly listeners = new Set<() => void>()
  private snapshot: RunnerSnapshot | null = null
  private notifyTimer: ReturnType<typeof setTimeout> | null = null
  private heartbeatTimer: ReturnType<typeof setInterval> | null = null
  private completions: number[] = []
  private waitingUntil = 0
  private wake = new Set<() => void>()
  private runPromise: Promise<Job> | null = null
  private journalError: string | null = null
  private pendingWrites = new Set<Promise<void>>()
  /** Positions in `job.items` of items whose latest version is not journaled yet. */
  private unsaved = new Set<number>()
  private batchTimer: ReturnType<typeof setTimeout> | null = null

  constructor(job: Job, options: RunnerOptions) {
    this.options = {
      concurrency: 4,
      max_attempts: defaultRetries + 1,
      max_rate_limited: 8,
      base_backoff_ms: 500,
      max_backoff_ms: 15_000,
      notify_interval_ms: 100,
      journal_batch_ms: 100,
      heartbeat_interval_ms: 3_000,
      max_probe_delay_ms: 30_000,
      whenReconnected,
      onSessionExpired,
      now: () => Date.now(),
      random: Math.random,
      ...options,
    }
    this.job = { ...job, items: job.items.map((item) => ({ ...item })) }
    this.concurrency = clampConcurrency(options.concurrency ?? job.concurrency)
    this.limit = pLimit({ concurrency: this.concurrency * inHandPerSlot, rejectOnClear: true })
    this.slots = new RequestSlots(this.concurrency)
    this.interrupted = job.state === 'running'
    this.state = job.state === 'running' ? 'paused' : job.state
  }

  private interrupted: boolean

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  getSnapshot = (): RunnerSnapshot => {
    this.snapshot ??= {
      job: { ...this.job, items: [...this.job.items], counts: countItems(this.job.items) },
      state: this.state,
      concurrency: this.concurrency,
      in_flight: this.inHand.size,
      progress: this.progress(),
      journal_error: this.journalError,
      interrupted: this.interrupted,
    }
    return this.snapshot
  }

  /** Runs every pending item; resolves when none is left, or on pause/cancel once idle. */
  start(): Promise<Job> {
    if (this.state === 'running' && this.runPromise) return this.runPromise
    const pending = this.job.items
      .map((item, index) => (item.status === 'pending' && !this.inHand.has(index) ? index : -1))
      .filter((index) => index >= 0)
    this.completions = []
    this.interrupted = false
    // A resume, by the user or by the end of a hold, ends the hold.
    this.hold = null
    delete this.job.pause_reason
    this.setState('running')
    this.startHeartbeat()
    this.stopWatchingSession?.()
    this.stopWatchingSession = this.options.onSessionExpired(() =>
      this.holdFor('session-expired', () => this.options.whenReconnected()),
    )
    this.runPromise = this.runItems(pending)
    return this.runPromise
  }

  /** Workers finish the dataset in hand, then wait. */
  pause() {
    if (this.state !== 'running') return
    this.setState('paused')
  }

  resume(): Promise<Job> {
    if (this.state === 'running' && this.runPromise) return this.runPromise
    return this.start()
  }

  /**
   * Stops for good: unstarted items become `skipped (cancelled)`; the datasets in hand finish,
   * because an interrupted PUT would leave us unsure of what was written.
   */
  cancel(): Promise<Job> {
    if (this.state === 'finished' || this.state === 'cancelled') return Promise.resolve(this.job)
    const wasRunning = this.state === 'running' && this.runPromise
    this.setState('cancelled')
    this.wakeAll()
    if (!wasRunning) {
      this.skipPending()
      return this.persistAll().then(() => this.job)
    }
    return this.runPromise ?? Promise.resolve(this.job)
  }

  /** Queues failed (and cancelled) items again and runs them. */
  retryFailed(): Promise<Job> {
    const retried: number[] = []
    this.job.items = this.job.items.map((item, index) => {
      if (!isRetryable(item)) return item
      const next: JobItem = { ...item, status: 'pending', attempts: 0 }
      delete next.message
      delete next.skip_reason
      retried.push(index)
      return next
    })
    this.job.counts = countItems(this.job.items)
    this.persistItems(retried)
    this.changed()
    return this.start()
  }

  setConcurrency(value: number) {
    this.concurrency = clampConcurrency(value)
    this.job.concurrency = this.concurrency
    // Raised, the items waiting start at once; lowered, slots close as datasets finish.
    this.limit.concurrency = this.concurrency * inHandPerSlot
    this.slots.resize(this.concurrency)
    this.persistHeader()
    this.changed()
  }

  /** Records a link to another job (its revert) on this one, in memory and in the journal. */
  annotate(patch: Pick<JobHeader, 'revertedByJobId'>) {
    Object.assign(this.job, patch)
    this.persistHeader()
    this.changed(true)
  }

  /** Waits for journal writes in flight (tests, and before leaving the page). */
  async flush(): Promise<void> {
    void this.saveUnsaved()
    while (this.pendingWrites.size > 0) await Promise.all([...this.pendingWrites])
  }

  dispose() {
    // Only a deleted job's runner is disposed before its run has flushed: writing its batch
    // now would leave items without a job in the journal.
    if (this.batchTimer) clearTimeout(this.batchTimer)
    this.unsaved.clear()
    this.stopHeartbeat()
    this.stopWatchingSession?.()
    if (this.notifyTimer) clearTimeout(this.notifyTimer)
    this.listeners.clear()
  }

  private runResolve: ((job: Job) => void) | null = null

  private runItems(indexes: number[]): Promise<Job> {
    return new Promise<Job>((resolve) => {
      this.runResolve = resolve
      this.persistHeader()
      for (const index of indexes) this.schedule(index)
      this.maybeSettle()
    })
  }

  private schedule(index: number) {
    this.scheduled += 1
    this.limit(() => this.runItem(index))
      // Dropped from the queue by a pause or a cancel: the item is still pending.
      .catch(() => undefined)
      .finally(() => {
        this.scheduled -= 1
        this.maybeSettle()
      })
  }

  private async runItem(index: number): Promise<void> {
    if (this.state !== 'running') return
    this.inHand.add(index)
    this.changed()
    try {
      await this.processItem(index)
    } finally {
      this.inHand.delete(index)
      this.changed()
      // Stopped by a pause that a resume undid while it was in hand: the resumed run left it
      // out (see `start`), so it queues again now.
      if (this.state === 'running' && this.job.items[index]?.status === 'pending')
        this.schedule(index)
    }
  }

  private maybeSettle() {
    if (this.scheduled > 0 || !this.runResolve) return
    if (this.state === 'running' || this.state === 'cancelled') {
      if (this.state === 'cancelled') this.skipPending()
      else this.setState('finished')
    }
    const resolve = this.runResolve
    this.runResolve = null
    this.runPromise = null
    this.stopHeartbeat()
    this.stopWatchingSession?.()
    this.stopWatchingSession = null
    this.changed(true)
    void this.persistAll().then(() => resolve(this.job))
  }

  private skipPending() {
    const skipped: number[] = []
    this.job.items = this.job.items.map((item, index) => {
      if (item.status !== 'pending') return item
      skipped.push(index)
      return { ...item, status: 'skipped', skip_reason: 'cancelled' }
    })
    this.job.counts = countItems(this.job.items)
    this.persistItems(skipped)
  }

  private async processItem(index: number): Promise<void> {
    let transientFailures = 0
    let rateLimited = 0
    for (;;) {
      const item = this.job.items[index]
      if (!item) return
      try {
        const outcome = await this.attempt(item, index)
        this.update(index, { ...outcome, finished_at: new Date(this.options.now()).toISOString() })
        this.completions.push(this.options.now())
        return
      } catch (error) {
        if (error instanceof Stopped || isAbortError(error)) {
          // Not written (or already recorded by write_started): still pending, for a resume.
          if (this.state === 'cancelled' || this.state === 'paused') return
        }
        const attempts = (this.job.items[index]?.attempts ?? 0) + 1
        if (
          error instanceof ApiError &&
          error.status === 429 &&
          rateLimited < this.options.max_rate_limited
        ) {
          rateLimited += 1
          this.closeGate(error.retryAfterMs ?? this.backoff(rateLimited))
          this.update(index, { attempts })
          continue
        }
        if (isTransient(error) && transientFailures + 1 < this.options.max_attempts) {
          transientFailures += 1
          this.update(index, { attempts, message: messageOf(error) })
          try {
            await this.sleep(this.backoff(transientFailures))
          } catch {
            return
          }
          continue
        }
        if (error instanceof ApiError && error.status === 401) {
          // Refused before udata did anything: the item is not failed, it waits for a new key.
          this.update(index, { attempts })
          this.holdFor('session-expired', () => this.options.whenReconnected())
          return
        }
        if (isTransient(error) && (this.hold || !(await this.serverAnswers(item.dataset_id)))) {
          // The server is down, not this dataset: wait it out rather than fail every item.
          this.update(index, { attempts, message: messageOf(error) })
          this.holdFor('server-unavailable', () => this.waitForServer(item.dataset_id))
          return
        }
        this.update(index, {
          status: 'failed',
          attempts,
          message: messageOf(error),
          finished_at: new Date(this.options.now()).toISOString(),
        })
        this.completions.push(this.options.now())
        return
      }
    }
  }

  /** One GET → compare → write round. Throws on API errors; returns the item's outcome. */
  private async attempt(item: JobItem, index: number): Promise<Partial<JobItem>> {
    const { api } = this.options
    const fresh = await this.request('read', () => api.getDataset(item.dataset_id))
    const current = readFields(fresh, item.touched)
    if (differingFields(current, item.after, item.touched).length === 0) {
      // Already as wanted: ours if a write of ours may have landed before a crash or cut.
      return item.write_started
        ? { status: 'done', written: current, message: undefined }
        : { status: 'unchanged', message: undefined }
    }
    const conflicts = differingFields(current, item.before, item.touched)
    if (conflicts.length > 0) return { status: 'conflict', message: conflicts.join(', ') }
    if (this.state !== 'running') throw new Stopped()

    this.update(index, { write_started: true })
    await this.persistNow(index)
    const written = await this.write(fresh, item.touched, item)
    return { status: 'done', written, message: undefined }
  }

  private async write(fresh: DatasetSource, touched: BulkField[], item: JobItem) {
    const { api } = this.options
    if (item.after.deleted) {
      await this.request('write', () => api.deleteDataset(item.dataset_id))
      return { deleted: new Date(this.options.now()).toISOString() }
    }
    const changes = toPutChanges(fresh, item.after)
    // A PUT on a deleted dataset is refused (410) unless it restores it.
    if (touched.includes('deleted') && item.after.deleted === null) changes.deleted = null
    const saved = await this.request('write', () => api.putDataset(fresh, changes))
    return readFields(saved, touched)
  }

  private backoff(attempt: number): number {
    return backoffMs(attempt, {
      baseMs: this.options.base_backoff_ms,
      maxMs: this.options.max_backoff_ms,
      random: this.options.random,
    })
  }

  private hold: Promise<void> | null = null
  private stopWatchingSession: (() => void) | null = null

  /**
   * Pauses a running job itself, with its reason journaled, until `until` resolves; then resumes
   * it, unless the user cancelled or resumed it meanwhile. One hold at a time: workers that
   * meet the same trouble just put their dataset back in the queue.
   */
  private holdFor(reason: PauseReason, until: () => Promise<void>) {
    // A job the user paused or cancelled stays as they left it: only a running job is held.
    if (this.hold || this.state !== 'running') return
    this.job.pause_reason = reason
    this.setState('paused')
    const hold = until()
      // Workers finish the dataset in hand first: a resume before that would run it twice.
      .then(() => this.runPromise)
      .then(
        () => {
          if (this.hold !== hold || this.state !== 'paused' || this.job.pause_reason !== reason)
            return
          this.hold = null
          void this.start()
        },
        // Signed out instead of reconnecting: the job stays paused, resumable later.
        () => undefined,
      )
    this.hold = hold
  }

  /** One GET: does the server answer at all, whatever this dataset's write met? */
  private async serverAnswers(datasetId: string): Promise<boolean> {
    try {
      // Neither gated nor in a slot: a held job's probes must go out, and a probe asks whether
      // the server answers at all, right after a failure (the slots are its datasets' requests).
      await this.options.api.getDataset(datasetId)
      return true
    } catch (error) {
      return !isTransient(error)
    }
  }

  /** Probes with a growing delay (capped) until the server answers. */
  private async waitForServer(datasetId: string): Promise<void> {
    for (let probe = 1; ; probe++) {
      await new Promise((resolve) =>
        setTimeout(
          resolve,
          backoffMs(probe, {
            baseMs: this.options.base_backoff_ms,
            maxMs: this.options.max_probe_delay_ms,
            random: this.options.random,
          }),
        ),
      )
      if (this.job.pause_reason !== 'server-unavailable') return
      if (await this.serverAnswers(datasetId)) return
    }
  }

  /**
   * One request in one of the `concurrency` slots, once a 429's wait is over: it holds every
   * request, those of the datasets already in hand too. Nothing is sent once the job is paused
   * or cancelled: a dataset read but not written yet stays pending (its "write started" mark
   * only says that a write may have left), and the resumed run reads it again.
   */
  private request<T>(kind: 'read' | 'write', send: () => Promise<T>): Promise<T> {
    return this.slots.run(kind, async () => {
      await this.waitForGate()
      try {
        return await send()
      } catch (error) {
        // A 429 closes the gate before its slot is handed on: otherwise the request waiting for
        // the slot leaves in the same turn, before the dataset's handler has read the 429.
        if (error instanceof ApiError && error.status === 429 && error.retryAfterMs !== undefined)
          this.closeGate(error.retryAfterMs)
        throw error
      }
    })
  }

  /** No request leaves for `ms` from now (or until a later close ends). */
  private closeGate(ms: number) {
    this.waitingUntil = Math.max(this.waitingUntil, this.options.now() + ms)
  }

  private async waitForGate() {
    for (;;) {
      if (this.state !== 'running') throw new Stopped()
      const wait = this.waitingUntil - this.options.now()
      if (wait <= 0) return
      this.changed()
      await this.sleep(wait)
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve, reject) => {
      const wake = () => {
        clearTimeout(timer)
        this.wake.delete(wake)
        reject(new Stopped())
      }
      const timer = setTimeout(() => {
        this.wake.delete(wake)
        resolve()
      }, ms)
      this.wake.add(wake)
    })
  }

  private wakeAll() {
    for (const wake of [...this.wake]) wake()
  }

  private update(index: number, patch: Partial<JobItem>) {
    const item = this.job.items[index]
    if (!item) return
    const next: JobItem = { ...item, ...patch }
    for (const key of Object.keys(patch) as Array<keyof JobItem>)
      if (patch[key] === undefined) delete next[key]
    this.job.items[index] = next
    if (patch.status) {
      // One item moved from one status to another: no need to count all of them again.
      const counts = { ...this.job.counts }
      counts[item.status] -= 1
      counts[next.status] += 1
      this.job.counts = counts
      this.persistItems([index])
    }
    this.changed()
  }

  private progress(): Progress {
    const counts = countItems(this.job.items)
    const toProcess = this.job.items.filter(
      (item) =>
        item.status === 'pending' ||
        item.finished_at !== undefined ||
        (item.status === 'skipped' && item.skip_reason === 'cancelled'),
    ).length
    const processed = toProcess - counts.pending
    const window = this.completions.slice(-30)
    const first = window[0]
    const last = window[window.length - 1]
    const rate =
      window.length >= 2 && first !== undefined && last !== undefined && last > first
        ? ((window.length - 1) * 1000) / (last - first)
        : null
    return {
      total: this.job.items.length,
      to_process: toProcess,
      processed,
      counts,
      rate,
      remaining_ms:
        rate && counts.pending > 0
          ? Math.round((counts.pending / rate) * 1000)
          : counts.pending === 0
            ? 0
            : null,
      waiting_until: this.waitingUntil > this.options.now() ? this.waitingUntil : null,
    }
  }

  private setState(state: JobState) {
    this.state = state
    this.job.state = state
    if (state === 'paused' || state === 'cancelled') {
      this.wakeAll()
      this.limit.clearQueue()
    }
    this.persistHeader()
    this.changed(true)
    if (state === 'paused') this.maybeSettle()
  }

  private changed(immediate = false) {
    this.snapshot = null
    const emit = () => {
      this.notifyTimer = null
      for (const listener of this.listeners) listener()
    }
    if (immediate || this.options.notify_interval_ms === 0) {
      if (this.notifyTimer) clearTimeout(this.notifyTimer)
      emit()
    } else {
      this.notifyTimer ??= setTimeout(emit, this.options.notify_interval_ms)
    }
  }

  private startHeartbeat() {
    this.stopHeartbeat()
    this.heartbeatTimer = setInterval(
      () => this.persistHeader(),
      this.options.heartbeat_interval_ms,
    )
  }

  private stopHeartbeat() {
    if (this.heartbeatTimer) clearInterval(this.heartbeatTimer)
    this.heartbeatTimer = null
  }

  private track(write: Promise<void>) {
    const tracked = write.catch((error: unknown) => {
      this.journalError = messageOf(error)
      this.changed()
    })
    this.pendingWrites.add(tracked)
    void tracked.finally(() => this.pendingWrites.delete(tracked))
    return tracked
  }

  private persistHeader() {
    const { journal } = this.options
    if (!journal) return
    const now = new Date(this.options.now()).toISOString()
    this.job.updated_at = now
    this.job.heartbeat_at = now
    void this.track(journal.saveHeader(headerOf(this.job)))
  }

  /**
   * Statuses that nothing waits on (an item's result after its PUT, skips, retries) are
   * journaled together, at most `journal_batch_ms` later: one IndexedDB transaction per batch
   * rather than one per item, which is CPU a shared tab does not have to spare. Losing a batch
   * to a crash loses no write: every item written has its "write started" mark on disk
   * (`persistNow`), so the resumed run reads it again, finds our values and records it done;
   * an item that was not written (conflict, failure, unchanged) is simply looked at again.
   */
  private persistItems(indexes: number[]) {
    if (!this.options.journal || indexes.length === 0) return
    for (const index of indexes) this.unsaved.add(index)
    this.batchTimer ??= setTimeout(() => void this.saveUnsaved(), this.options.journal_batch_ms)
  }

  /** Sends the batched items in one transaction (the latest version of each). */
  private saveUnsaved(): Promise<void> {
    if (this.batchTimer) clearTimeout(this.batchTimer)
    this.batchTimer = null
    const { journal } = this.options
    if (!journal || this.unsaved.size === 0) return Promise.resolve()
    const items = [...this.unsaved].flatMap((index) => this.job.items[index] ?? [])
    this.unsaved.clear()
    return this.track(journal.saveItems(this.job.id, items))
  }

  /**
   * The "write started" mark must be on disk before the write leaves: this transaction is
   * awaited. The batched items ride along in it, since a transaction is paid for anyway.
   */
  private async persistNow(index: number) {
    if (!this.options.journal) return
    this.unsaved.add(index)
    await this.saveUnsaved()
  }

  private async persistAll() {
    this.persistHeader()
    await this.flush()
  }
}
