// idb knows IndexedDB objects by the global classes (IDBRequest…), which jsdom lacks.
import 'fake-indexeddb/auto'
import { IDBFactory } from 'fake-indexeddb'
import { describe, expect, it } from 'vitest'
import { JobRunner } from './apply'
import { startBulkSandbox } from './bulk-sandbox.test-helper'
import { createJob } from './job'
import { openJournal, type Journal } from './journal'
import { buildPlan } from './plan'

/** The journal, counting its item transactions. */
function counting(journal: Journal) {
  const counted = { transactions: 0 }
  const wrapped: Journal = {
    ...journal,
    saveItems: (jobId, items) => {
      counted.transactions += 1
      return journal.saveItems(jobId, items)
    },
  }
  return { journal: wrapped, counted }
}

describe('journal batching', () => {
  it('has the "write started" mark on disk before each PUT, and batches the results', async () => {
    const fake = startBulkSandbox()
    const datasets = await fake.makeDatasets(Array.from({ length: 40 }, () => ({ tags: ['env'] })))
    await fake.setFaults({ latency_ms: 2 })
    const journal = await openJournal({ factory: new IDBFactory() })
    const { journal: watched, counted } = counting(journal)
    const job = createJob({
      plan: buildPlan({ kind: 'add-tags', tags: ['bus'] }, datasets),
      instance: 'http://sandbox.test',
      organizationId: 'org',
    })
    await journal.saveJob(job)

    // What the journal holds when each PUT leaves, read before the sandbox answers it.
    const markedBeforePut: boolean[] = []
    const api = {
      ...fake.api,
      putDataset: async (...args: Parameters<typeof fake.api.putDataset>) => {
        const saved = await journal.loadJob(job.id)
        const item = saved?.items.find((candidate) => candidate.dataset_id === args[0].id)
        markedBeforePut.push(item?.write_started === true)
        return fake.api.putDataset(...args)
      },
    }
    const runner = new JobRunner(job, { api, journal: watched, concurrency: 4 })
    const done = await runner.start()
    runner.dispose()

    expect(done.counts.done).toBe(40)
    expect(markedBeforePut).toHaveLength(40)
    expect(markedBeforePut.every(Boolean)).toBe(true)
    // One awaited transaction per write started; the 40 results ride along or share batches.
    expect(counted.transactions).toBeLessThan(2 * 40)
    const final = await journal.loadJob(job.id)
    expect(final?.state).toBe('finished')
    expect(final?.items.every((item) => item.status === 'done' && item.written)).toBe(true)
  })
})
