import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { JobRunner } from './apply'
import { createFakeApi, makeDataset } from './fake-bulk-api.test-helper'
import { createJob, isInterrupted } from './job'
import { openJournal } from './journal'
import { buildPlan } from './plan'

function scope(organization_id = 'org') {
  return { instance: 'http://sandbox.test', organization_id }
}

describe('journal', () => {
  it('saves a job and reads it back in preview order, listed per instance and organization', async () => {
    const factory = new IDBFactory()
    const journal = await openJournal({ factory })
    const datasets = [makeDataset({ id: 'zzz' }), makeDataset({ id: 'aaa' })]
    const job = createJob({
      plan: buildPlan({ kind: 'add-tags', tags: ['abc'] }, datasets),
      ...scope(),
    })
    await journal.saveJob(job)
    const other = createJob({ plan: buildPlan({ kind: 'delete' }, datasets), ...scope('other') })
    await journal.saveJob(other)

    const loaded = await journal.loadJob(job.id)
    expect(loaded?.items.map((item) => item.dataset_id)).toEqual(['zzz', 'aaa'])
    expect(loaded?.operation).toEqual({ kind: 'add-tags', tags: ['abc'] })
    expect((await journal.listJobs(scope())).map((header) => header.id)).toEqual([job.id])
    expect(await journal.listJobs({ ...scope(), instance: 'https://www.data.gouv.fr' })).toEqual([])

    await journal.deleteJob(job.id)
    expect(await journal.loadJob(job.id)).toBeUndefined()
    expect((await journal.loadJob(other.id))?.items).toHaveLength(2)
  })

  it('keeps every status as the job runs, so a new tab can resume where the old one died', async () => {
    const factory = new IDBFactory()
    const datasets = Array.from({ length: 10 }, () => makeDataset({ tags: ['env'] }))
    const fake = createFakeApi(datasets, { latencyMs: 3 })
    const journal = await openJournal({ factory })
    const job = createJob({
      plan: buildPlan({ kind: 'add-tags', tags: ['bus'] }, datasets),
      ...scope(),
    })
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
    const [header] = await reopened.listJobs(scope())
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
