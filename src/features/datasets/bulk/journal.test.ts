// idb knows IndexedDB objects by the global classes (IDBRequest…), which jsdom lacks.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { JobRunner } from './apply'
import { startBulkSandbox } from './bulk-sandbox.test-helper'
import { makeDataset } from './dataset-fixture.test-helper'
import { createJob, isInterrupted, type Job } from './job'
import { openJournal } from './journal'
import { buildPlan, type Plan } from './plan'

function scope(organizationId = 'org') {
  return { instance: 'http://sandbox.test', organizationId }
}

function ownedJob(plan: Plan, organizationId = 'org', userId = 'u-alice', now?: string): Job {
  return { ...createJob({ plan, ...scope(organizationId), ...(now ? { now } : {}) }), userId }
}

/** The journal's view of the account that owns the jobs of `scope()`. */
function owner(organizationId = 'org', userId = 'u-alice') {
  return { ...scope(organizationId), userId }
}

describe('journal', () => {
  it('saves a job and reads it back in preview order, listed per instance and organization', async () => {
    const factory = new IDBFactory()
    const journal = await openJournal({ factory })
    const datasets = [makeDataset({ id: 'zzz' }), makeDataset({ id: 'aaa' })]
    const job = ownedJob(buildPlan({ kind: 'add-tags', tags: ['abc'] }, datasets))
    await journal.saveJob(job)
    const other = ownedJob(buildPlan({ kind: 'delete' }, datasets), 'other')
    await journal.saveJob(other)

    const loaded = await journal.loadJob(job.id)
    expect(loaded?.items.map((item) => item.dataset_id)).toEqual(['zzz', 'aaa'])
    expect(loaded?.operation).toEqual({ kind: 'add-tags', tags: ['abc'] })
    expect((await journal.listJobs(owner())).map((header) => header.id)).toEqual([job.id])
    expect(await journal.listJobs({ ...owner(), instance: 'https://www.data.gouv.fr' })).toEqual([])

    await journal.deleteJob(job.id)
    expect(await journal.loadJob(job.id)).toBeUndefined()
    expect((await journal.loadJob(other.id))?.items).toHaveLength(2)
  })

  it('keeps every status as the job runs, so a new tab can resume where the old one died', async () => {
    const factory = new IDBFactory()
    const fake = startBulkSandbox()
    const datasets = await fake.makeDatasets(Array.from({ length: 10 }, () => ({ tags: ['env'] })))
    await fake.setFaults({ latency_ms: 3 })
    const journal = await openJournal({ factory })
    const job = ownedJob(buildPlan({ kind: 'add-tags', tags: ['bus'] }, datasets))
    await journal.saveJob(job)

    const first = new JobRunner(job, {
      api: fake.api,
      journal,
      concurrency: 2,
      notify_interval_ms: 0,
      heartbeat_interval_ms: 10,
    })
    fake.onCall(() => {
      if (fake.calls.length === 9) first.pause()
    })
    await first.start()
    await first.flush()
    first.dispose()
    journal.close()

    // "Reload": a new connection to the same database, nothing carried over in memory.
    const reopened = await openJournal({ factory })
    const [header] = await reopened.listJobs(owner())
    expect(header?.state).toBe('paused')
    const saved = await reopened.loadJob(job.id)
    const doneBefore = saved!.items.filter((item) => item.status === 'done')
    expect(doneBefore.length).toBeGreaterThan(0)
    expect(doneBefore.length).toBeLessThan(10)
    expect(doneBefore[0]?.written).toEqual({ tags: ['bus', 'env'] })

    const putsBefore = fake.calls.filter((call) => call.method === 'PUT').length
    const resumed = await new JobRunner(saved!, {
      api: fake.api,
      journal: reopened,
      notify_interval_ms: 0,
    }).start()
    expect(resumed.counts.done).toBe(10)
    // Only the datasets not done yet were written again.
    expect(fake.calls.filter((call) => call.method === 'PUT').length - putsBefore).toBe(
      10 - doneBefore.length,
    )
    const final = await reopened.loadJob(job.id)
    expect(final?.state).toBe('finished')
    expect(final?.items.every((item) => item.status === 'done')).toBe(true)
  })

  it('tells an interrupted job (running, no heartbeat) from a live one', () => {
    const job = createJob({ plan: buildPlan({ kind: 'delete' }, [makeDataset()]), ...scope() })
    const now = Date.parse('2026-01-01T00:00:30Z')
    expect(
      isInterrupted({ ...job, state: 'running', heartbeat_at: '2026-01-01T00:00:25Z' }, now),
    ).toBe(false)
    expect(
      isInterrupted({ ...job, state: 'running', heartbeat_at: '2026-01-01T00:00:00Z' }, now),
    ).toBe(true)
    expect(
      isInterrupted({ ...job, state: 'finished', heartbeat_at: '2026-01-01T00:00:00Z' }, now),
    ).toBe(false)
  })
})

