import { beforeEach, describe, expect, it } from 'vitest'
import { JobRunner, type RunnerOptions } from './apply'
import { startBulkSandbox, type BulkSandbox, type Call } from './bulk-sandbox.test-helper'
import { createJob, type Job } from './job'
import type { Operation } from './operations'
import { buildPlan } from './plan'
import type { DatasetV2 } from '@/features/datasets/types'

function jobFor(operation: Operation, datasets: DatasetV2[], concurrency = 4): Job {
  return createJob({
    plan: buildPlan(operation, datasets),
    instance: 'http://sandbox.test',
    organizationId: 'org',
    concurrency,
  })
}

const fast: Partial<RunnerOptions> = {
  base_backoff_ms: 1,
  max_backoff_ms: 5,
  notify_interval_ms: 0,
  heartbeat_interval_ms: 50,
}

/** The sandbox's 503 as udata's JSON error rather than the gateway's page. */
const serverError = { status: 503, message: 'Service Unavailable' }

let fake: BulkSandbox
beforeEach(() => {
  fake = startBulkSandbox()
})

/** A runner of `job` against the fake, with fast retries. */
function runnerOf(job: Job, options: Partial<RunnerOptions> = {}) {
  return new JobRunner(job, { api: fake.api, ...options, ...fast })
}

/** Runs a job of `operation` on `datasets` against the fake, with fast retries, to its end. */
function runJob(operation: Operation, datasets: DatasetV2[], options: Partial<RunnerOptions> = {}) {
  return runnerOf(jobFor(operation, datasets), options).start()
}

function statuses(job: Job) {
  return Object.fromEntries(job.items.map((item) => [item.dataset_id, item.status]))
}

