import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { apiFetch } from '@/api/client'
import { toDatasetPut } from '@/features/datasets/dataset-payload'
import type { Dataset } from '@/features/datasets/types'
import { signInAs, startSandbox, testInstance } from '@/test/sandbox'
import type { Sandbox } from '../../../../sandbox/app'
import { JobRunner } from './apply'
import { createBulkApi } from './bulk-api'
import { createJob } from './job'
import { loadSelection } from './load-datasets'
import { buildPlan } from './plan'
import { createRevertJob } from './revert'

let sandbox: Sandbox
let organizationId: string

async function setFaults(faults: Record<string, unknown>) {
  const response = await sandbox.fetch(
    new Request(`${testInstance}/_sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    }),
  )
  expect(response.ok).toBe(true)
}

const runnerOptions = { notify_interval_ms: 0, base_backoff_ms: 1, max_backoff_ms: 4 }

beforeEach(() => {
  sandbox = startSandbox()
  organizationId = signInAs(sandbox, 'admin').organization_id ?? ''
})

afterEach(async () => {
  await setFaults({})
})

async function firstDatasets(count: number) {
  return loadSelection(organizationId, {
    kind: 'all-matching',
    params: { organization: organizationId, deleted: false, sort: 'title', page: 1, page_size: 20 },
    total: count,
  }).then((datasets) => datasets.filter((dataset) => !dataset.harvest).slice(0, count))
}

describe('bulk engine against the sandbox', () => {
  it('adds a tag through injected 5xx failures, retrying until every dataset is done', async () => {
    const datasets = await firstDatasets(20)
    expect(datasets).toHaveLength(20)
    const job = createJob({
      plan: buildPlan({ kind: 'add-tags', tags: ['bulk-sandbox'] }, datasets),
      instance: testInstance,
      organizationId,
    })
    await setFaults({ error_rate: 0.3 })
    const runner = new JobRunner(job, { api: createBulkApi(), max_attempts: 1, ...runnerOptions })
    let result = await runner.start()
    expect(result.counts.failed).toBeGreaterThan(0)
    // Its status first: "500 — <udata's message>", or a gateway page's title ("502 Bad Gateway"),
    // whichever of the sandbox's 500/502/503 cycle the request order gave the first failed item.
    expect(result.items.find((item) => item.status === 'failed')?.message).toMatch(/^50\d\b/)
    let rounds = 0
    // A run of 5xx on the probe too reads as an outage: the job then pauses itself, not fails.
    while ((result.counts.failed > 0 || result.counts.pending > 0) && rounds < 20) {
      result = result.counts.failed > 0 ? await runner.retryFailed() : await runner.resume()
      rounds += 1
    }
    await setFaults({})
    expect(result.counts.done).toBe(20)
    for (const dataset of datasets.slice(0, 5)) {
      const saved = await apiFetch<Dataset>(`/api/1/datasets/${dataset.id}/`)
      expect(saved.tags).toContain('bulk-sandbox')
      // The full PUT kept what udata would otherwise wipe.
      expect(saved.temporal_coverage).toEqual(dataset.temporal_coverage)
      expect(saved.resources.length).toBeGreaterThanOrEqual(0)
    }
  })

  it('leaves a dataset edited by someone else as a conflict, then reverts the rest', async () => {
    const datasets = await firstDatasets(6)
    const plan = buildPlan({ kind: 'set-frequency', frequency: 'daily' }, datasets)
    const changing = plan.changed.map((item) => item.dataset_id)
    expect(changing.length).toBeGreaterThan(1)
    const job = createJob({ plan, instance: testInstance, organizationId })

    // Another client changes the frequency of one dataset after the preview.
    const victimId = changing[0] as string
    const victim = await apiFetch<Dataset>(`/api/1/datasets/${victimId}/`)
    const otherFrequency = victim.frequency === 'weekly' ? 'annual' : 'weekly'
    await apiFetch(`/api/1/datasets/${victimId}/`, {
      method: 'PUT',
      json: toDatasetPut(victim, { frequency: otherFrequency }),
    })

    const done = await new JobRunner(job, { api: createBulkApi(), ...runnerOptions }).start()
    expect(done.items.find((item) => item.dataset_id === victimId)).toMatchObject({
      status: 'conflict',
      message: 'frequency',
    })
    expect((await apiFetch<Dataset>(`/api/1/datasets/${victimId}/`)).frequency).toBe(otherFrequency)

    const reverted = await new JobRunner(createRevertJob(done), {
      api: createBulkApi(),
      ...runnerOptions,
    }).start()
    expect(reverted.counts.done).toBe(changing.length - 1)
    for (const dataset of datasets.filter((d) => d.id !== victimId)) {
      const saved = await apiFetch<Dataset>(`/api/1/datasets/${dataset.id}/`)
      expect(saved.frequency).toBe(dataset.frequency)
    }
  })

  it('honours a 429 Retry-After from the gateway', async () => {
    const datasets = await firstDatasets(3)
    const job = createJob({
      plan: buildPlan({ kind: 'add-tags', tags: ['limited'] }, datasets),
      instance: testInstance,
      organizationId,
    })
    await setFaults({
      rules: [{ method: 'PUT', path: '/api/1/datasets/', status: 429, retry_after: 1, count: 1 }],
    })
    const started = Date.now()
    const done = await new JobRunner(job, { api: createBulkApi(), ...runnerOptions }).start()
    expect(done.counts.done).toBe(3)
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
  })

  it('deletes and restores through the real API', async () => {
    const datasets = await firstDatasets(2)
    const deletion = await new JobRunner(
      createJob({
        plan: buildPlan({ kind: 'delete' }, datasets),
        instance: testInstance,
        organizationId,
      }),
      { api: createBulkApi(), ...runnerOptions },
    ).start()
    expect(deletion.counts.done).toBe(2)
    expect((await apiFetch<Dataset>(`/api/1/datasets/${datasets[0]!.id}/`)).deleted).not.toBeNull()
    const restored = await new JobRunner(createRevertJob(deletion), {
      api: createBulkApi(),
      ...runnerOptions,
    }).start()
    expect(restored.counts.done).toBe(2)
    const back = await apiFetch<Dataset>(`/api/1/datasets/${datasets[0]!.id}/`)
    expect(back.deleted).toBeNull()
    expect(back.tags).toEqual(datasets[0]!.tags)
  })
})
