// idb knows IndexedDB objects by the global classes (IDBRequest…), which jsdom lacks.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { makeDataset } from './dataset-fixture.test-helper'
import { createJob, headerOf, type Job } from './job'
import { openJournal, type Journal } from './journal'
import { buildPlan } from './plan'
import { claimRunner, findRunner, forgetRunner, isRunElsewhere, jobLockName } from './runners'

/**
 * The Web Locks API as one browser has it, reduced to what runners.ts uses: exclusive locks,
 * `ifAvailable`, `query()`. `holdElsewhere` stands for another tab taking a lock.
 */
class FakeLocks {
  readonly held = new Set<string>()

  async request(
    name: string,
    _options: { ifAvailable: boolean },
    callback: (lock: { name: string } | null) => Promise<unknown>,
  ): Promise<unknown> {
    if (this.held.has(name)) return callback(null)
    this.held.add(name)
    try {
      return await callback({ name })
    } finally {
      this.held.delete(name)
    }
  }

  query() {
    return Promise.resolve({ held: [...this.held].map((name) => ({ name })), pending: [] })
  }

  holdElsewhere(name: string): () => void {
    this.held.add(name)
    return () => this.held.delete(name)
  }
}

function newJob(): Job {
  return {
    ...createJob({
      plan: buildPlan({ kind: 'add-tags', tags: ['x'] }, [makeDataset()]),
      instance: 'http://sandbox.test',
      organizationId: 'org',
    }),
    userId: 'u-alice',
  }
}

describe('one runner per job in the browser', () => {
  let locks: FakeLocks
  let journal: Journal
  const claimed: string[] = []

  beforeEach(async () => {
    locks = new FakeLocks()
    vi.stubGlobal('navigator', { locks })
    journal = await openJournal({ factory: new IDBFactory() })
  })

  afterEach(() => {
    for (const jobId of claimed.splice(0)) forgetRunner(jobId)
    vi.unstubAllGlobals()
  })

  it('holds the job’s lock for the life of its runner, and lets it go when forgotten', async () => {
    const job = newJob()
    const runner = await claimRunner(job.id, journal, () => Promise.resolve(job))
    claimed.push(job.id)
    expect(runner?.getSnapshot().job.id).toBe(job.id)
    expect(locks.held.has(jobLockName(job.id))).toBe(true)
    // Asked again, this tab keeps the same runner.
    expect(await claimRunner(job.id, journal, () => Promise.resolve(job))).toBe(runner)
    expect(await isRunElsewhere(job.id)).toBe(false)

    forgetRunner(job.id)
    await vi.waitFor(() => expect(locks.held.has(jobLockName(job.id))).toBe(false))
    expect(findRunner(job.id)).toBeUndefined()
  })

  it('refuses a job another tab holds, and takes it from the journal once that tab is gone', async () => {
    const job = newJob()
    await journal.saveJob(job)
    const otherTabCloses = locks.holdElsewhere(jobLockName(job.id))
    const load = vi.fn(() => journal.loadJob(job.id))

    expect(await isRunElsewhere(job.id)).toBe(true)
    expect(await claimRunner(job.id, journal, load)).toBeNull()
    // The job is read only once the lock is ours: the other tab may still be writing it.
    expect(load).not.toHaveBeenCalled()

    // The other tab paused it before closing; this tab starts from what it wrote.
    await journal.saveHeader({ ...headerOf(job), state: 'paused' })
    otherTabCloses()
    expect(await isRunElsewhere(job.id)).toBe(false)
    const runner = await claimRunner(job.id, journal, load)
    claimed.push(job.id)
    expect(load).toHaveBeenCalledTimes(1)
    expect(runner?.getSnapshot().state).toBe('paused')
  })
})