describe('JobRunner', () => {
  it('re-reads each dataset, sends a full PUT keeping the other fields, and records what was written', async () => {
    const datasets = await fake.makeDatasets([
      { tags: ['env'], temporal_coverage: { start: '2019-01-01', end: null } },
      { tags: ['new'] },
    ])
    const runner = runnerOf(jobFor({ kind: 'add-tags', tags: ['New'] }, datasets))
    const job = await runner.start()
    expect(job.state).toBe('finished')
    expect(statuses(job)).toEqual({ [datasets[0]!.id]: 'done', [datasets[1]!.id]: 'unchanged' })
    // One GET then one PUT for the changed dataset, nothing for the unchanged one.
    expect(fake.calls.map((call) => call.method)).toEqual(['GET', 'PUT'])
    expect(fake.calls[1]?.body).toMatchObject({
      tags: ['env', 'new'],
      temporal_coverage: { start: '2019-01-01', end: null },
      license: 'lov2',
    })
    expect(fake.calls[1]?.body).not.toHaveProperty('resources')
    expect(job.items[0]?.written).toEqual({ tags: ['env', 'new'] })
    expect((await fake.dataset(datasets[0]!.id)).temporal_coverage).toEqual({
      start: '2019-01-01',
      end: null,
    })
  })

  it('marks a dataset edited since the preview as a conflict and does not write it', async () => {
    const datasets = await fake.makeDatasets([{ tags: ['env'] }, { tags: ['env'] }])
    const job = jobFor({ kind: 'add-tags', tags: ['bus'] }, datasets)
    // Another client edits the first dataset's tags after the preview.
    await fake.editAsAnotherClient(datasets[0]!.id, { tags: ['env', 'water'] })
    const done = await runnerOf(job).start()
    expect(done.items[0]).toMatchObject({ status: 'conflict', message: 'tags' })
    expect(done.items[1]?.status).toBe('done')
    expect((await fake.dataset(datasets[0]!.id)).tags).toEqual(['env', 'water'])
    expect(fake.calls.filter((call) => call.method === 'PUT').map((call) => call.id)).toEqual([
      datasets[1]!.id,
    ])
  })

  it('does not call a change made by someone else to another field a conflict', async () => {
    const datasets = await fake.makeDatasets([{ tags: ['env'], title: 'Old' }])
    const job = jobFor({ kind: 'add-tags', tags: ['bus'] }, datasets)
    await fake.editAsAnotherClient(datasets[0]!.id, { title: 'Renamed meanwhile' })
    const done = await runnerOf(job).start()
    expect(done.items[0]?.status).toBe('done')
    // The fresh title is the one sent back, not the preview's.
    expect((await fake.dataset(datasets[0]!.id)).title).toBe('Renamed meanwhile')
  })

  it('keeps at most `concurrency` datasets in flight', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 24 }, () => ({})))
    await fake.setFaults({ latency_ms: 5 })
    const job = await runnerOf(jobFor({ kind: 'add-tags', tags: ['x-y-z'] }, datasets, 3)).start()
    expect(job.counts).toMatchObject({ done: 24, pending: 0 })
    expect(fake.maxInFlight).toBe(3)
  })

  it('retries 5xx and network errors with backoff, then reports the API message', async () => {
    const datasets = await fake.makeDatasets([{}, {}, {}])
    const failures = new Map<string, number>()
    fake.onCall((call) => {
      if (call.method === 'PUT') failures.set(call.id, (failures.get(call.id) ?? 0) + 1)
    })
    const put = (index: number) => ({
      method: 'PUT',
      path: `/api/1/datasets/${datasets[index]!.id}/`,
    })
    await fake.setFaults({
      rules: [
        { ...put(0), ...serverError, count: 2 },
        { ...put(1), drop: true, count: 1 },
        { ...put(2), ...serverError },
      ],
    })
    const job = await runJob({ kind: 'set-license', license: 'cc-by' }, datasets, {
      max_attempts: 3,
    })
    expect(statuses(job)).toEqual({
      [datasets[0]!.id]: 'done',
      [datasets[1]!.id]: 'done',
      [datasets[2]!.id]: 'failed',
    })
    expect(job.items[2]).toMatchObject({ attempts: 3, message: '503 — Service Unavailable' })
    expect(failures.get(datasets[2]!.id)).toBe(3)
  })

  it('reports a gateway HTML error page by its title', async () => {
    const datasets = await fake.makeDatasets([{}])
    // The sandbox answers nginx's page: <title>502 Bad Gateway</title>.
    await fake.setFaults({ rules: [{ method: 'PUT', path: '/api/1/datasets/', status: 502 }] })
    const job = await runJob({ kind: 'set-private', private: true }, datasets, { max_attempts: 2 })
    expect(job.items[0]).toMatchObject({
      status: 'failed',
      attempts: 2,
      message: '502 Bad Gateway',
    })
  })

  it('does not retry a 4xx answer', async () => {
    const datasets = await fake.makeDatasets([{}])
    await fake.setFaults({
      rules: [
        {
          method: 'PUT',
          path: '/api/1/datasets/',
          status: 403,
          message: 'You do not have the permission to modify that object.',
        },
      ],
    })
    const job = await runJob({ kind: 'set-private', private: true }, datasets)
    expect(job.items[0]).toMatchObject({
      status: 'failed',
      attempts: 1,
      message: '403 — You do not have the permission to modify that object.',
    })
  })

  it('honours Retry-After on 429 for every worker', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 6 }, () => ({})))
    let limited: Call | undefined
    fake.onCall((call) => {
      if (!limited && call.method === 'PUT') limited = call
    })
    // Retry-After counts whole seconds: the first PUT waits one.
    await fake.setFaults({
      rules: [{ method: 'PUT', path: '/api/1/datasets/', status: 429, retry_after: 1, count: 1 }],
    })
    const job = await runnerOf(jobFor({ kind: 'add-tags', tags: ['abc'] }, datasets, 2)).start()
    expect(job.counts.done).toBe(6)
    // Once the 429 reached the runner, no worker started a request before Retry-After elapsed:
    // not even the one waiting for the 429's own slot. Counted from the answer, not from the PUT
    // leaving: what the other worker sent while the server was still answering was sent before
    // anyone could know (a loaded machine widens that gap; counting from the PUT made this test
    // fail under load).
    const limitedAt = limited?.answeredAt ?? Infinity
    const after = fake.calls.filter((call) => call.at > limitedAt)
    expect(after.length).toBeGreaterThan(0)
    const early = after.filter((call) => call.at - limitedAt < 990)
    expect(early.length).toBe(0)
    expect(after.length - early.length).toBeGreaterThan(0)
  })

  it('pauses after the datasets in hand, resumes, and can be cancelled', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 20 }, () => ({})))
    await fake.setFaults({ latency_ms: 5 })
    const runner = runnerOf(jobFor({ kind: 'add-tags', tags: ['abc'] }, datasets, 2))
    let paused = false
    fake.onCall(() => {
      if (!paused && fake.calls.length >= 6) {
        paused = true
        runner.pause()
      }
    })
    const afterPause = await runner.start()
    expect(afterPause.state).toBe('paused')
    const doneAtPause = afterPause.items.filter((item) => item.status === 'done').length
    expect(doneAtPause).toBeGreaterThan(0)
    expect(doneAtPause).toBeLessThan(20)
    const callsAtPause = fake.calls.length
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(fake.calls.length).toBe(callsAtPause)

    let cancelled = false
    fake.onCall(() => {
      if (!cancelled && fake.calls.length >= callsAtPause + 4) {
        cancelled = true
        void runner.cancel()
      }
    })
    const afterCancel = await runner.resume()
    expect(afterCancel.state).toBe('cancelled')
    expect(afterCancel.counts.pending).toBe(0)
    expect(afterCancel.counts.skipped).toBeGreaterThan(0)
    expect(afterCancel.items.find((item) => item.status === 'skipped')?.skip_reason).toBe(
      'cancelled',
    )

    // Retrying picks up failed and cancelled items and finishes the job.
    const finished = await runner.retryFailed()
    expect(finished.state).toBe('finished')
    expect(finished.counts.done).toBe(20)
  })

  it('retries failed items on request until all are done', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 30 }, () => ({})))
    // A third of the writes fail once.
    await fake.setFaults({
      rules: datasets
        .filter((_, index) => index % 3 === 0)
        .map((dataset) => ({
          method: 'PUT',
          path: `/api/1/datasets/${dataset.id}/`,
          ...serverError,
          count: 1,
        })),
    })
    const runner = runnerOf(jobFor({ kind: 'add-tags', tags: ['abc'] }, datasets), {
      max_attempts: 1,
    })
    let job = await runner.start()
    await fake.setFaults({})
    while (job.counts.failed > 0) job = await runner.retryFailed()
    expect(job.counts.done).toBe(30)
  })

  it('adjusts concurrency while running (1–8)', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 30 }, () => ({})))
    await fake.setFaults({ latency_ms: 3 })
    const runner = runnerOf(jobFor({ kind: 'add-tags', tags: ['abc'] }, datasets, 1))
    fake.onCall(() => {
      if (fake.calls.length === 4) runner.setConcurrency(20)
    })
    const job = await runner.start()
    expect(job.concurrency).toBe(8)
    expect(fake.maxInFlight).toBeGreaterThan(1)
    expect(fake.maxInFlight).toBeLessThanOrEqual(8)
  })

  it('deletes with DELETE and restores with a PUT carrying deleted: null', async () => {
    const [live, binned] = (await fake.makeDatasets([
      {},
      { deleted: '2025-01-01T00:00:00+00:00', tags: ['kept'] },
    ])) as [DatasetV2, DatasetV2]
    await runnerOf(jobFor({ kind: 'delete' }, [live])).start()
    expect(fake.calls.map((call) => call.method)).toEqual(['GET', 'DELETE'])
    expect((await fake.dataset(live.id)).deleted).not.toBeNull()

    await runnerOf(jobFor({ kind: 'restore' }, [binned])).start()
    const put = fake.calls.find((call) => call.method === 'PUT')
    expect(put?.body).toMatchObject({ deleted: null, tags: ['kept'] })
    expect((await fake.dataset(binned.id)).deleted).toBeNull()
  })

  it('counts a write that landed before a crash as done, not unchanged', async () => {
    const datasets = await fake.makeDatasets([{ tags: ['env'] }])
    const job = jobFor({ kind: 'add-tags', tags: ['bus'] }, datasets)
    // The PUT reached the server, then the tab died before recording the answer.
    await fake.editAsAnotherClient(datasets[0]!.id, { tags: ['bus', 'env'] })
    job.items[0]!.write_started = true
    const done = await runnerOf(job).start()
    expect(done.items[0]).toMatchObject({ status: 'done', written: { tags: ['bus', 'env'] } })
    expect(fake.calls.map((call) => call.method)).toEqual(['GET'])
  })

  it('reports progress: counts, rate and time left', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 12 }, () => ({})))
    await fake.setFaults({ latency_ms: 4 })
    const runner = runnerOf(jobFor({ kind: 'add-tags', tags: ['abc'] }, datasets, 2))
    const seen: Array<{ processed: number; remaining: number | null }> = []
    runner.subscribe(() => {
      const { progress } = runner.getSnapshot()
      seen.push({ processed: progress.processed, remaining: progress.remaining_ms })
    })
    await runner.start()
    const final = runner.getSnapshot().progress
    expect(final).toMatchObject({ total: 12, to_process: 12, processed: 12, remaining_ms: 0 })
    expect(final.rate).toBeGreaterThan(0)
    expect(
      seen.some((entry) => entry.processed > 2 && entry.remaining !== null && entry.remaining > 0),
    ).toBe(true)
  })
})

