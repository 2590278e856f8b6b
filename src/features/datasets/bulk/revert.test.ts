import { beforeEach, describe, expect, it } from 'vitest'
import { JobRunner } from './apply'
import { startBulkSandbox, type BulkSandbox } from './bulk-sandbox.test-helper'
import { createJob } from './job'
import type { Operation } from './operations'
import { buildPlan } from './plan'
import { canRevert, createRevertJob } from './revert'
import type { DatasetV2 } from '@/features/datasets/types'

const options = { notify_interval_ms: 0, base_backoff_ms: 1 }

let fake: BulkSandbox
beforeEach(() => {
  fake = startBulkSandbox()
})

async function runJob(operation: Operation, datasets: DatasetV2[], fake: BulkSandbox) {
  const job = createJob({
    plan: buildPlan(operation, datasets),
    instance: 'http://sandbox.test',
    organizationId: 'org',
  })
  return new JobRunner(job, { api: fake.api, ...options }).start()
}

describe('revert', () => {
  it('puts every changed field back and leaves untouched datasets alone', async () => {
    const datasets = await fake.makeDatasets([
      { title: 'Budget 2023', description: 'Budget 2023 of the city' },
      { title: 'Other', description: 'Nothing' },
    ])
    const job = await runJob(
      { kind: 'find-replace', find: '2023', replace: '2024', fields: ['title', 'description'] },
      datasets,
      fake,
    )
    expect((await fake.dataset(datasets[0]!.id)).title).toBe('Budget 2024')
    expect(canRevert(job)).toBe(true)

    const revert = createRevertJob(job)
    expect(revert.revertsJobId).toBe(job.id)
    expect(revert.items).toHaveLength(1)
    const reverted = await new JobRunner(revert, { api: fake.api, ...options }).start()
    expect(reverted.counts.done).toBe(1)
    expect(await fake.dataset(datasets[0]!.id)).toMatchObject({
      title: 'Budget 2023',
      description: 'Budget 2023 of the city',
    })
  })

  it('does not overwrite a field edited since the job: conflict', async () => {
    const datasets = await fake.makeDatasets([{ license: 'lov2' }, { license: 'lov2' }])
    const job = await runJob({ kind: 'set-license', license: 'cc-by' }, datasets, fake)
    await fake.editAsAnotherClient(datasets[0]!.id, { license: 'odc-odbl' })
    const reverted = await new JobRunner(createRevertJob(job), {
      api: fake.api,
      ...options,
    }).start()
    expect(reverted.items.map((item) => item.status)).toEqual(['conflict', 'done'])
    expect((await fake.dataset(datasets[0]!.id)).license).toBe('odc-odbl')
    expect((await fake.dataset(datasets[1]!.id)).license).toBe('lov2')
  })

  it('restores what a job deleted, and re-archives what it unarchived', async () => {
    const [live, archived] = (await fake.makeDatasets([
      { tags: ['keep-me'] },
      { archived: '2024-02-02T00:00:00+00:00' },
    ])) as [DatasetV2, DatasetV2]
    const deletion = await runJob({ kind: 'delete' }, [live], fake)
    expect((await fake.dataset(live.id)).deleted).not.toBeNull()
    await new JobRunner(createRevertJob(deletion), { api: fake.api, ...options }).start()
    expect(await fake.dataset(live.id)).toMatchObject({ deleted: null, tags: ['keep-me'] })

    const unarchive = await runJob({ kind: 'set-archived', archived: false }, [archived], fake)
    expect((await fake.dataset(archived.id)).archived).toBeNull()
    await new JobRunner(createRevertJob(unarchive), { api: fake.api, ...options }).start()
    // As the preview read it: the sandbox writes its dates with microseconds.
    expect((await fake.dataset(archived.id)).archived).toBe(archived.archived)
  })

  it('is not offered while a job runs or once reverted', async () => {
    const datasets = await fake.makeDatasets([{}])
    const job = await runJob({ kind: 'set-private', private: true }, datasets, fake)
    expect(canRevert({ ...job, state: 'running' })).toBe(false)
    expect(canRevert({ ...job, revertedByJobId: 'x' })).toBe(false)
  })
})