describe('journal owners', () => {
  it('lists and keeps apart the jobs of each account on each instance', async () => {
    const journal = await openJournal({ factory: new IDBFactory() })
    const plan = buildPlan({ kind: 'delete' }, [makeDataset()])
    const alice = ownedJob(plan)
    const bob = ownedJob(plan, 'org', 'u-bob')
    const aliceElsewhere = ownedJob(plan, 'org2')
    await journal.saveJob(alice)
    await journal.saveJob(bob)
    await journal.saveJob(aliceElsewhere)
    expect((await journal.listJobs(owner())).map((job) => job.id)).toEqual([alice.id])
    expect((await journal.listJobs(owner('org', 'u-bob'))).map((job) => job.id)).toEqual([bob.id])
    const everywhere = { instance: scope().instance, userId: 'u-alice' }
    expect((await journal.listJobs(everywhere)).map((job) => job.id).sort()).toEqual(
      [alice.id, aliceElsewhere.id].sort(),
    )
  })

  it('gives jobs journaled before owners existed to the first member who lists them, once', async () => {
    const journal = await openJournal({ factory: new IDBFactory() })
    const orphan = createJob({ plan: buildPlan({ kind: 'delete' }, [makeDataset()]), ...scope() })
    await journal.saveJob(orphan)
    expect(await journal.listJobs(owner())).toEqual([])
    await journal.adoptOrphans(owner())
    expect((await journal.listJobs(owner())).map((job) => job.id)).toEqual([orphan.id])
    // Adopted means owned: the next account finds nothing left to adopt.
    await journal.adoptOrphans(owner('org', 'u-bob'))
    expect(await journal.listJobs(owner('org', 'u-bob'))).toEqual([])
    expect((await journal.loadJob(orphan.id))?.items).toHaveLength(1)
  })

  it('prunes finished and cancelled jobs older than the date, with their items, and nothing else', async () => {
    const journal = await openJournal({ factory: new IDBFactory() })
    const plan = buildPlan({ kind: 'delete' }, [makeDataset(), makeDataset()])
    const old = '2026-01-01T00:00:00.000Z'
    const oldFinished = { ...ownedJob(plan, 'org', 'u-alice', old), state: 'finished' as const }
    const oldCancelled = { ...ownedJob(plan, 'org', 'u-bob', old), state: 'cancelled' as const }
    const oldPaused = { ...ownedJob(plan, 'org', 'u-alice', old), state: 'paused' as const }
    const recentFinished = {
      ...ownedJob(plan, 'org', 'u-alice', '2026-02-15T00:00:00.000Z'),
      state: 'finished' as const,
    }
    for (const job of [oldFinished, oldCancelled, oldPaused, recentFinished])
      await journal.saveJob(job)
    await journal.pruneClosed('2026-02-01T00:00:00.000Z')
    expect(await journal.loadJob(oldFinished.id)).toBeUndefined()
    expect(await journal.loadJob(oldCancelled.id)).toBeUndefined()
    expect((await journal.loadJob(oldPaused.id))?.items).toHaveLength(2)
    expect((await journal.loadJob(recentFinished.id))?.items).toHaveLength(2)
    const alice = { instance: scope().instance, userId: 'u-alice' }
    expect((await journal.listJobs(alice)).map((job) => job.id).sort()).toEqual(
      [oldPaused.id, recentFinished.id].sort(),
    )
  })
})

describe('journal upgrade', () => {
  it('renames the headers of a version 1 journal to camelCase, and lists them by the new index', async () => {
    const factory = new IDBFactory()
    // A journal as version 1 wrote it: snake_case header fields, the scope index on them.
    const old = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = factory.open('udata-console-bulk', 1)
      request.onupgradeneeded = () => {
        const jobs = request.result.createObjectStore('jobs', { keyPath: 'id' })
        jobs.createIndex('by_scope', ['instance', 'organization_id'])
        const items = request.result.createObjectStore('items', {
          keyPath: ['job_id', 'dataset_id'],
        })
        items.createIndex('by_job', 'job_id')
      }
      request.onsuccess = () => resolve(request.result)
      request.onerror = () => reject(request.error ?? new Error('open failed'))
    })
    const job = ownedJob(buildPlan({ kind: 'add-tags', tags: ['abc'] }, [makeDataset({ id: 'a' })]))
    const { items, organizationId, userId, ...rest } = job
    const header = {
      ...rest,
      organization_id: organizationId,
      user_id: userId,
      reverts_job_id: 'job-0',
      reverted_by_job_id: 'job-2',
    }
    await new Promise<void>((resolve, reject) => {
      const transaction = old.transaction(['jobs', 'items'], 'readwrite')
      transaction.objectStore('jobs').put(header)
      for (const item of items) transaction.objectStore('items').put({ ...item, job_id: job.id })
      transaction.oncomplete = () => resolve()
      transaction.onerror = () => reject(transaction.error ?? new Error('write failed'))
    })
    old.close()

    const journal = await openJournal({ factory })
    const loaded = await journal.loadJob(job.id)
    expect(loaded).toMatchObject({
      organizationId: 'org',
      userId: 'u-alice',
      revertsJobId: 'job-0',
      revertedByJobId: 'job-2',
    })
    expect(loaded).not.toHaveProperty('organization_id')
    expect(loaded).not.toHaveProperty('user_id')
    expect(loaded).not.toHaveProperty('reverts_job_id')
    expect(loaded).not.toHaveProperty('reverted_by_job_id')
    expect(loaded?.items).toEqual(items)
    expect((await journal.listJobs(owner())).map((listed) => listed.id)).toEqual([job.id])
    journal.close()
  })
})