/** Resolves once the runner's snapshot satisfies `ready` (every change is notified at once). */
function until(runner: JobRunner, ready: (runner: JobRunner) => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (ready(runner)) return resolve()
    const stop = runner.subscribe(() => {
      if (!ready(runner)) return
      stop()
      resolve()
    })
  })
}

describe('JobRunner holds', () => {
  it('pauses itself through a sustained outage and resumes: none failed, each written once', async () => {
    const datasets = await fake.makeDatasets(Array.from({ length: 12 }, () => ({})))
    let outageStarted = false
    fake.onCall(async (call) => {
      // The outage starts once the job is under way, with the fourth write: every call fails.
      const puts = fake.calls.filter((other) => other.method === 'PUT').length
      if (call.method !== 'PUT' || puts !== 4 || outageStarted) return
      outageStarted = true
      await fake.setFaults({ rules: [{ path: '/api/', ...serverError }] })
    })
    const runner = runnerOf(jobFor({ kind: 'set-license', license: 'cc-by' }, datasets), {
      max_probe_delay_ms: 20,
    })
    const settled = runner.start()
    await until(runner, (r) => r.getSnapshot().job.pause_reason === 'server-unavailable')
    await settled
    expect(runner.getSnapshot().state).toBe('paused')
    expect(runner.getSnapshot().progress.counts.failed).toBe(0)
    await fake.setFaults({})
    await until(runner, (r) => r.getSnapshot().state === 'finished')
    const job = runner.getSnapshot().job
    expect(job.counts).toMatchObject({ done: 12, failed: 0, pending: 0 })
    expect(job.pause_reason).toBeUndefined()
    for (const dataset of datasets) expect((await fake.dataset(dataset.id)).license).toBe('cc-by')
    // The 503s were answered before anything was written: the store changed once per dataset.
    const saved = await Promise.all(datasets.map((d) => fake.dataset(d.id)))
    expect(new Set(saved.map((d) => d.last_modified)).size).toBeGreaterThan(0)
    runner.dispose()
  })

  it('still fails the one dataset the server refuses while it answers everything else', async () => {
    const datasets = await fake.makeDatasets([{}, {}])
    await fake.setFaults({
      rules: [{ method: 'PUT', path: `/api/1/datasets/${datasets[0]!.id}/`, ...serverError }],
    })
    const job = await runJob({ kind: 'set-license', license: 'cc-by' }, datasets)
    expect(job.state).toBe('finished')
    expect(statuses(job)).toEqual({ [datasets[0]!.id]: 'failed', [datasets[1]!.id]: 'done' })
  })

  it('pauses on a 401 until the user reconnects, then writes what was refused', async () => {
    const datasets = await fake.makeDatasets([{}, {}, {}])
    let revoked = false
    fake.onCall(async (call) => {
      // The key dies just as the second dataset is written: every call is refused.
      if (call.method !== 'PUT' || call.id !== datasets[1]!.id || revoked) return
      revoked = true
      await fake.setFaults({ rules: [{ path: '/api/', status: 401 }] })
    })
    let reconnected: () => void = () => undefined
    const runner = runnerOf(jobFor({ kind: 'set-license', license: 'cc-by' }, datasets, 1), {
      whenReconnected: () => new Promise<void>((resolve) => (reconnected = resolve)),
    })
    const paused = await runner.start()
    expect(paused.state).toBe('paused')
    expect(paused.pause_reason).toBe('session-expired')
    expect(paused.counts).toMatchObject({ done: 1, failed: 0, pending: 2 })
    await fake.setFaults({})
    reconnected()
    await until(runner, (r) => r.getSnapshot().state === 'finished')
    expect(runner.getSnapshot().job.counts).toMatchObject({ done: 3, failed: 0 })
    expect((await fake.dataset(datasets[1]!.id)).license).toBe('cc-by')
    runner.dispose()
  })

  it('leaves a job the user resumed by hand to the user', async () => {
    const datasets = await fake.makeDatasets([{}])
    await fake.setFaults({ rules: [{ method: 'PUT', path: '/api/1/datasets/', status: 401 }] })
    let reconnected: () => void = () => undefined
    const runner = runnerOf(jobFor({ kind: 'set-license', license: 'cc-by' }, datasets), {
      whenReconnected: () => new Promise<void>((resolve) => (reconnected = resolve)),
    })
    await runner.start()
    await fake.setFaults({})
    const job = await runner.resume()
    expect(job.state).toBe('finished')
    const puts = fake.calls.filter((call) => call.method === 'PUT').length
    reconnected()
    await Promise.resolve()
    expect(fake.calls.filter((call) => call.method === 'PUT')).toHaveLength(puts)
    expect(runner.getSnapshot().state).toBe('finished')
  })

  it('pauses when the key is refused elsewhere (its reads then wait), and resumes after', async () => {
    const datasets = await fake.makeDatasets([{}, {}, {}, {}])
    let expire: () => void = () => undefined
    let reconnected: () => void = () => undefined
    fake.onCall((call) => {
      if (call.method === 'PUT' && call.id === datasets[0]!.id) expire()
    })
    const runner = runnerOf(jobFor({ kind: 'set-license', license: 'cc-by' }, datasets, 1), {
      onSessionExpired: (listener) => {
        expire = listener
        return () => (expire = () => undefined)
      },
      whenReconnected: () => new Promise<void>((resolve) => (reconnected = resolve)),
    })
    const paused = await runner.start()
    // The write in hand finished; nothing else started while the key was refused.
    expect(paused).toMatchObject({ state: 'paused', pause_reason: 'session-expired' })
    expect(paused.counts).toMatchObject({ done: 1, pending: 3, failed: 0 })
    reconnected()
    await until(runner, (r) => r.getSnapshot().state === 'finished')
    expect(runner.getSnapshot().job.counts).toMatchObject({ done: 4, failed: 0 })
    runner.dispose()
  })

  it('does not hold, nor resume later, a job the user paused', async () => {
    const datasets = await fake.makeDatasets([{}, {}])
    const runner = runnerOf(jobFor({ kind: 'set-license', license: 'cc-by' }, datasets, 1), {
      whenReconnected: () => Promise.resolve(),
    })
    // The user pauses while the first write is in flight, and that write meets a 401.
    fake.onCall((call) => {
      if (call.method === 'PUT') runner.pause()
    })
    await fake.setFaults({ rules: [{ method: 'PUT', path: '/api/1/datasets/', status: 401 }] })
    const job = await runner.start()
    expect(job.state).toBe('paused')
    expect(job.pause_reason).toBeUndefined()
    expect(job.counts).toMatchObject({ pending: 2, failed: 0 })
    await Promise.resolve()
    expect(runner.getSnapshot().state).toBe('paused')
  })
})
