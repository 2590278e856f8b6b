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

function scope(organization_id = 'org') {
  return { instance: 'http://sandbox.test', organization_id }
}

function ownedJob(plan: Plan, organization_id = 'org', user_id = 'u-alice', now?: string): Job {
  return { ...createJob({ plan, ...scope(organization_id), ...(now ? { now } : {}) }), user_id }
}

/** The journal's view of the account that owns the jobs of `scope()`. */
function owner(organization_id = 'org', user_id = 'u-alice') {
  return { ...scope(organization_id), user_id }
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
    const everywhere = { instance: scope().instance, user_id: 'u-alice' }
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
    const alice = { instance: scope().instance, user_id: 'u-alice' }
    expect((await journal.listJobs(alice)).map((job) => job.id).sort()).toEqual(
      [oldPaused.id, recentFinished.id].sort(),
    )
  })
})
